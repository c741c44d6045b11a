import * as pdfjs from 'pdfjs-dist';

// PDF.js's viewer components (pdfjs-dist/web/pdf_viewer.mjs) read the library from
// globalThis.pdfjsLib when they are evaluated: this module is imported before them.
(globalThis as { pdfjsLib?: typeof pdfjs }).pdfjsLib = pdfjs;

export { pdfjs };
