import type { GlossaryId } from '../texts/glossary-links';
import type { Lang } from '../texts/ids';
import type { GlossaryTerm } from '../texts/types';
import type { OwnTerm } from '../my-data/model';
import { compileTerms } from './term-matcher';
import type { TermMatcher } from './term-matcher';
import { allTermSources } from './term-sources';
import { teamTermSources } from './team-terms';
import type { TeamTermRef } from './team-terms';
import type { TextLanguages } from './text-language';

export interface MatcherSet {
  /** The matcher for text in these languages: the user's own terms, their team terms and glossaries. */
  forLanguages(languages: TextLanguages): TermMatcher;
}

/**
 * One compiled matcher per combination of languages met (at most four), made when first
 * needed: an English page never compiles the Dutch glossary. Own terms are in each; a
 * team term only in those of its language.
 */
export function createMatcherSet(
  glossaries: Readonly<Record<Lang, Record<GlossaryId, GlossaryTerm>>>,
  ownTerms: readonly OwnTerm[],
  hidden: readonly string[],
  teamTerms: readonly TeamTermRef[] = [],
): MatcherSet {
  const compiled = new Map<string, TermMatcher>();
  // Asked once per block of text, nearly always with one of a few shared lists: those are
  // looked up by identity first, without building a key.
  const byList = new Map<TextLanguages, TermMatcher>();
  return {
    forLanguages(languages) {
      let matcher = byList.get(languages);
      if (matcher) return matcher;
      const key = languages.join('+');
      matcher = compiled.get(key);
      if (!matcher) {
        const chosen = languages.map((lang) => glossaries[lang]);
        const team = teamTermSources(teamTerms, languages, hidden);
        matcher = compileTerms(allTermSources(chosen, ownTerms, hidden, team));
        compiled.set(key, matcher);
      }
      byList.set(languages, matcher);
      return matcher;
    },
  };
}
