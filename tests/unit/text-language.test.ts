import { describe, expect, it } from 'vitest';
import {
  BOTH,
  glossariesFor,
  languageOfTag,
  MIN_PERCENTAGE,
  NONE,
  pageLanguages,
} from '../../utils/highlight/text-language';
import type { DetectedLanguage } from '../../utils/highlight/text-language';

const sure = (language: string, percentage = 97): DetectedLanguage => ({
  isReliable: true,
  languages: [{ language, percentage }],
});
const unsure: DetectedLanguage = {
  isReliable: false,
  languages: [{ language: 'nl', percentage: 40 }],
};

describe('languageOfTag', () => {
  it.each([
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['NL_nl', 'nl'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de', 'other'],
    ['fr-CA', 'other'],
    ['', null],
    ['  ', null],
    ['und', null],
    [null, null],
    [undefined, null],
  ] as const)('%s → %s', (tag, expected) => {
    expect(languageOfTag(tag)).toBe(expected);
  });
});

describe('glossariesFor', () => {
  it('gives one glossary for Dutch or English, none for any other language', () => {
    expect(glossariesFor('nl')).toEqual(['nl']);
    expect(glossariesFor('en')).toEqual(['en']);
    expect(glossariesFor('other')).toBe(NONE);
  });
});

describe('pageLanguages', () => {
  it('takes the declared language when the text agrees or the detector is unsure', () => {
    expect(pageLanguages('nl-NL', sure('nl'))).toEqual(['nl']);
    expect(pageLanguages('en', unsure)).toEqual(['en']);
    expect(pageLanguages('en', null)).toEqual(['en']);
  });

  it('reads a page by its text when the declared language is plainly wrong', () => {
    // An English site template around a Dutch article.
    expect(pageLanguages('en', sure('nl'))).toEqual(['nl']);
    // A Dutch template around German text.
    expect(pageLanguages('nl', sure('de'))).toEqual([]);
  });

  it('keeps the declared language when the text is only partly another one', () => {
    const mixed: DetectedLanguage = {
      isReliable: true,
      languages: [
        { language: 'nl', percentage: MIN_PERCENTAGE - 5 },
        { language: 'en', percentage: 100 - MIN_PERCENTAGE + 5 },
      ],
    };
    expect(pageLanguages('en', mixed)).toEqual(['en']);
  });

  it('uses the detected language when none is declared', () => {
    expect(pageLanguages(null, sure('en'))).toEqual(['en']);
    expect(pageLanguages('', sure('nl'))).toEqual(['nl']);
    expect(pageLanguages(null, sure('fr'))).toEqual([]);
  });

  it('gives no glossary to a page declared in another language', () => {
    expect(pageLanguages('de', null)).toEqual([]);
    expect(pageLanguages('fr', unsure)).toEqual([]);
  });

  it('matches both glossaries when nothing is known', () => {
    expect(pageLanguages(null, null)).toBe(BOTH);
    expect(pageLanguages('und', unsure)).toBe(BOTH);
  });
});
