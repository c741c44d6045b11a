import { describe, expect, it } from 'vitest';
import { glossaryTerms as en } from '../../utils/texts/en/glossary-terms';
import { GLOSSARY_IDS } from '../../utils/texts/glossary-links';
import { glossaryTermsByLang } from '../../utils/texts/glossary-terms';
import { glossaryTerms as nl } from '../../utils/texts/nl/glossary-terms';
import { compileTerms } from '../../utils/highlight/term-matcher';
import { allTermSources, glossaryTermSources, termName } from '../../utils/highlight/term-sources';
import { content } from '../../utils/texts';
import type { OwnTerm } from '../../utils/my-data/model';

const both = [glossaryTermsByLang.en, glossaryTermsByLang.nl];

describe('glossaryTermsByLang', () => {
  it('holds the English and Dutch terms, each with its sense cues', () => {
    for (const [lang, terms] of [
      ['en', en],
      ['nl', nl],
    ] as const) {
      for (const [id, entry] of Object.entries(terms)) {
        const withCues = glossaryTermsByLang[lang][id as keyof typeof terms];
        expect(withCues.variants).toBe(entry.variants);
        expect(withCues.everyday).toBe(entry.everyday);
      }
    }
    expect(glossaryTermsByLang.en.rescuing.senses?.otherNear?.length).toBeGreaterThan(0);
  });
});

describe('glossaryTermSources', () => {
  it('yields every glossary entry, in order, with the forms of both languages', () => {
    const sources = glossaryTermSources(both, []);
    expect(sources.map((source) => source.id)).toEqual([...GLOSSARY_IDS]);
    for (const source of sources) {
      const id = source.id as (typeof GLOSSARY_IDS)[number];
      expect(source.variants, id).toEqual([...en[id].variants, ...nl[id].variants]);
      expect(source.everyday, id).toEqual([...(en[id].everyday ?? []), ...(nl[id].everyday ?? [])]);
      expect(source.variants.length + (source.everyday?.length ?? 0), id).toBeGreaterThan(0);
    }
  });

  it('reads the ids from the data: every language lists them in the same order', () => {
    expect(Object.keys(en)).toEqual([...GLOSSARY_IDS]);
    expect(Object.keys(nl)).toEqual([...GLOSSARY_IDS]);
    expect(glossaryTermSources([nl], []).map((source) => source.id)).toEqual([...GLOSSARY_IDS]);
    expect(glossaryTermSources([], [])).toEqual([]);
  });

  it('leaves out the terms the user switched off', () => {
    const sources = glossaryTermSources(both, ['rescuing', 'trigger', 'not-a-glossary-id']);
    const ids = sources.map((source) => source.id);
    expect(ids).not.toContain('rescuing');
    expect(ids).not.toContain('trigger');
    expect(ids).toContain('rescuer');
    expect(ids).toHaveLength(GLOSSARY_IDS.length - 2);
  });

  it('gives only the chosen languages', () => {
    const sources = glossaryTermSources([en], []);
    const rescuing = sources.find((source) => source.id === 'rescuing');
    expect(rescuing?.variants).toEqual(en.rescuing.variants);
    expect(rescuing?.everyday).toEqual(en.rescuing.everyday);
    expect([...(rescuing?.variants ?? []), ...(rescuing?.everyday ?? [])]).not.toContain('redden');
  });

  describe('compiled with compileTerms', () => {
    const matcher = compileTerms(glossaryTermSources(both, []));
    const found = (text: string) =>
      matcher.find(text).map((match) => [text.slice(match.start, match.end), match.id]);

    it('finds Dutch and English terms in one text', () => {
      const text =
        'Zelfregie staat voorop, ook in een gedwongen kader. ' +
        'Compassion fatigue is real, and so is the drama triangle.';
      expect(found(text)).toEqual([
        ['Zelfregie', 'self-direction'],
        ['gedwongen kader', 'compulsory-framework'],
        ['Compassion fatigue', 'compassion-fatigue'],
        ['drama triangle', 'drama-triangle'],
      ]);
    });

    it('maps the forms of a Dutch verb to one entry, as everyday forms: "redden", "redt", "gered"', () => {
      expect(nl.rescuing.everyday).toEqual(expect.arrayContaining(['redden', 'redt', 'gered']));
      const text = 'Hij redt haar. Zij werd gered. Je kunt niet iedereen redden.';
      expect(matcher.find(text).map((m) => [text.slice(m.start, m.end), m.id, m.everyday])).toEqual(
        [
          ['redt', 'rescuing', true],
          ['gered', 'rescuing', true],
          ['redden', 'rescuing', true],
        ],
      );
    });

    it('no longer finds a term the user switched off', () => {
      const withoutRescuing = compileTerms(glossaryTermSources(both, ['rescuing']));
      expect(withoutRescuing.find('Hij redt haar; rescuing again.')).toEqual([]);
    });
  });
});

describe('allTermSources: own terms with the glossary', () => {
  const own = (id: string, term: string, variants: string[] = []): OwnTerm => ({
    id,
    term,
    variants,
    explanation: 'mine',
    createdAt: 1,
    updatedAt: 1,
  });
  const ids = (sources: ReturnType<typeof allTermSources>, text: string) =>
    compileTerms(sources)
      .find(text)
      .map((match) => [text.slice(match.start, match.end), match.id]);

  it("an own term that is also a glossary word is found as the user's own", () => {
    expect(ids(allTermSources(both, [own('u1', 'burn-out')], []), 'Her burn-out.')).toEqual([
      ['burn-out', 'own:u1'],
    ]);
    expect(ids(allTermSources(both, [], []), 'Her burn-out.')[0]?.[1]).not.toMatch(/^own:/);
  });

  it('finds own terms written with punctuation around them', () => {
    const sources = allTermSources(both, [own('u2', 'S.M.A.R.T.'), own('u3', '#MeToo')], []);
    expect(ids(sources, 'Set S.M.A.R.T. goals; #MeToo was a movement.')).toEqual([
      ['S.M.A.R.T', 'own:u2'],
      ['MeToo', 'own:u3'],
    ]);
  });

  it('leaves out an own term with no letter or digit, and hidden own terms', () => {
    const sources = allTermSources(both, [own('u4', '?!'), own('u5', 'check-in')], ['own:u5']);
    expect(sources.some((source) => source.id.startsWith('own:'))).toBe(false);
  });
});

describe('termName', () => {
  const own: OwnTerm[] = [
    { id: 'x1', term: 'zelfregie', variants: [], explanation: '', createdAt: 1, updatedAt: 1 },
  ];
  it('names an own term by its headword, a glossary term by the glossary, else by its id', () => {
    expect(termName('own:x1', content.en.glossary, own)).toBe('zelfregie');
    expect(termName('drama-triangle', content.en.glossary, own)).toBe(
      content.en.glossary['drama-triangle'].term,
    );
    expect(termName('own:gone', content.en.glossary, own)).toBe('own:gone');
    expect(termName('from-a-newer-version', content.nl.glossary, undefined)).toBe(
      'from-a-newer-version',
    );
  });
});
