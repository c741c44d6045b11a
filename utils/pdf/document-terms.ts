import { visibleTerms } from '../highlight/care-context';
import type { MatcherSet } from '../highlight/matcher-set';
import type { TextLanguages } from '../highlight/text-language';
import { countTerms } from '../messages';
import type { TermCount } from '../messages';

/** One page of a PDF, as read for the counts: its lines and the glossaries for its text. */
export interface PageText {
  lines: readonly string[];
  languages: TextLanguages;
}

interface PageHit {
  id: string;
  everyday: boolean;
  page: number;
}

/**
 * The whole document's terms for the popup's *This page* list: every page's lines matched
 * as the highlighter matches each line of the text layer, and the same quiet rules (each
 * page is a section, as its element is a region). Plain TypeScript, no browser globals.
 */
export function documentTerms(
  pages: readonly PageText[],
  matchers: MatcherSet,
  mode: Parameters<typeof visibleTerms>[2],
): { terms: TermCount[]; heldBack: number } {
  const hits: PageHit[] = [];
  pages.forEach((page, index) => {
    const matcher = matchers.forLanguages(page.languages);
    for (const line of page.lines) {
      // The highlighter skips blocks of two characters or fewer.
      if (line.length <= 2) continue;
      for (const match of matcher.find(line)) {
        hits.push({ id: match.id, everyday: match.everyday, page: index });
      }
    }
  });
  const { shown, heldBack } = visibleTerms(hits, (hit) => hit.page, mode);
  return { terms: countTerms(shown.map((hit) => hit.id)), heldBack };
}
