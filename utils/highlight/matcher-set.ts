import type { GlossaryId } from '../texts/glossary-links';
import type { Lang } from '../texts/ids';
import type { GlossaryTerm } from '../texts/types';
import type { OwnTerm } from '../my-data/model';
import { compileTerms } from './term-matcher';
import type { TermMatcher } from './term-matcher';
import { allTermSources } from './term-sources';
import type { TextLanguages } from './text-language';

export interface MatcherSet {
  /** The matcher for text in these languages: their glossaries and the user's own terms. */
  forLanguages(languages: TextLanguages): TermMatcher;
}

/**
 * One compiled matcher per combination of languages met (at most four), made when first
 * needed: an English page never compiles the Dutch glossary. Own terms are in each.
 */
export function createMatcherSet(
  glossaries: Readonly<Record<Lang, Record<GlossaryId, GlossaryTerm>>>,
  ownTerms: readonly OwnTerm[],
  hidden: readonly string[],
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
        matcher = compileTerms(allTermSources(chosen, ownTerms, hidden));
        compiled.set(key, matcher);
      }
      byList.set(languages, matcher);
      return matcher;
    },
  };
}
