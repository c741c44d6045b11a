import { browser } from 'wxt/browser';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { pageLanguages } from '../../utils/highlight/text-language';
import type { DetectedLanguage, TextLanguages } from '../../utils/highlight/text-language';
import { languageTagOf, linesOfItems, sampleOfLines } from '../../utils/pdf/text-lines';
import type { TextItemLike } from '../../utils/pdf/text-lines';

/** Below this a page's language is not asked: too little to go on (as on web pages). */
const MIN_SAMPLE_CHARS = 200;

export interface IndexedPage {
  lines: string[];
  /** The language tag read from the page's own text (set as its `lang`), or null: unknown. */
  lang: string | null;
  /** The glossaries for this page's text; null: the document's (see documentLanguages). */
  languages: TextLanguages | null;
}

export interface DocumentIndex {
  /** Pages read so far, by index (page n is [n - 1]). */
  readonly pages: readonly (IndexedPage | undefined)[];
  /** The glossaries for text whose page said nothing clear: from the first pages' text. */
  readonly documentLanguages: Promise<TextLanguages>;
  /** Resolves when every page is read (or the index was stopped). */
  readonly done: Promise<void>;
  onPage: (listener: (pageNumber: number, page: IndexedPage) => void) => void;
  stop: () => void;
}

const detect = (sample: string): Promise<DetectedLanguage | null> =>
  sample.length < MIN_SAMPLE_CHARS
    ? Promise.resolve(null)
    : browser.i18n.detectLanguage(sample).catch(() => null);

/**
 * Reads the text of every page, one page after another in the background, for the counts
 * of the whole document, each page's language and "this PDF has no text". The text stays
 * in this page: it is only matched.
 */
export function indexDocument(document: PDFDocumentProxy): DocumentIndex {
  const pages: (IndexedPage | undefined)[] = [];
  const listeners: ((pageNumber: number, page: IndexedPage) => void)[] = [];
  let stopped = false;
  let resolveDocument!: (languages: TextLanguages) => void;
  const documentLanguages = new Promise<TextLanguages>((resolve) => (resolveDocument = resolve));
  const FIRST_PAGES = 3;

  const done = (async () => {
    const firstLines: string[] = [];
    for (let n = 1; n <= document.numPages && !stopped; n++) {
      let lines: string[] = [];
      try {
        const page = await document.getPage(n);
        const content = await page.getTextContent();
        lines = linesOfItems(content.items as TextItemLike[]);
      } catch {
        // A page that can't be read has no text for us; the viewer shows what it can.
      }
      if (stopped) break;
      const detected = await detect(sampleOfLines(lines));
      const lang = languageTagOf(detected);
      const indexed: IndexedPage = {
        lines,
        lang,
        languages: lang === null ? null : pageLanguages(lang, null),
      };
      pages[n - 1] = indexed;
      if (n <= FIRST_PAGES) firstLines.push(...lines);
      if (n === Math.min(FIRST_PAGES, document.numPages)) {
        resolveDocument(pageLanguages(null, await detect(sampleOfLines(firstLines))));
      }
      for (const listener of listeners) listener(n, indexed);
    }
    resolveDocument(pageLanguages(null, null));
  })();

  return {
    pages,
    documentLanguages,
    done,
    onPage: (listener) => listeners.push(listener),
    stop: () => {
      stopped = true;
    },
  };
}
