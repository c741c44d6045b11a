import { useEffect, useState } from 'preact/hooks';
import { useAnnounce } from './announcer';

interface Props {
  text: string;
  label: string;
  visibleText: string;
  copiedMessage: string;
  failedMessage: string;
  /** Shown on the button for a moment after copying ("Copied"). */
  doneText?: string;
}

/** Copies `text` to the clipboard and says whether it worked. */
export function CopyButton({
  text,
  label,
  visibleText,
  copiedMessage,
  failedMessage,
  doneText,
}: Props) {
  const announce = useAnnounce();
  // The button says "copied" for a moment too, where the eye is (the live region is unseen).
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!done) return;
    const timer = setTimeout(() => setDone(false), 2500);
    return () => clearTimeout(timer);
  }, [done]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone(true);
      announce(copiedMessage);
    } catch {
      announce(failedMessage, { visible: true });
    }
  };
  return (
    <button type="button" class="copy-button" aria-label={label} onClick={() => void copy()}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" />
        <path
          d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5"
          fill="none"
          stroke="currentColor"
        />
      </svg>
      <span>{done && doneText ? `✓ ${doneText}` : visibleText}</span>
    </button>
  );
}
