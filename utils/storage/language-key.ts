/**
 * The storage key of the user's language choice (utils/storage/language-choice.ts), on its
 * own so the content script can follow a change without carrying the storage item.
 */
export const LANGUAGE_KEY = 'languageChoice';
