import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcherSet } from '../../utils/highlight/matcher-set';
import type { TextLanguages } from '../../utils/highlight/text-language';
import { glossaryTermsByLang } from '../../utils/texts/glossary-terms';
import { careWordsByLang } from '../../utils/texts/care-words';
import { documentTerms, nextPageWithTerms, pageTermHits } from '../../utils/pdf/document-terms';
import { hasText, languageTagOf, linesOfItems, sampleOfLines } from '../../utils/pdf/text-lines';
import { viewerFixtures } from '../support/make-pdf.mjs';

describe("a PDF page's text, as the highlighter reads its text layer", () => {
  it('joins the items of a line and starts a new line after each end of line', () => {
    const items = [
      { str: 'When a helper slips into the ', hasEOL: false },
      { str: 'drama', hasEOL: false },
      { type: 'beginMarkedContent' },
      { str: ' triangle', hasEOL: true },
      { type: 'endMarkedContent' },
      { str: '', hasEOL: true },
      { str: 'holding', hasEOL: true },
      { str: 'space', hasEOL: false },
    ];
    expect(linesOfItems(items)).toEqual([
      'When a helper slips into the drama triangle',
      'holding',
      'space',
    ]);
    expect(linesOfItems([])).toEqual([]);
  });

  it('samples a page for the language detector, and knows a page without text', () => {
    expect(sampleOfLines(['a  b', 'c'])).toBe('a b c');
    expect(sampleOfLines(['x'.repeat(5000)]).length).toBe(4000);
    expect(hasText([])).toBe(false);
    expect(hasText([' ', '…'])).toBe(false);
    expect(hasText([' ', 'Pagina 2'])).toBe(true);
  });

  it("reads the detector's answer as a lang tag only when it is sure", () => {
    const answer = (isReliable: boolean, language: string, percentage: number) => ({
      isReliable,
      languages: [{ language, percentage }],
    });
    expect(languageTagOf(answer(true, 'nl', 97))).toBe('nl');
    expect(languageTagOf(answer(true, 'de', 90))).toBe('de');
    expect(languageTagOf(answer(false, 'nl', 97))).toBeNull();
    expect(languageTagOf(answer(true, 'en', 55))).toBeNull();
    expect(languageTagOf(answer(true, 'und', 100))).toBeNull();
    expect(languageTagOf(null)).toBeNull();
  });
});

describe("the whole document's terms (the popup's list in the viewer)", () => {
  const matchers = createMatcherSet(glossaryTermsByLang, [], [], [], careWordsByLang);

  const page = (lines: string[], languages: TextLanguages) =>
    pageTermHits(lines, matchers.forLanguages(languages), matchers.judgeFor(languages));

  it('matches each page in its own language, line by line, with the quiet rules', () => {
    const { terms } = documentTerms(
      [
        page(['When a helper slips into the rescuer role,', 'the drama triangle is near.'], ['en']),
        page(['In de dramadriehoek kiest de redder.'], ['nl']),
        // An English glossary word on a German page is left alone.
        page(['Die Grenzen des Budgets.'], []),
      ],
      'care-pages',
    );
    const ids = terms.map((t) => t.id);
    expect(ids).toContain('drama-triangle');
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(terms.every((t) => t.count >= 1)).toBe(true);
  });

  it('keeps only what it found of a page, and skips lines too short to be read', () => {
    const read = page(['the drama triangle'], ['en']);
    expect(read.hits).toEqual([{ id: 'drama-triangle', everyday: false, near: null }]);
    expect(read.care).toEqual(['g:drama-triangle']);
    // A page about the drama triangle is about its roles in their care sense.
    expect(read.cues).toEqual(expect.arrayContaining(['+rescuer', '+persecutor', '+rescuing']));
    expect(page(['ab', ''], ['en'])).toEqual({ hits: [], care: [], cues: [] });
  });

  it('counts pages not matched yet once they are', () => {
    const hits = page(['the drama triangle'], ['en']);
    expect(documentTerms([hits, null, undefined], 'care-pages').terms).toEqual(
      documentTerms([hits], 'care-pages').terms,
    );
  });

  it('holds back everyday words on a page that is not about care', () => {
    const pages = [page(['The lifeguard came to the rescue of the swimmer.'], ['en'])];
    const quiet = documentTerms(pages, 'care-pages');
    expect(quiet.terms).toEqual([]);
    expect(quiet.heldBack).toBeGreaterThan(0);
    expect(documentTerms(pages, 'everywhere').terms.length).toBeGreaterThan(0);
  });
});

describe('the fixture PDFs', () => {
  it('are exactly what tests/support/make-pdf.mjs makes (run tests/tools/make-pdf-fixtures.mjs)', () => {
    const dir = join(__dirname, '../browser/fixtures/pdf');
    for (const [name, bytes] of Object.entries(viewerFixtures())) {
      expect(readFileSync(join(dir, name)).equals(bytes), name).toBe(true);
    }
  });
});

describe('the keyboard route through a whole PDF', () => {
  const hits = [
    { id: 'a', everyday: false, page: 1 },
    { id: 'b', everyday: false, page: 4 },
    { id: 'a', everyday: false, page: 7 },
  ];
  it('goes to the nearest page with a term, round the end, either way', () => {
    expect(nextPageWithTerms(hits, 1, 1, 10)).toBe(4);
    expect(nextPageWithTerms(hits, 4, 1, 10)).toBe(7);
    expect(nextPageWithTerms(hits, 7, 1, 10)).toBe(1);
    expect(nextPageWithTerms(hits, 1, -1, 10)).toBe(7);
    expect(nextPageWithTerms(hits, 5, -1, 10)).toBe(4);
    expect(nextPageWithTerms(hits, 1, 1, 10, 'a')).toBe(7);
    expect(nextPageWithTerms([{ id: 'a', everyday: false, page: 3 }], 3, 1, 10)).toBe(3);
    expect(nextPageWithTerms([], 0, 1, 10)).toBeNull();
    expect(nextPageWithTerms(hits, 1, 1, 10, 'zzz')).toBeNull();
  });
});
