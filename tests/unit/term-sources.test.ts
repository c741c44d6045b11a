import { describe, expect, it } from 'vitest';
import { glossaryTerms as en } from '../../utils/content/en/glossary-terms';
import { GLOSSARY_IDS } from '../../utils/content/glossary-links';
import { glossaryTermsByLang } from '../../utils/content/glossary-terms';
import { glossaryTerms as nl } from '../../utils/content/nl/glossary-terms';
import { compileTerms } from '../../utils/highlight/term-matcher';
import { glossaryTermSources } from '../../utils/highlight/term-sources';

const both = [glossaryTermsByLang.en, glossaryTermsByLang.nl];

describe('glossaryTermsByLang', () => {
  it('holds the English and Dutch terms', () => {
    expect(glossaryTermsByLang.en).toBe(en);
    expect(glossaryTermsByLang.nl).toBe(nl);
  });
});

describe('glossaryTermSources', () => {
  it('yields every glossary entry, in order, with the variants of both languages', () => {
    const sources = glossaryTermSources(both, []);
    expect(sources.map((source) => source.id)).toEqual([...GLOSSARY_IDS]);
    for (const source of sources) {
      const id = source.id as (typeof GLOSSARY_IDS)[number];
      expect(source.variants, id).toEqual([...en[id].variants, ...nl[id].variants]);
      expect(source.variants.length, id).toBeGreaterThan(0);
    }
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
    expect(rescuing?.variants).not.toContain('redden');
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

    it('maps the forms of a Dutch verb to one entry: "redden", "redt", "gered"', () => {
      expect(nl.rescuing.variants).toEqual(expect.arrayContaining(['redden', 'redt', 'gered']));
      expect(found('Hij redt haar. Zij werd gered. Je kunt niet iedereen redden.')).toEqual([
        ['redt', 'rescuing'],
        ['gered', 'rescuing'],
        ['redden', 'rescuing'],
      ]);
    });

    it('no longer finds a term the user switched off', () => {
      const withoutRescuing = compileTerms(glossaryTermSources(both, ['rescuing']));
      expect(withoutRescuing.find('Hij redt haar; rescuing again.')).toEqual([]);
    });
  });
});
