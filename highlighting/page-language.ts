import { browser } from 'wxt/browser';
import { pageLanguages } from '../utils/highlight/text-language';
import type { DetectedLanguage, TextLanguages } from '../utils/highlight/text-language';

/** Enough text for the detector to be sure, little enough to read in a blink. */
const SAMPLE_CHARS = 4000;
/** Below this the detector is not asked: too little to go on. */
const MIN_SAMPLE_CHARS = 200;

/**
 * A sample of the page's running text: paragraphs and list items first (the article, not
 * the menus), read in place without layout; menus, hidden and editable parts left out.
 */
export function sampleText(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  const parts: string[] = [];
  let length = 0;
  for (const element of root.querySelectorAll('p, li, blockquote, dd, td, h1, h2, h3')) {
    if (length >= SAMPLE_CHARS) break;
    if (element.closest('nav, header, footer, [contenteditable], [hidden]')) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 20) continue;
    parts.push(text);
    length += text.length + 1;
  }
  if (length < MIN_SAMPLE_CHARS) {
    parts.push((root.textContent ?? '').replace(/\s+/g, ' ').slice(0, SAMPLE_CHARS));
  }
  return parts.join(' ').slice(0, SAMPLE_CHARS);
}

/**
 * The glossaries for the page's own text: its declared language, read against what the
 * browser's offline language detector (`i18n.detectLanguage`, no network) finds in it.
 */
export async function detectPageLanguages(doc: Document): Promise<TextLanguages> {
  // Nothing is read while the tab is hidden: the page is read when it is first shown.
  if (doc.hidden) {
    await new Promise<void>((resolve) => {
      const onShown = () => {
        if (doc.hidden) return;
        doc.removeEventListener('visibilitychange', onShown);
        resolve();
      };
      doc.addEventListener('visibilitychange', onShown);
    });
  }
  // The page's own language: on <html>, or on <body> where <html> has none.
  const declared =
    doc.documentElement.getAttribute('lang') || doc.body?.getAttribute('lang') || null;
  const sample = sampleText(doc);
  let detected: DetectedLanguage | null = null;
  if (sample.length >= MIN_SAMPLE_CHARS) {
    detected = await browser.i18n.detectLanguage(sample).catch(() => null);
  }
  return pageLanguages(declared, detected);
}
