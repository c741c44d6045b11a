import type { CareWordsByLang } from './types';
import { careWords as en } from './en/care-words';
import { careWords as nl } from './nl/care-words';

/**
 * The care words of every language, as the matcher takes them (see ./en/care-words.ts).
 * Sent to the content script with the glossary's forms ('glossary-forms').
 */
export const careWordsByLang: CareWordsByLang = {
  en: en.flatMap((group) => group.cues),
  nl: nl.flatMap((group) => group.cues),
};
