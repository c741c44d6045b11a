import { mkdtempSync, openSync, closeSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_PDF_BYTES } from '../../../utils/pdf/input';
import { ROOT } from './paths';

/** The viewer's fixture PDFs (made by tests/support/make-pdf.mjs). */
export const PDF_FIXTURES = join(ROOT, 'tests/browser/fixtures/pdf');
export const pdfFixture = (name: string) => join(PDF_FIXTURES, name);

/**
 * A file just over the viewer's size limit, made sparse (it takes no room on disk): the
 * viewer must refuse it before reading it.
 */
export function oversizePdf(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hsc-pdf-')), 'very-large.pdf');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, MAX_PDF_BYTES + 1);
  closeSync(fd);
  return path;
}

/** In the page: the texts of the extension's painted highlights (lower case, in order). */
export function paintedTerms(): string[] {
  const texts: { text: string; range: Range }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('hsc-') || name === 'hsc-active') continue;
    for (const r of highlight as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      try {
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
      } catch {
        continue;
      }
      texts.push({ text: range.toString().replace(/\s+/g, ' ').toLowerCase(), range });
    }
  }
  return texts
    .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range))
    .map((t) => t.text);
}

/** In the page: the middle of the first painted occurrence of `term` (lower case). */
export function pointOfTerm(term: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('hsc-') || name === 'hsc-active') continue;
    for (const r of highlight as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString().toLowerCase() !== term) continue;
      const box = range.getClientRects()[0];
      if (box) return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
    }
  }
  return null;
}

/** In the page: what the viewer shows now (for polling). */
export function viewerState() {
  const container = document.querySelector<HTMLElement>('.viewer-container');
  return {
    problem: document.querySelector('[data-problem]')?.getAttribute('data-problem') ?? null,
    problemText: document.querySelector('[data-problem]')?.textContent ?? null,
    password: document.querySelector('input[type=password]') !== null,
    wrongPassword: document.querySelector('.viewer-wrong') !== null,
    permissionSite: document.querySelector('[data-site]')?.getAttribute('data-site') ?? null,
    noText: document.querySelector('[data-notice="no-text"]') !== null,
    ready: container?.dataset.ready === 'true',
    pages: document.querySelectorAll('.pdfViewer .page').length,
    textSpans: document.querySelectorAll('.textLayer span').length,
    pageInput: document.querySelector<HTMLInputElement>('.viewer-page-input')?.value ?? null,
    ofPages: document.querySelector('.viewer-of-pages')?.textContent ?? null,
    langs: [...document.querySelectorAll('.pdfViewer .page')].map((p) => p.getAttribute('lang')),
    /** Pages whose canvas holds pixels now (far pages give theirs back). */
    canvases: [...document.querySelectorAll('.pdfViewer .page canvas')].filter(
      (c) => (c as HTMLCanvasElement).width > 0,
    ).length,
    zoom: document.querySelector<HTMLSelectElement>('.viewer-zoom select')?.value ?? null,
  };
}
export type ViewerState = ReturnType<typeof viewerState>;
