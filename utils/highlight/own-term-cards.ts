import type { CardTexts } from '../texts/card-texts';
import type { OwnTerm } from '../my-data/model';
import { liveTerms, OWN_TERM_PREFIX } from '../my-data/terms-ops';

/**
 * The card texts with a card for each of the user's own terms (they explain themselves),
 * as the content script and the PDF viewer show them. Plain TypeScript, no browser globals.
 */
export function withOwnTermCards(loaded: CardTexts, ownTerms: readonly OwnTerm[]): CardTexts {
  const own = Object.fromEntries(
    liveTerms(ownTerms).map((term) => [
      OWN_TERM_PREFIX + term.id,
      { term: term.term, explanation: term.explanation, source: loaded.ownTermLabel, tips: [] },
    ]),
  );
  return { ...loaded, entries: { ...loaded.entries, ...own } };
}
