import type { GlossaryId } from '../texts/glossary-links';
import type { Lang } from '../texts/ids';
import type { CareWordsByLang, GlossaryTerm } from '../texts/types';
import type { OwnTerm } from '../my-data/model';
import { compileTerms } from './term-matcher';
import type { TermMatcher } from './term-matcher';
import { allTermSources } from './term-sources';
import { teamTermSources } from './team-terms';
import type { TeamTermRef } from './team-terms';
import type { TextLanguages } from './text-language';
import { compileSenseJudge, signalSources } from './senses';
import type { SenseJudge } from './senses';

export interface MatcherSet {
  /**
   * The matcher for text in these languages: the user's own terms, their team terms and
   * glossaries, and the signals that tell a text is about care (./senses.ts).
   */
  forLanguages(languages: TextLanguages): TermMatcher;
  /** What reads the sense of an everyday form in text of these languages. */
  judgeFor(languages: TextLanguages): SenseJudge;
  /** Has the user own terms or team terms (painted privately, see content/private-marks.ts)? */
  readonly hasPrivateTerms: boolean;
}

const NO_CARE_WORDS: CareWordsByLang = { en: [], nl: [] };

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
  careWords: CareWordsByLang = NO_CARE_WORDS,
): MatcherSet {
  const compiled = new Map<string, TermMatcher>();
  const judges = new Map<string, SenseJudge>();
  // Asked once per block of text, nearly always with one of a few shared lists: those are
  // looked up by identity first, without building a key.
  const byList = new Map<TextLanguages, TermMatcher>();
  const judgeByList = new Map<TextLanguages, SenseJudge>();
  return {
    hasPrivateTerms: ownTerms.length > 0 || teamTerms.length > 0,
    forLanguages(languages) {
      let matcher = byList.get(languages);
      if (matcher) return matcher;
      const key = languages.join('+');
      matcher = compiled.get(key);
      if (!matcher) {
        const chosen = languages.map((lang) => glossaries[lang]);
        const team = teamTermSources(teamTerms, languages, hidden);
        const signals = signalSources(
          chosen,
          languages.map((lang) => careWords[lang]),
          hidden,
        );
        // Signals come last: a term's form always wins over a signal at the same place.
        matcher = compileTerms([...allTermSources(chosen, ownTerms, hidden, team), ...signals]);
        compiled.set(key, matcher);
      }
      byList.set(languages, matcher);
      return matcher;
    },
    judgeFor(languages) {
      let judge = judgeByList.get(languages);
      if (judge) return judge;
      const key = languages.join('+');
      judge = judges.get(key) ?? compileSenseJudge(languages.map((lang) => glossaries[lang]));
      judges.set(key, judge);
      judgeByList.set(languages, judge);
      return judge;
    },
  };
}
