import { visibleTerms } from '../highlight/care-context';
import type { PlacedSignals } from '../highlight/care-context';
import { readBlock } from '../highlight/senses';
import type { Sense, SenseJudge } from '../highlight/senses';
import type { TermMatcher } from '../highlight/term-matcher';
import { countTerms } from '../messages';
import type { TermCount } from '../messages';

/** A term found in a page's text, before the quiet rules. */
export interface TermHit {
  id: string;
  everyday: boolean;
  /** An everyday form's sense as its own line tells it (see utils/highlight/senses.ts). */
  near?: Sense | null;
}

/** What one page holds: its terms, and its signals of care (the sense of everyday forms). */
export interface PageTermHits {
  hits: TermHit[];
  care: string[];
  cues: string[];
}

/** A term shown on a page (pages counted from 0, as given). */
export interface PageHit extends TermHit {
  page: number;
}

type Mode = Parameters<typeof visibleTerms>[3];

/**
 * The terms in one page's lines, matched as the highlighter matches each line of the text
 * layer. Only these are kept for a page the viewer has read, not its text, so memory does
 * not grow with the text of a long document.
 */
export function pageTermHits(
  lines: readonly string[],
  matcher: TermMatcher,
  judge: SenseJudge,
): PageTermHits {
  const hits: TermHit[] = [];
  const care = new Set<string>();
  const cues = new Set<string>();
  for (const line of lines) {
    // The highlighter skips blocks of two characters or fewer.
    if (line.length <= 2) continue;
    const read = readBlock(line, matcher.find(line), judge, false);
    for (const { match, near } of read.terms) {
      hits.push({ id: match.id, everyday: match.everyday, near });
    }
    read.signals?.care.forEach((key) => care.add(key));
    read.signals?.cues.forEach((cue) => cues.add(cue));
  }
  return { hits, care: [...care], cues: [...cues] };
}

/**
 * Every term the highlighter would show in the document, from each page's hits (null: a
 * page not matched yet, counted once it is) and the same sense rules (each page is a
 * section, as its element is a region, and a paragraph). Plain TypeScript, no browser globals.
 */
export function documentHits(
  pages: readonly (PageTermHits | null | undefined)[],
  mode: Mode,
): { shown: PageHit[]; heldBack: number } {
  const hits: PageHit[] = [];
  const signals: PlacedSignals<number, number>[] = [];
  pages.forEach((page, index) => {
    for (const hit of page?.hits ?? []) hits.push({ ...hit, page: index });
    if (page) {
      signals.push({
        block: index,
        section: index,
        care: page.care,
        cues: page.cues,
        heading: false,
      });
    }
  });
  return visibleTerms(hits, (hit) => ({ block: hit.page, section: hit.page }), signals, mode);
}

/** The whole document's terms for the popup's *This page* list. */
export function documentTerms(
  pages: readonly (PageTermHits | null | undefined)[],
  mode: Mode,
): { terms: TermCount[]; heldBack: number } {
  const { shown, heldBack } = documentHits(pages, mode);
  return { terms: countTerms(shown.map((hit) => hit.id)), heldBack };
}

/**
 * The page the keyboard route goes to next: the nearest page after `from` (or before it,
 * going back) with a term shown, `onlyId`'s if given, round the end of the document; `from`
 * itself only when no other page has one. Null when no page has one.
 */
export function nextPageWithTerms(
  hits: readonly PageHit[],
  from: number,
  direction: 1 | -1,
  pageCount: number,
  onlyId?: string,
): number | null {
  const pages = new Set(hits.filter((h) => !onlyId || h.id === onlyId).map((h) => h.page));
  if (pages.size === 0 || pageCount <= 0) return null;
  for (let step = 1; step <= pageCount; step++) {
    const page = (((from + direction * step) % pageCount) + pageCount) % pageCount;
    if (pages.has(page)) return page;
  }
  return null;
}
