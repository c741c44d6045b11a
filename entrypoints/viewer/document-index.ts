import { browser } from 'wxt/browser';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { pageLanguages } from '../../utils/highlight/text-language';
import type { DetectedLanguage, TextLanguages } from '../../utils/highlight/text-language';
import type { PageTermHits } from '../../utils/pdf/document-terms';
import { hasText, languageTagOf, linesOfItems, sampleOfLines } from '../../utils/pdf/text-lines';
import type { TextItemLike } from '../../utils/pdf/text-lines';

/** Below this a page's language is not asked: too little to go on (as on web pages). */
const MIN_SAMPLE_CHARS = 200;

/** The pages whose text decides the document's language. */
const FIRST_PAGES = 3;

export interface IndexedPage {
  /** Has the page any letter or digit (a PDF where none has is a scan)? */
  hasText: boolean;
  /** The language tag read from the page's own text (set as its `lang`), or null: unknown. */
  lang: string | null;
  /** The glossaries for this page's text; null: the document's (see documentLanguages). */
  languages: TextLanguages | null;
  /** The terms on the page, found by the latest matcher given; null: not matched by it yet. */
  hits: PageTermHits | null;
}

/** Finds the terms in a page's lines (its languages: null for the document's). */
export type PageMatcher = (
  lines: readonly string[],
  languages: TextLanguages | null,
) => PageTermHits;

export interface DocumentIndex {
  /** Pages read so far, by index (page n is [n - 1]). */
  readonly pages: readonly (IndexedPage | undefined)[];
  /** The glossaries for text whose page said nothing clear: from the first pages' text. */
  readonly documentLanguages: Promise<TextLanguages>;
  /** Resolves when every page is read (or the index was stopped). */
  readonly done: Promise<void>;
  /**
   * Matches every page with `match`, and again with each new one (other terms): pages read
   * before are read again from the PDF, one after another in the background.
   */
  setMatcher: (match: PageMatcher) => void;
  /** Resolves when every page is matched by the latest matcher (or the index was stopped). */
  matched: () => Promise<void>;
  onPage: (listener: (pageNumber: number, page: IndexedPage) => void) => void;
  stop: () => void;
}

const detect = (sample: string): Promise<DetectedLanguage | null> =>
  sample.length < MIN_SAMPLE_CHARS
    ? Promise.resolve(null)
    : browser.i18n.detectLanguage(sample).catch(() => null);

/**
 * Reads the text of every page, one page after another in the background, for the counts
 * of the whole document, each page's language and "this PDF has no text". A page's text is
 * only matched, then let go: what is kept of each page is its terms and its language, so
 * memory does not grow with the document's text (the text is PDF.js's, read again when the
 * terms change). The text stays in this page.
 */
export function indexDocument(document: PDFDocumentProxy): DocumentIndex {
  const pages: (IndexedPage | undefined)[] = [];
  const listeners: ((pageNumber: number, page: IndexedPage) => void)[] = [];
  let stopped = false;
  let matcher: PageMatcher | null = null;
  /** Bumped with each matcher: a page's hits are current when matched by this one. */
  let generation = 0;
  const matchedBy: number[] = [];
  /** Pages read before any matcher was given: their lines, until it is (a moment). */
  const waiting = new Map<number, string[]>();
  let resolveDocument!: (languages: TextLanguages) => void;
  const documentLanguages = new Promise<TextLanguages>((resolve) => (resolveDocument = resolve));

  const linesOf = async (n: number): Promise<string[]> => {
    try {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      return linesOfItems(content.items as TextItemLike[]);
    } catch {
      // A page that can't be read has no text for us; the viewer shows what it can.
      return [];
    }
  };

  const match = (n: number, lines: readonly string[]) => {
    const page = pages[n - 1];
    if (!page || !matcher) return;
    page.hits = matcher(lines, page.languages);
    matchedBy[n - 1] = generation;
  };

  const done = (async () => {
    const firstLines: string[] = [];
    for (let n = 1; n <= document.numPages && !stopped; n++) {
      const lines = await linesOf(n);
      if (stopped) break;
      const detected = await detect(sampleOfLines(lines));
      const lang = languageTagOf(detected);
      const indexed: IndexedPage = {
        hasText: hasText(lines),
        lang,
        languages: lang === null ? null : pageLanguages(lang, null),
        hits: null,
      };
      pages[n - 1] = indexed;
      if (matcher) match(n, lines);
      else waiting.set(n, lines);
      if (n <= FIRST_PAGES) firstLines.push(...lines);
      if (n === Math.min(FIRST_PAGES, document.numPages)) {
        resolveDocument(pageLanguages(null, await detect(sampleOfLines(firstLines))));
        firstLines.length = 0;
      }
      for (const listener of listeners) listener(n, indexed);
    }
    resolveDocument(pageLanguages(null, null));
  })();

  /** Pages read whose hits are not the latest matcher's, read again one after another. */
  let rematching: Promise<void> = Promise.resolve();
  const rematch = async () => {
    for (let n = 1; n <= pages.length && !stopped; n++) {
      if (!pages[n - 1] || matchedBy[n - 1] === generation) continue;
      const wanted = generation;
      const lines = await linesOf(n);
      // Another matcher came meanwhile: the next round reads the page for that one.
      if (!stopped && wanted === generation) match(n, lines);
    }
  };
  const stale = () => pages.some((page, i) => page && matchedBy[i] !== generation);

  return {
    pages,
    documentLanguages,
    done,
    setMatcher(next) {
      matcher = next;
      generation++;
      for (const [n, lines] of waiting) match(n, lines);
      waiting.clear();
      // Until they are read again, pages count as not read yet.
      pages.forEach((page, i) => {
        if (page && matchedBy[i] !== generation) page.hits = null;
      });
      rematching = rematching.then(async () => {
        while (!stopped && stale()) await rematch();
      });
    },
    async matched() {
      await done;
      for (let round = rematching; ; round = rematching) {
        await round;
        if (stopped || !matcher || (round === rematching && !stale())) return;
      }
    },
    onPage: (listener) => listeners.push(listener),
    stop: () => {
      stopped = true;
      waiting.clear();
    },
  };
}
