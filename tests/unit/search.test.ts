import { describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { SELF_CARE_IDS, TIP_IDS } from '../../utils/texts/ids';
import { buildSearchIndex, search } from '../../utils/search/search';
import { foldForSearch } from '../../utils/search/normalize';

describe('foldForSearch', () => {
  it('ignores case, diacritics and extra white space', () => {
    expect(foldForSearch('  Intuïtie ')).toBe('intuitie');
    expect(foldForSearch('CAFÉ\n  crème')).toBe('cafe creme');
    expect(foldForSearch('Zelfbeschikking')).toBe('zelfbeschikking');
  });
});

describe('search', () => {
  const en = buildSearchIndex(content.en);
  const nl = buildSearchIndex(content.nl);

  it('finds nothing for an empty query', () => {
    expect(search(en, '   ')).toEqual([]);
  });

  it('finds every tip by its own title, first', () => {
    for (const lang of ['en', 'nl'] as const) {
      const index = lang === 'en' ? en : nl;
      for (const id of TIP_IDS) {
        const hits = search(index, content[lang].tips[id].title);
        expect(hits[0], `${lang} ${id}`).toEqual({ kind: 'tip', id });
      }
    }
  });

  it('finds a tip by a word from its practice cues', () => {
    const cue = content.en.tips['leave-their-power'].cues[0] ?? '';
    const word = cue.split(/\W+/).sort((a, b) => b.length - a.length)[0] ?? '';
    expect(search(en, word)).toContainEqual({ kind: 'tip', id: 'leave-their-power' });
  });

  it('ignores case and diacritics: "intuitie" finds what says "intuïtie"', () => {
    const withDiaeresis = nl.filter((doc) => doc.text.includes('intuitie'));
    expect(withDiaeresis.length).toBeGreaterThan(0);
    const hits = search(nl, 'INTUITIE');
    for (const doc of withDiaeresis) expect(hits).toContainEqual(doc.hit);
  });

  it('covers principles and glossary terms, by any variant', () => {
    expect(search(en, content.en.principles['safety'].title)).toContainEqual({
      kind: 'principle',
      id: 'safety',
    });
    const [id, entry] = Object.entries(content.nl.glossary)[0]!;
    const lastVariant = entry.variants[entry.variants.length - 1]!;
    expect(search(nl, lastVariant)).toContainEqual({ kind: 'glossary', id });
  });

  it('finds a glossary term by a form with an everyday sense too ("gered", "rescued")', () => {
    expect(content.nl.glossary.rescuing.everyday).toContain('gered');
    expect(search(nl, 'gered')).toContainEqual({ kind: 'glossary', id: 'rescuing' });
    expect(search(en, 'rescued')).toContainEqual({ kind: 'glossary', id: 'rescuing' });
  });

  it('searches in the language shown only', () => {
    expect(search(en, 'zelfbeschikking')).toEqual([]);
    expect(search(nl, 'zelfbeschikking').length).toBeGreaterThan(0);
  });

  it('needs every word of the query', () => {
    expect(search(en, 'power zzzzqqq')).toEqual([]);
  });

  it('finds the parts of "When choice is limited" (mandated help, a duty to report)', () => {
    expect(search(en, 'duty to report')[0]).toEqual({
      kind: 'limited-choice',
      id: 'duty-to-report',
    });
    expect(search(nl, 'meldcode')).toContainEqual({ kind: 'limited-choice', id: 'duty-to-report' });
    expect(search(en, 'court-ordered')).toContainEqual({ kind: 'limited-choice', id: 'be-open' });
    // The Dutch term finds both the guide and the glossary entry.
    const hits = search(nl, 'gedwongen kader');
    expect(hits).toContainEqual({ kind: 'limited-choice', id: 'be-open' });
    expect(hits).toContainEqual({ kind: 'glossary', id: 'compulsory-framework' });
  });

  it('finds the parts of "Holding space for yourself" by title and by word', () => {
    for (const lang of ['en', 'nl'] as const) {
      const index = lang === 'en' ? en : nl;
      for (const id of SELF_CARE_IDS) {
        const hits = search(index, content[lang].selfCare.parts[id].title);
        expect(hits[0], `${lang} ${id}`).toEqual({ kind: 'self-care', id });
      }
    }
    expect(search(nl, 'intervisie')).toContainEqual({ kind: 'self-care', id: 'support' });
    expect(search(en, 'compassion fatigue')).toEqual(
      expect.arrayContaining([
        { kind: 'self-care', id: 'strain' },
        { kind: 'glossary', id: 'compassion-fatigue' },
      ]),
    );
  });

  it('finds a tip by its example: the setting, the story or the phrasing', () => {
    expect(search(nl, 'jeugdzorg')).toContainEqual({ kind: 'tip', id: 'trust-their-wisdom' });
    expect(search(en, 'district nursing')).toContainEqual({
      kind: 'tip',
      id: 'right-amount-of-information',
    });
    const phrasing = content.en.tipExamples['leave-their-power'].phrasing!.tryThis;
    expect(search(en, phrasing.replace(/[“”?]/g, ''))).toContainEqual({
      kind: 'tip',
      id: 'leave-their-power',
    });
  });
});
