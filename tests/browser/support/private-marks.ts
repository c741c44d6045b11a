import { PNG } from 'pngjs';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/**
 * The user's own terms and team terms are drawn in a closed shadow root that neither the
 * page nor a test can read (highlighting/private-marks.ts). A test sees them as the
 * user does: it finds the word on the page, takes a picture of it, and looks for the mark's
 * colour under it. Runs in Playwright (Chromium) and Puppeteer (Firefox) alike.
 */
export type MarkKind = 'own' | 'team';

/** The marks' colours in the underline style (private-marks.css). */
const COLOURS: Record<MarkKind, readonly [number, number, number]> = {
  own: [0xbe, 0x18, 0x5d],
  team: [0x43, 0x38, 0xca],
};

interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a test needs of a page, the same in either driver. */
interface Pictured {
  evaluate: (fn: typeof placeOf, arg: string) => Promise<Clip | null>;
  screenshot: (options: { clip: Clip }) => Promise<Uint8Array>;
}

/**
 * In the page: scrolls the first occurrence of `word` (any case) in the body's text into
 * view and gives its rectangle, once the marks had two frames to follow; null if absent.
 */
async function placeOf(word: string): Promise<Clip | null> {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const wanted = word.toLowerCase();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.nodeValue ?? '').toLowerCase().indexOf(wanted);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    const before = range.getBoundingClientRect();
    if (before.width === 0 || before.height === 0) continue;
    node.parentElement?.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const rect = range.getBoundingClientRect();
    return {
      x: Math.max(0, Math.floor(rect.left)),
      y: Math.max(0, Math.floor(rect.top)),
      width: Math.ceil(rect.width),
      height: Math.ceil(rect.height) + 3,
    };
  }
  return null;
}

/** How many pixels of `picture` are close to `colour`. */
function pixelsOf(picture: Uint8Array, colour: readonly [number, number, number]): number {
  const png = PNG.sync.read(Buffer.from(picture));
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const distance =
      Math.abs(png.data[i]! - colour[0]) +
      Math.abs(png.data[i + 1]! - colour[1]) +
      Math.abs(png.data[i + 2]! - colour[2]);
    if (distance < 60) count++;
  }
  return count;
}

/** Of `words`, those the user sees marked as `kind` (own or team terms) on the page, in order. */
export async function markedWords(
  target: PlaywrightPage | PuppeteerPage,
  words: readonly string[],
  kind: MarkKind,
): Promise<string[]> {
  const page = target as unknown as Pictured;
  const marked: string[] = [];
  for (const word of words) {
    const clip = await page.evaluate(placeOf, word);
    if (!clip) continue;
    if (pixelsOf(await page.screenshot({ clip }), COLOURS[kind]) >= 4) marked.push(word);
  }
  return marked;
}
