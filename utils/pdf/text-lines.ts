import { MIN_PERCENTAGE } from '../highlight/text-language';

/**
 * The text of a PDF page as the highlighter reads it. PDF.js's text layer puts each text item
 * in a span and a <br> after an item that ends a line (`hasEOL`); the highlighter reads a
 * line between two <br>s as one block of text (highlighting/scan.ts). These lines are
 * what the viewer matches for the whole document's counts, so the counts and the marks agree.
 * Plain TypeScript, no browser globals.
 */

/** What we read of a PDF.js text content item (TextItem); marked-content items have no str. */
export interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/** The page's lines, in order; blank ones left out. */
export function linesOfItems(items: readonly TextItemLike[]): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trim() !== '') lines.push(line);
    line = '';
  };
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    line += item.str;
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

/** Enough of a page's text for the browser's language detector (as page-language.ts reads). */
export function sampleOfLines(lines: readonly string[], maxChars = 4000): string {
  return lines.join(' ').replace(/\s+/g, ' ').trim().slice(0, maxChars);
}

/** True when a page has a letter or digit (a document where no page has one is a scan). */
export function hasText(lines: readonly string[]): boolean {
  return lines.some((line) => /[\p{L}\p{N}]/u.test(line));
}

/** What `i18n.detectLanguage` answers (the part read here). */
interface Detected {
  isReliable: boolean;
  languages: readonly { language: string; percentage: number }[];
}

/**
 * The language of a page as a `lang` tag, when the detector is sure (the same bar as for a
 * web page's text: reliable, and the top language at least `minPercentage`); else null.
 */
export function languageTagOf(
  detected: Detected | null,
  minPercentage = MIN_PERCENTAGE,
): string | null {
  if (!detected?.isReliable) return null;
  const top = [...detected.languages].sort((a, b) => b.percentage - a.percentage)[0];
  if (!top || top.percentage < minPercentage || top.language === 'und') return null;
  return top.language;
}
