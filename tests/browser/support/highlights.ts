import type { Frame, Page } from 'playwright-core';
import { settleInPage } from '../../support/settle-in-page.mjs';
import type { SettleArgs, Settled } from '../../support/settle-in-page.mjs';

/**
 * In the page: the texts of the extension's highlights, in lower case with their spaces
 * collapsed, in document order. With `name` ("hsc-team-underline"), of that one highlight;
 * without, of every highlight of the extension but the active term's (hsc-active). It runs in
 * the page (pass it to page.evaluate, in Playwright or Puppeteer), so it is self-contained.
 */
export function readHighlights(name?: string): string[] {
  const texts: { text: string; range: Range }[] = [];
  for (const [key, highlight] of CSS.highlights) {
    const wanted = name ? key === name : key.startsWith('hsc-') && key !== 'hsc-active';
    if (!wanted) continue;
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
    .sort((a, b) => {
      try {
        return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
      } catch {
        return 0; // In different trees (a shadow root): keep the order found.
      }
    })
    .map((t) => t.text);
}

/**
 * The texts of the terms the extension highlighted, read from the page's main world
 * (highlights registered by a content script are visible there), in document order.
 */
export function highlightedTexts(target: Page | Frame): Promise<string[]> {
  return target.evaluate(readHighlights, undefined);
}

/** The texts painted in one named highlight ("hsc-team-underline"), in document order. */
export function highlightedIn(target: Page | Frame, name: string): Promise<string[]> {
  return target.evaluate(readHighlights, name);
}

/** Names of the registered highlights of the extension that hold ranges. */
export function highlightNames(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name, h]) => name.startsWith('hsc-') && h.size > 0)
      .map(([name]) => name),
  );
}

/** Waits until the highlighted texts equal `predicate`'s liking, polling. */
export async function waitForHighlights(
  target: Page | Frame,
  predicate: (texts: string[]) => boolean,
  timeoutMs = 5_000,
): Promise<string[]> {
  const start = Date.now();
  let texts: string[] = [];
  while (Date.now() - start < timeoutMs) {
    texts = await highlightedTexts(target);
    if (predicate(texts)) return texts;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return texts;
}

/** Runs `settleInPage` in a page: `(fn, arg) => page.evaluate(fn, arg)`, in either driver. */
type InPage = (fn: (arg: SettleArgs) => Promise<Settled>, arg: SettleArgs) => Promise<Settled>;

/** The highlighted texts once the extension has settled on the page (see settleInPage). */
export async function settledHighlights(inPage: InPage, quietMs = 400): Promise<string[]> {
  const { started, texts } = await inPage(settleInPage, { quietMs, timeoutMs: 8_000 });
  if (!started) throw new Error('The extension did not start highlighting on this page.');
  return texts;
}
