import type { GlossaryId } from '../texts/glossary-links';
import type { GlossaryTerm } from '../texts/types';
import type { OwnTerm } from '../my-data/model';
import { OWN_TERM_PREFIX, liveTerms, matchableText } from '../my-data/terms-ops';
import type { TermSource } from './term-matcher';
import { TEAM_TERM_PREFIX } from './team-terms';

/**
 * What the highlighter looks for in text of the given languages: every glossary entry with
 * those languages' forms (everyday ones apart), less the terms the user switched off. The user's own terms (My tips) are passed in as more sources: they are
 * matched by the same compiled matcher and told apart by their id.
 */
export function glossaryTermSources(
  glossaries: readonly Record<GlossaryId, GlossaryTerm>[],
  hidden: readonly string[],
): TermSource[] {
  const hiddenSet = new Set(hidden);
  // Every language has every id (TypeScript and tests/unit/content-integrity.test.ts see to
  // it), in the same order: the ids are read from the data, so the content script does not
  // carry the list of ids a second time.
  const ids = Object.keys(glossaries[0] ?? {}) as GlossaryId[];
  return ids
    .filter((id) => !hiddenSet.has(id))
    .map((id) => ({
      id,
      variants: glossaries.flatMap((glossary) => glossary[id].variants),
      everyday: glossaries.flatMap((glossary) => glossary[id].everyday ?? []),
    }));
}

/**
 * Everything the highlighter looks for, in order of precedence: the user's own terms, then
 * the team lists' terms (`team`, see ./team-terms.ts), then the glossary. Where a form is
 * in more than one, the first source with it wins: the user's own explanation (and style)
 * is the one they asked for, and a team's word comes before the built-in one.
 */
export function allTermSources(
  glossaries: readonly Record<GlossaryId, GlossaryTerm>[],
  ownTerms: readonly OwnTerm[],
  hidden: readonly string[],
  team: readonly TermSource[] = [],
): TermSource[] {
  return [...ownTermSources(ownTerms, hidden), ...team, ...glossaryTermSources(glossaries, hidden)];
}

/** What the highlighter looks for, from the user's own terms (less the ones switched off). */
export function ownTermSources(terms: readonly OwnTerm[], hidden: readonly string[]): TermSource[] {
  const hiddenSet = new Set(hidden);
  return liveTerms(terms)
    .map((term) => ({
      id: OWN_TERM_PREFIX + term.id,
      variants: [term.term, ...term.variants].map(matchableText).filter((v) => v !== ''),
    }))
    .filter((source) => !hiddenSet.has(source.id) && source.variants.length > 0);
}

/**
 * The name a found term is shown by: an own term's headword (its id carries
 * OWN_TERM_PREFIX), a team term's (`team:`, see ./team-terms.ts), else the glossary headword; the id itself when neither is known (a
 * term deleted since, an id of a newer version).
 */
export function termName(
  id: string,
  glossary: Partial<Record<GlossaryId, { term: string }>>,
  ownTerms: readonly OwnTerm[] | undefined,
  teamTerms: readonly { id: string; term: string }[] = [],
): string {
  if (id.startsWith(OWN_TERM_PREFIX))
    return ownTerms?.find((term) => OWN_TERM_PREFIX + term.id === id)?.term ?? id;
  if (id.startsWith(TEAM_TERM_PREFIX)) return teamTerms.find((term) => term.id === id)?.term ?? id;
  return glossary[id as GlossaryId]?.term ?? id;
}

/**
 * The user's own terms and their team lists' terms: what a page must not learn. They are
 * painted and explained where the page can't read them (content/private-marks.ts, and the
 * term-card frame).
 */
export const isPrivateTermId = (id: string): boolean =>
  id.startsWith(OWN_TERM_PREFIX) || id.startsWith(TEAM_TERM_PREFIX);
