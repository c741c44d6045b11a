import type { PDFDocumentProxy } from 'pdfjs-dist';
import { describe, expect, it } from 'vitest';
import { indexDocument } from '../../entrypoints/viewer/document-index';
import type { PageMatcher } from '../../entrypoints/viewer/document-index';

/** A PDF as PDF.js gives it, reduced to what the index reads: each page's text items. */
function fakePdf(pageTexts: string[]) {
  const reads: number[] = [];
  const document = {
    numPages: pageTexts.length,
    getPage: (n: number) => {
      reads.push(n);
      return Promise.resolve({
        getTextContent: () =>
          Promise.resolve({ items: [{ str: pageTexts[n - 1] ?? '', hasEOL: true }] }),
      });
    },
  };
  return { document: document as unknown as PDFDocumentProxy, reads };
}

/** Finds `word` in each line: one hit per line that has it. */
const finding =
  (word: string): PageMatcher =>
  (lines) => ({
    hits: lines.filter((line) => line.includes(word)).map(() => ({ id: word, everyday: false })),
    care: [],
    cues: [],
  });

const ids = (index: ReturnType<typeof indexDocument>) =>
  index.pages.map((page) => page?.hits?.hits.map((hit) => hit.id) ?? null);

describe("the PDF viewer's index of the whole document", () => {
  it('keeps of each page its terms and whether it has text, not the text itself', async () => {
    const { document } = fakePdf(['care and rest', '…', 'care']);
    const index = indexDocument(document);
    index.setMatcher(finding('care'));
    await index.matched();
    expect(ids(index)).toEqual([['care'], [], ['care']]);
    expect(index.pages.map((page) => page?.hasText)).toEqual([true, false, true]);
    expect(JSON.stringify(index.pages)).not.toContain('rest');
  });

  it('matches the pages read before the terms were known once they are', async () => {
    const { document, reads } = fakePdf(['care', 'rest']);
    const index = indexDocument(document);
    await index.done;
    expect(ids(index)).toEqual([null, null]);
    index.setMatcher(finding('rest'));
    await index.matched();
    expect(ids(index)).toEqual([[], ['rest']]);
    expect(reads).toEqual([1, 2]); // read once: what waited was matched at once
  });

  it('reads every page again for new terms, counting none of the old ones meanwhile', async () => {
    const { document, reads } = fakePdf(['care', 'rest', 'care and rest']);
    const index = indexDocument(document);
    index.setMatcher(finding('care'));
    await index.matched();
    index.setMatcher(finding('rest'));
    expect(ids(index)).toEqual([null, null, null]);
    await index.matched();
    expect(ids(index)).toEqual([[], ['rest'], ['rest']]);
    expect(reads).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it('ends with the latest terms when they change again while pages are read again', async () => {
    const { document } = fakePdf(['care', 'rest', 'calm']);
    const index = indexDocument(document);
    index.setMatcher(finding('care'));
    await index.matched();
    index.setMatcher(finding('rest'));
    index.setMatcher(finding('calm'));
    await index.matched();
    expect(ids(index)).toEqual([[], [], ['calm']]);
  });

  it('stops reading when stopped', async () => {
    const { document, reads } = fakePdf(Array.from({ length: 50 }, () => 'care'));
    const index = indexDocument(document);
    index.stop();
    await index.done;
    await index.matched();
    expect(reads.length).toBeLessThanOrEqual(1);
  });
});
