import { describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { TIP_IDS } from '../../utils/texts/ids';
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
});
