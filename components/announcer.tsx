import { createContext } from 'preact';
import { useCallback, useContext, useRef, useState } from 'preact/hooks';

/**
 * Says a short message to screen-reader users through the app's one live region. A
 * problem (something refused or not saved) is shown on screen too: `{ visible: true }`.
 */
export type Announce = (message: string, options?: { visible?: boolean }) => void;

export interface Announcement {
  message: string;
  visible: boolean;
}

export const AnnounceContext = createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

/** How long a visible message stays on screen. */
const VISIBLE_MS = 8000;

/**
 * The app's live-region text and the function that sets it. The region is emptied first
 * and filled a moment later, so the same message twice is said twice.
 */
export function useAnnouncer(): [Announcement, Announce] {
  const [announcement, setAnnouncement] = useState<Announcement>({ message: '', visible: false });
  const hideTimer = useRef<ReturnType<typeof setTimeout>>();
  const announce = useCallback<Announce>((message, options) => {
    const visible = options?.visible ?? false;
    clearTimeout(hideTimer.current);
    setAnnouncement({ message: '', visible: false });
    setTimeout(() => setAnnouncement({ message, visible }), 50);
    if (visible) {
      hideTimer.current = setTimeout(
        () => setAnnouncement({ message: '', visible: false }),
        VISIBLE_MS,
      );
    }
  }, []);
  return [announcement, announce];
}

/** The live region: read out always, on screen only for problems. */
export function LiveRegion({ announcement }: { announcement: Announcement }) {
  return (
    <p
      class={announcement.visible ? 'notice-bar' : 'visually-hidden'}
      role="status"
      aria-live="polite"
    >
      {announcement.message}
    </p>
  );
}
