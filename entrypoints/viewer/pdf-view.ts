import { browser } from 'wxt/browser';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { pdfjs } from './pdfjs-global';
import { EventBus, LinkTarget, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import 'pdfjs-dist/web/pdf_viewer.css';
import { INCORRECT_PASSWORD } from '../../utils/pdf/input';

/** Everything PDF.js loads is inside the extension (copied there by wxt.config.ts). */
const asset = (path: string) => browser.runtime.getURL(`/pdfjs/${path}` as '/');
pdfjs.GlobalWorkerOptions.workerSrc = asset('pdf.worker.min.mjs');

/** Zoom steps for the − and + buttons, as factors of the PDF's own size. */
export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];
export type ScaleChoice = 'page-width' | 'page-fit' | number;

export interface PdfViewEvents {
  /** The current page (the one most in view) changed. */
  page: (pageNumber: number) => void;
  scale: (scale: number, preset: string | null) => void;
  /** A page's text layer is in place (for the highlighter). */
  textLayer: (pageNumber: number) => void;
}

/** Asked when the PDF needs a password: the password, or null when the user cancels. */
export type AskPassword = (wrongBefore: boolean) => Promise<string | null>;

export class PasswordCancelled extends Error {
  override name = 'PasswordCancelled';
}

/**
 * The PDF.js viewer in `container` (absolutely positioned, scrolling): pages render lazily
 * as they come into view, far ones give their canvases back (PDF.js keeps about ten page
 * views), each with a text layer that can be selected, copied and found with the browser's
 * find. Nothing is evaluated from strings; links open in a new tab.
 */
export class PdfView {
  readonly eventBus = new EventBus();
  private readonly links: PDFLinkService;
  private readonly viewer: PDFViewer;
  private task: PDFDocumentLoadingTask | null = null;
  document: PDFDocumentProxy | null = null;

  constructor(
    readonly container: HTMLDivElement,
    events: PdfViewEvents,
  ) {
    this.links = new PDFLinkService({
      eventBus: this.eventBus,
      externalLinkTarget: LinkTarget.BLANK,
      externalLinkRel: 'noopener noreferrer nofollow',
    });
    this.viewer = new PDFViewer({
      container,
      viewer: container.firstElementChild as HTMLDivElement,
      eventBus: this.eventBus,
      linkService: this.links,
      textLayerMode: 1,
      // Links only: no forms, no scripts (no sandbox is shipped), no editing.
      annotationMode: pdfjs.AnnotationMode.ENABLE,
      annotationEditorMode: pdfjs.AnnotationEditorType.DISABLE,
      enableAutoLinking: false,
    });
    this.links.setViewer(this.viewer);
    this.eventBus.on('pagechanging', (e: { pageNumber: number }) => events.page(e.pageNumber));
    this.eventBus.on('scalechanging', (e: { scale: number; presetValue?: string }) =>
      events.scale(e.scale, e.presetValue ?? null),
    );
    this.eventBus.on('textlayerrendered', (e: { pageNumber: number }) => {
      this.releaseGoneTextLayers();
      events.textLayer(e.pageNumber);
    });
    this.eventBus.on('pagesinit', () => {
      this.viewer.currentScaleValue = 'page-width';
    });
  }

  /** Opens a PDF from its bytes; rejects with PDF.js's error (or PasswordCancelled). */
  async open(data: Uint8Array, askPassword: AskPassword): Promise<PDFDocumentProxy> {
    await this.close();
    const task = pdfjs.getDocument({
      data,
      isEvalSupported: false,
      enableXfa: false,
      cMapUrl: asset('cmaps/'),
      cMapPacked: true,
      standardFontDataUrl: asset('standard_fonts/'),
      wasmUrl: asset('wasm/'),
      iccUrl: asset('iccs/'),
    });
    this.task = task;
    let cancelled = false;
    task.onPassword = (update: (password: string) => void, reason: number) => {
      void askPassword(reason === INCORRECT_PASSWORD).then((password) => {
        if (password === null) {
          cancelled = true;
          void task.destroy();
        } else update(password);
      });
    };
    let document: PDFDocumentProxy;
    try {
      document = await task.promise;
    } catch (error) {
      if (cancelled) throw new PasswordCancelled();
      throw error;
    }
    if (this.task !== task) {
      void document.destroy();
      throw new PasswordCancelled();
    }
    this.document = document;
    this.viewer.setDocument(document);
    this.links.setDocument(document, null);
    return document;
  }

  async close(): Promise<void> {
    const task = this.task;
    this.task = null;
    this.document = null;
    this.viewer.setDocument(null as unknown as PDFDocumentProxy);
    this.links.setDocument(null, null);
    await task?.destroy();
  }

  get pagesCount(): number {
    return this.viewer.pagesCount;
  }
  get pageNumber(): number {
    return this.viewer.currentPageNumber;
  }
  goToPage(pageNumber: number): void {
    if (!this.document) return;
    this.viewer.currentPageNumber = Math.min(Math.max(1, Math.round(pageNumber)), this.pagesCount);
  }
  setScale(choice: ScaleChoice): void {
    if (!this.document) return;
    if (typeof choice === 'number') this.viewer.currentScale = choice;
    else this.viewer.currentScaleValue = choice;
  }
  get scale(): number {
    return this.viewer.currentScale;
  }
  zoom(direction: 1 | -1): void {
    const now = this.scale;
    const next =
      direction === 1
        ? ZOOM_STEPS.find((step) => step > now + 0.001)
        : ZOOM_STEPS.findLast((step) => step < now - 0.001);
    if (next !== undefined) this.setScale(next);
  }
  /**
   * PDF.js gives far pages' text layers back, but each page view's text highlighter (for
   * PDF.js's own find bar) and accessibility manager (reading order for screen readers)
   * still hold the spans and the strings of its last one: over a long document, every page
   * read stayed in memory (measured with a heap snapshot: 37 spans a page, for each of 300
   * pages). Once a page view has no text layer, both let it go, back to how PDF.js makes
   * them; a page rendered again gets new ones from PDF.js. (PDF.js 5.6's page view fields,
   * its version pinned in package.json; `npm run bench:pdf` shows the memory.)
   */
  private releaseGoneTextLayers(): void {
    for (let i = 0; i < this.viewer.pagesCount; i++) {
      const view = this.viewer.getPageView(i) as
        | {
            textLayer?: unknown;
            _textHighlighter?: { setTextMapping: (divs: null, texts: null) => void };
            _accessibilityManager?: { setTextMapping: (divs: null) => void };
          }
        | undefined;
      if (!view || view.textLayer) continue;
      view._textHighlighter?.setTextMapping(null, null);
      view._accessibilityManager?.setTextMapping(null);
    }
  }

  /** The page's element (a region labelled "Page n"), once the document is set. */
  pageElement(pageNumber: number): HTMLElement | null {
    return (
      (this.viewer.getPageView(pageNumber - 1) as { div?: HTMLElement } | undefined)?.div ?? null
    );
  }
}
