/**
 * Folds text for matching: lower case, diacritics removed ("intuïtie" → "intuitie",
 * "Café" → "cafe"), runs of white space made one space. Used by search, so a helper can
 * type without accents and still find what they look for.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
