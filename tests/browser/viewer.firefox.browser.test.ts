import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, waitForPage } from './support/firefox';
import type { FirefoxSession } from './support/firefox';
import { startFixtureServer } from './support/server';
import type { FixtureServer } from './support/server';
import { oversizePdf, paintedTerms, pdfFixture, pointOfTerm, viewerState } from './support/viewer';

let server: FixtureServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await startFixtureServer();
  // Optional permissions are granted without a prompt here, as if the user said yes (a
  // prompt can't be answered in a headless test).
  session = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openViewer(search = ''): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 900, height: 700 });
  const url = `${session.baseUrl}/viewer.html${search}`;
  // Navigating to an extension page never resolves here (see support/firefox.ts).
  page.goto(url).catch(() => undefined);
  await waitForPage(page, url, '.viewer-toolbar');
  await page.bringToFront();
  return page;
}

/** "Open a PDF…": the file input, given a file from disk. */
async function openFile(page: Page, path: string) {
  const input = await page.$('[data-testid=pdf-file]');
  await (input as unknown as { uploadFile: (p: string) => Promise<void> }).uploadFile(path);
}

const state = (page: Page) => page.evaluate(viewerState);
const painted = (page: Page) => page.evaluate(paintedTerms);

describe('the PDF viewer in Firefox ESR', () => {
  it('opens a PDF from a file and paints the terms of each page in its language', async () => {
    const page = await openViewer();
    await openFile(page, pdfFixture('care-en-nl.pdf'));
    await expect
      .poll(() => painted(page), { timeout: 15_000 })
      .toEqual(
        expect.arrayContaining([
          'holding space',
          'drama triangle',
          'compassion fatigue',
          'dramadriehoek',
          'gedwongen kader',
          'zelfregie',
        ]),
      );
    const now = await state(page);
    expect(now.ofPages).toBe('of 2');
    expect(now.langs).toEqual(['en', 'nl']);
    await page.close();
  });

  it('opens the card for a term under the pointer', async () => {
    const page = await openViewer();
    await openFile(page, pdfFixture('care-en-nl.pdf'));
    await expect.poll(() => painted(page), { timeout: 15_000 }).toContain('drama triangle');
    const at = await page.evaluate(pointOfTerm, 'drama triangle');
    expect(at).not.toBeNull();
    // The card lives in a closed shadow root: what can be seen from here is its host, added
    // to the page when the card is first shown.
    const hosts = () =>
      page.evaluate(
        () =>
          [...document.documentElement.children].filter(
            (el) => el.localName === 'div' && el.getAttribute('style')?.includes('2147483647'),
          ).length,
      );
    expect(await hosts()).toBe(0);
    await page.mouse.move(at!.x, at!.y);
    await page.mouse.move(at!.x + 1, at!.y);
    await expect.poll(hosts, { timeout: 3_000 }).toBe(1);
    const find = (text: string) =>
      (window as unknown as { find: (text: string) => boolean }).find(text);
    expect(await page.evaluate(find, 'gedwongen kader')).toBe(true);
    await page.close();
  });

  it('gives each bad file its own message, and asks for a password', async () => {
    const page = await openViewer();
    await openFile(page, pdfFixture('broken.pdf'));
    await expect.poll(async () => (await state(page)).problem, { timeout: 15_000 }).toBe('broken');
    await openFile(page, pdfFixture('not-a-pdf.pdf'));
    await expect.poll(async () => (await state(page)).problem).toBe('not-pdf');
    await openFile(page, oversizePdf());
    await expect.poll(async () => (await state(page)).problem).toBe('too-large');
    await openFile(page, pdfFixture('scan.pdf'));
    await expect.poll(async () => (await state(page)).noText, { timeout: 15_000 }).toBe(true);
    await openFile(page, pdfFixture('password.pdf'));
    await expect.poll(async () => (await state(page)).password, { timeout: 15_000 }).toBe(true);
    await page.type('input[type=password]', 'steun');
    await page.keyboard.press('Enter');
    await expect.poll(() => painted(page), { timeout: 15_000 }).toContain('drama triangle');
    await page.close();
  });

  it('offers "Open this PDF with highlights" in the popup for a tab that shows a PDF', async () => {
    const address = server.url('pdf/care-en-nl.pdf');
    const tab = await session.browser.newPage();
    // Firefox shows the PDF in its own viewer; the navigation's load never settles for
    // puppeteer there: wait for the address instead.
    tab.goto(address).catch(() => undefined);
    await expect.poll(() => tab.url(), { timeout: 10_000 }).toBe(address);
    const popup = await session.openPopup();
    await tab.bringToFront();
    // The popup asks for the active tab when it opens: open it again behind the PDF's tab
    // (reloading an extension page never settles for puppeteer either).
    await popup.evaluate(() => {
      (window as unknown as { reloaded?: boolean }).reloaded = false;
      setTimeout(() => location.reload(), 0);
    });
    // Ready once a new document (without the old one's mark) shows the tips.
    await expect
      .poll(
        () =>
          popup
            .evaluate(() => !('reloaded' in window) && document.querySelector('.tip-card') !== null)
            .catch(() => false),
        { timeout: 10_000 },
      )
      .toBe(true);
    const button = () =>
      popup.evaluate(() => document.querySelector('[data-action="open-pdf"]')?.textContent ?? null);
    await expect.poll(button, { timeout: 5_000 }).toBe('Open this PDF with highlights');
    await popup.close();
    await tab.close();
  });

  it('reads a PDF from its site once the user allows exactly that site', async () => {
    const address = server.url('pdf/care-en-nl.pdf');
    // Firefox grants the content script's sites (every http page) at install: take that
    // back first, as a user can in the add-on's permissions, so the viewer has to ask.
    const first = await openViewer();
    await first.evaluate(() => browser.permissions.remove({ origins: ['http://*/*'] }));
    expect(
      await first.evaluate(() => browser.permissions.contains({ origins: ['http://127.0.0.1/*'] })),
    ).toBe(false);
    await first.close();
    const page = await openViewer(`?file=${encodeURIComponent(address)}`);
    await expect.poll(async () => (await state(page)).permissionSite).toBe('127.0.0.1');
    await page.click('.viewer-permission button.primary');
    await expect.poll(() => painted(page), { timeout: 15_000 }).toContain('gedwongen kader');
    expect(
      await page.evaluate(() => browser.permissions.contains({ origins: ['http://127.0.0.1/*'] })),
    ).toBe(true);
    await page.close();
  });
});
