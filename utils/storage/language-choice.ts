import { storage } from 'wxt/utils/storage';
import type { Lang } from '../content/ids';

/**
 * The language the user chose with the popup's switch; null until they choose, so the
 * popup follows the browser's language (see pickLanguage) until then.
 */
export const languageChoice = storage.defineItem<Lang | null>('local:languageChoice', {
  fallback: null,
  version: 1,
});
