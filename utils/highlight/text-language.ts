import type { Lang } from '../texts/ids';

/**
 * Which glossaries a text is matched against (see "What gets highlighted" in the README).
 * Each text in its own language: the nearest `lang` attribute, else the page's language,
 * which is the declared one unless the page's own text plainly says otherwise, else what
 * the browser's offline detector finds, else both. Any other language: no glossary at all
 * (the user's own terms are matched in every language). Plain TypeScript, no browser globals.
 */

/** The glossaries for a text: none (another language), one, or both (unknown). */
export type TextLanguages = readonly Lang[];

export const BOTH: TextLanguages = ['en', 'nl'];
export const NONE: TextLanguages = [];
const ONLY: Record<Lang, TextLanguages> = { en: ['en'], nl: ['nl'] };

/**
 * A BCP 47 tag as a glossary language: "nl", "nl-BE", "NL_nl" → nl; "en-GB" → en; "de" →
 * 'other'; empty, "und" or missing → null (unknown: look further out).
 */
export function languageOfTag(tag: string | null | undefined): Lang | 'other' | null {
  if (!tag) return null; // most elements: no lang attribute (this runs once per block)
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === '' || primary === 'und') return null;
  if (primary === 'nl' || primary === 'en') return primary;
  return 'other';
}

export function glossariesFor(language: Lang | 'other'): TextLanguages {
  return language === 'other' ? NONE : ONLY[language];
}

/** What `i18n.detectLanguage` answers (the part we use). */
export interface DetectedLanguage {
  isReliable: boolean;
  languages: readonly { language: string; percentage: number }[];
}

/** The detector's language, when it is sure enough to overrule a page's declared one. */
function confidentLanguage(detected: DetectedLanguage | null): Lang | 'other' | null {
  if (!detected?.isReliable) return null;
  const top = [...detected.languages].sort((a, b) => b.percentage - a.percentage)[0];
  if (!top || top.percentage < MIN_PERCENTAGE) return null;
  return languageOfTag(top.language);
}

/**
 * How much of the sample the detector's top language must cover before it overrules the
 * page's declared language: an English page quoting a Dutch paragraph stays English.
 */
export const MIN_PERCENTAGE = 70;

/**
 * The glossaries for text whose nearest `lang` is the page's own: the declared language,
 * unless the detector is sure of another (an English template around Dutch text); the
 * detected one if none is declared; both when nothing is known.
 */
export function pageLanguages(
  declared: string | null | undefined,
  detected: DetectedLanguage | null,
): TextLanguages {
  const fromTag = languageOfTag(declared);
  const fromText = confidentLanguage(detected);
  if (fromText !== null && fromText !== fromTag) return glossariesFor(fromText);
  if (fromTag !== null) return glossariesFor(fromTag);
  return BOTH;
}
