import { describe, expect, it } from 'vitest';
import { glossaryTermsByLang } from '../../utils/texts/glossary-terms';
import { createMatcherSet } from '../../utils/highlight/matcher-set';
import { BOTH, NONE } from '../../utils/highlight/text-language';
import type { OwnTerm } from '../../utils/my-data/model';

const own: OwnTerm = {
  id: 't1',
  term: 'check-in',
  variants: [],
  explanation: 'A short talk at the start.',
  createdAt: 1,
  updatedAt: 1,
};
const texts = (matches: { start: number; end: number }[], text: string) =>
  matches.map((m) => text.slice(m.start, m.end));

describe('createMatcherSet', () => {
  const set = createMatcherSet(glossaryTermsByLang, [own], []);
  const text = 'Een dramadriehoek, a drama triangle and a check-in.';

  it('matches each language only against its own glossary, own terms in every language', () => {
    expect(texts(set.forLanguages(['nl']).find(text), text)).toEqual(['dramadriehoek', 'check-in']);
    expect(texts(set.forLanguages(['en']).find(text), text)).toEqual([
      'drama triangle',
      'check-in',
    ]);
    expect(texts(set.forLanguages(BOTH).find(text), text)).toEqual([
      'dramadriehoek',
      'drama triangle',
      'check-in',
    ]);
    expect(texts(set.forLanguages(NONE).find(text), text)).toEqual(['check-in']);
  });

  it('compiles a combination once, whichever list names it', () => {
    expect(set.forLanguages(['en'])).toBe(set.forLanguages(['en']));
    expect(set.forLanguages(['en', 'nl'])).toBe(set.forLanguages(BOTH));
  });
});
