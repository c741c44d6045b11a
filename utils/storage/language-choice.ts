import { storage } from 'wxt/utils/storage';
import { LANGS } from '../texts/ids';
import type { Lang } from '../texts/ids';
import { LANGUAGE_KEY } from './keys';

/**
 * The language the user chose with the popup's switch; null until they choose, so the
 * popup follows the browser's language (see pickLanguage) until then.
 */
export const languageChoice = storage.defineItem<Lang | null>(`local:${LANGUAGE_KEY}`, {
  fallback: null,
  version: 1,
});

/** The choice from any stored value: a language this extension has, or null (follow the browser). */
export function readLanguage(raw: unknown): Lang | null {
  return (LANGS as readonly unknown[]).includes(raw) ? (raw as Lang) : null;
}
