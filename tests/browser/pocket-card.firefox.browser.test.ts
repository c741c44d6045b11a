import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { TIP_IDS } from '../../utils/texts/ids';
import { launchFirefox } from './support/firefox';
import type { FirefoxSession } from './support/firefox';

/**
 * The page objects of a PDF as Firefox writes it (its own writer, not Skia's: the objects
 * sit in compressed object streams), with each page's size in points.
 */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  const parts = [text];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    try {
      parts.push(inflateSync(pdf.subarray(match.index + match[0].length)).toString('latin1'));
    } catch {
      // Not a Flate stream (or not one at all): nothing to read in it.
    }
  }
  const all = parts.join('\n');
  const pages = all.match(/\/Type\s*\/Page(?![a-zA-Z])[^]*?(?=endobj|\/Type\s*\/Page|$)/g) ?? [];
  return pages.map((page) => {
    const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)/.exec(
      page.includes('/MediaBox') ? page : all,
    );
    return box
      ? { width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]) }
      : { width: 0, height: 0 };
  });
}

describe('pocket card in Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the eight tips and prints to one landscape A4 page', async () => {
    const page = await session.browser.newPage();
    const url = `${session.baseUrl}/pocket-card.html`;
    // Navigating to an extension page never resolves here: start it, then wait for the
    // content, asked afresh in whatever document is there.
    page.goto(url).catch(() => undefined);
    await expect
      .poll(
        () =>
          page
            .evaluate(
              (href) =>
                location.href === href && document.querySelectorAll('.pocket-tips li').length,
              url,
            )
            .catch(() => 0),
        { timeout: 20_000 },
      )
      .toBe(TIP_IDS.length);
    const titles = await page.$$eval('.pocket-tips h3', (nodes) => nodes.map((n) => n.textContent));
    expect(titles).toEqual(TIP_IDS.map((id) => content.en.tips[id].title));
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = pdfPages(pdf);
    expect(pages.length).toBe(1);
    // A4 landscape: 842 × 595 points (Firefox rounds to whole points).
    expect(Math.abs(pages[0]!.width - 842)).toBeLessThan(2);
    expect(Math.abs(pages[0]!.height - 595)).toBeLessThan(2);
    await page.close();
  });
});
