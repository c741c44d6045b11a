import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Says a short message to screen-reader users through the app's one live region. */
export type Announce = (message: string) => void;

export const AnnounceContext = createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
