import { storage } from 'wxt/utils/storage';
import { WELCOME_SHOWN_KEY } from './keys';

/**
 * Whether the welcome page has been shown in this profile. Browsers report "install" for
 * more than a first install (Chromium does so on every start for an extension loaded
 * with --load-extension, as managed and developer setups do), so the page opens once.
 * Removing the extension clears local storage, so a real reinstall welcomes again.
 */
export const welcomeShownItem = storage.defineItem<boolean>(`local:${WELCOME_SHOWN_KEY}`, {
  fallback: false,
  version: 1,
});
