import { createContext } from 'preact';
import { useCallback, useContext, useState } from 'preact/hooks';

/** Says a short message to screen-reader users through the app's one live region. */
export type Announce = (message: string) => void;

export const AnnounceContext = createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

/**
 * The app's live-region text and the function that sets it. The region is emptied first
 * and filled a moment later, so the same message twice is said twice.
 */
export function useAnnouncer(): [string, Announce] {
  const [message, setMessage] = useState('');
  const announce = useCallback<Announce>((next) => {
    setMessage('');
    setTimeout(() => setMessage(next), 50);
  }, []);
  return [message, announce];
}
