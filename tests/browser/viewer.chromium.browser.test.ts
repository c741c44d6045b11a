import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { makeLongPdf, makePdf } from '../support/make-pdf.mjs';
import { cardDriver } from './support/card';
import { launchChromium } from './support/chromium';
import type { ChromiumSession } from './support/chromium';
import { CHROME_BUILD } from './support/paths';
import { saveScreenshot } from './support/screenshot';
import { startFixtureServer } from './support/server';
import type { FixtureServer } from './support/server';
import { oversizePdf, paintedTerms, pdfFixture, pointOfTerm, viewerState } from './support/viewer';

let server: FixtureServer;
let session: ChromiumSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchChromium({ lang: 'en' });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const viewerUrl = (search = '') => `chrome-extension://${session.extensionId}/viewer.html${search}`;

async function openViewer(search = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(viewerUrl(search));
  await page.locator('.viewer-toolbar').waitFor();
  // In front, as a reader's tab is: a tab behind others gets its frames held back.
  await page.bringToFront();
  return page;
}

/** Opens a PDF through "Open a PDF…" (the file input), as a user would. */
async function openFile(page: Page, file: string | { name: string; buffer: Buffer }) {
  const input = page.locator('[data-testid=pdf-file]');
  if (typeof file === 'string') await input.setInputFiles(file);
  else await input.setInputFiles({ ...file, mimeType: 'application/pdf' });
}

const state = (page: Page) => page.evaluate(viewerState);
const painted = (page: Page) => page.evaluate(paintedTerms);

async function worker(): Promise<Worker> {
  return (
    session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'))
  );
}

/** Sends a message to a tab the way the background does (commands, the popup's questions). */
async function sendToTab(page: Page, message: object): Promise<unknown> {
  const sw = await worker();
  const url = page.url();
  return sw.evaluate(
    async ([msg, href]) => {
      const [tab] = await chrome.tabs.query({ url: href.split('?')[0] + '*' });
      const reply: unknown = await chrome.tabs.sendMessage(tab!.id!, msg, { frameId: 0 });
      return reply;
    },
    [message, url] as const,
  );
}

const CARE_TERMS = [
  'holding space',
  'drama triangle',
  'compassion fatigue',
  'dramadriehoek',
  'gedwongen kader',
  'zelfregie',
  'compassiemoeheid',
];

describe('the PDF viewer in Chromium', () => {
  it('opens a PDF from a file: pages, text layer, each page in its own language, highlights', async () => {
    const page = await openViewer();
    expect((await state(page)).ready).toBe(false);
    await openFile(page, pdfFixture('care-en-nl.pdf'));
    await expect
      .poll(() => painted(page), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(CARE_TERMS));
    const now = await state(page);
    expect(now.ofPages).toBe('of 2');
    expect(now.langs).toEqual(['en', 'nl']);
    expect(now.problem).toBeNull();
    expect(now.noText).toBe(false);
    // Only the PDF's text: nothing in the toolbar, and the file name is the title.
    expect(await page.title()).toContain('care-en-nl.pdf');
    await page.close();
  });

  it('shows the card for a term in the PDF on hover, and the text can be found and selected', async () => {
    const page = await openViewer();
    await openFile(page, pdfFixture('care-en-nl.pdf'));
    await expect.poll(() => painted(page), { timeout: 10_000 }).toContain('drama triangle');
    const at = await page.evaluate(pointOfTerm, 'drama triangle');
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    const card = await cardDriver(page);
    await expect
      .poll(() => card.text('.card'), { timeout: 3_000 })
      .toContain(content.en.glossary['drama-triangle'].explanation);
    expect(await card.exists('.card button.hide')).toBe(true);
    await saveScreenshot(page, 'pdf-viewer-en', { x: 0, y: 0, width: 900, height: 420 });
    await card.close();
    // The browser's find works on the text layer, and its text can be selected and copied.
    const find = (text: string) =>
      (window as unknown as { find: (text: string) => boolean }).find(text);
    expect(await page.evaluate(find, 'gedwongen kader')).toBe(true);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('gedwongen kader');
    await page.close();
  });

  it("answers the popup's This page with the whole document's terms, and goes to one", async () => {
    const page = await openViewer();
    await openFile(page, pdfFixture('care-en-nl.pdf'));
    await expect.poll(() => painted(page), { timeout: 10_000 }).toContain('zelfregie');
    const reply = (await sendToTab(page, { type: 'page-terms' })) as {
      on: boolean;
      terms: { id: string; count: number }[];
    };
    expect(reply.on).toBe(true);
    expect(reply.terms).toContainEqual({ id: 'drama-triangle', count: 2 });
    expect(reply.terms).toContainEqual({ id: 'holding-space', count: 3 });

    const popup = await session.openPopup();
    await page.bringToFront();
    await popup.locator('#tab-this-page').click();
    const item = popup.locator('[data-term="drama-triangle"]');
    await item.waitFor();
    expect(await item.textContent()).toContain('2 times');
    await item.click();
    const card = await cardDriver(page);
    await expect
      .poll(() => card.text('.card'), { timeout: 3_000 })
      .toContain(content.en.glossary['drama-triangle'].term);
    await card.close();
    await popup.close();
    await page.close();
  });

  it('follows the keyboard route through the highlights (the commands the background sends)', async () => {
    const page = await openViewer();
    await openFile(page, pdfFixture('care-en-nl.pdf'));
    await expect.poll(() => painted(page), { timeout: 10_000 }).toContain('holding space');
    await sendToTab(page, { type: 'command', command: 'next-highlight' });
    const active = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('hsc-active') as unknown as
          Iterable<AbstractRange> | undefined;
        const r = h ? [...h][0] : undefined;
        if (!r) return null;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString().toLowerCase();
      });
    await expect.poll(active).toBe('holding space');
    await sendToTab(page, { type: 'command', command: 'next-highlight' });
    await expect.poll(active).toBe('holding space');
    await sendToTab(page, { type: 'command', command: 'next-highlight' });
    await expect.poll(active).toBe('rescuer role');
    await sendToTab(page, { type: 'command', command: 'previous-highlight' });
    await expect.poll(active).toBe('holding space');
    await page.close();
  });

  it('the keyboard route goes on to the next page with a term, far away and round the end', async () => {
    const page = await openViewer();
    const filler = (n: number) => ({
      lines: Array.from({ length: 30 }, (_, i) => `Page ${n}, line ${i}: dates, rooms and plans.`),
    });
    const pages = Array.from({ length: 40 }, (_, i) => filler(i + 1));
    pages[0] = { lines: ['The drama triangle has three roles.', ...filler(1).lines] };
    pages[34] = { lines: ['Compassion fatigue is common.', ...filler(35).lines] };
    await openFile(page, { name: 'far.pdf', buffer: makePdf({ pages }) });
    await expect.poll(() => painted(page), { timeout: 10_000 }).toContain('drama triangle');
    const active = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('hsc-active') as unknown as
          Iterable<AbstractRange> | undefined;
        const r = h ? [...h][0] : undefined;
        if (!r) return null;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const pageNumber = r.startContainer.parentElement
          ?.closest('.page')
          ?.getAttribute('data-page-number');
        return `${range.toString().toLowerCase()} @${pageNumber}`;
      });
    await sendToTab(page, { type: 'command', command: 'next-highlight' });
    await expect.poll(active).toBe('drama triangle @1');
    await sendToTab(page, { type: 'command', command: 'next-highlight' });
    await expect.poll(active, { timeout: 8_000 }).toBe('compassion fatigue @35');
    await expect.poll(async () => (await state(page)).pageInput).toBe('35');
    await sendToTab(page, { type: 'command', command: 'next-highlight' });
    await expect.poll(active, { timeout: 8_000 }).toBe('drama triangle @1');
    await sendToTab(page, { type: 'command', command: 'previous-highlight' });
    await expect.poll(active, { timeout: 8_000 }).toBe('compassion fatigue @35');
    await page.close();
  });

  it('goes to a page, zooms, fits the width, and pages with the keyboard', async () => {
    const page = await openViewer();
    await openFile(page, { name: 'report.pdf', buffer: makeLongPdf(12) });
    await expect.poll(async () => (await state(page)).ofPages, { timeout: 10_000 }).toBe('of 12');
    const input = page.locator('.viewer-page-input');
    await input.fill('7');
    await input.press('Enter');
    await expect.poll(async () => (await state(page)).pageInput).toBe('7');
    await page.locator('.viewer-container').focus();
    await page.keyboard.press('n');
    await expect.poll(async () => (await state(page)).pageInput).toBe('8');
    await page.keyboard.press('k');
    await expect.poll(async () => (await state(page)).pageInput).toBe('7');
    // The browser scrolls smoothly for these keys: wait until the scroll has arrived.
    const scrolled = () =>
      page.evaluate(() => {
        const c = document.querySelector('.viewer-container')!;
        return c.scrollTop === 0
          ? 'top'
          : c.scrollTop + c.clientHeight >= c.scrollHeight - 2
            ? 'end'
            : 'between';
      });
    await page.keyboard.press('End');
    await expect.poll(scrolled, { timeout: 5_000 }).toBe('end');
    await expect.poll(async () => (await state(page)).pageInput, { timeout: 5_000 }).toBe('12');
    await page.keyboard.press('Home');
    await expect.poll(scrolled, { timeout: 5_000 }).toBe('top');
    await expect.poll(async () => (await state(page)).pageInput, { timeout: 5_000 }).toBe('1');

    expect((await state(page)).zoom).toBe('page-width');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await state(page)).zoom).not.toBe('page-width');
    await page.locator('.viewer-zoom select').selectOption('page-fit');
    await expect.poll(async () => (await state(page)).zoom).toBe('page-fit');
    await page.keyboard.press('Control+0');
    await expect.poll(async () => (await state(page)).zoom).toBe('page-width');
    await page.close();
  });

  it('renders pages as they come into view and gives the canvases of far pages back', async () => {
    const page = await openViewer();
    await openFile(page, { name: 'long.pdf', buffer: makeLongPdf(60) });
    await expect.poll(async () => (await state(page)).pages, { timeout: 10_000 }).toBe(60);
    await expect.poll(async () => (await state(page)).canvases).toBeGreaterThan(0);
    expect((await state(page)).canvases).toBeLessThan(5);
    // Scroll through to the end, a screen and a half at a time, a frame apart.
    for (let n = 0; n < 300; n++) {
      const atEnd = await page.evaluate(async () => {
        const c = document.querySelector('.viewer-container')!;
        c.scrollTop += c.clientHeight * 1.5;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
        return c.scrollTop + c.clientHeight >= c.scrollHeight - 2;
      });
      if (atEnd) break;
    }
    await expect.poll(async () => (await state(page)).pageInput, { timeout: 5_000 }).toBe('60');
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              document
                .querySelector('.page[data-page-number="60"] canvas')
                ?.getAttribute('width') ?? null,
          ),
        { timeout: 5_000 },
      )
      .not.toBeNull();
    // PDF.js keeps about ten pages' views; far ones give their canvases back.
    expect((await state(page)).canvases).toBeLessThanOrEqual(12);
    await page.close();
  });

  it('gives each bad file its own message, and asks for a password', async () => {
    const page = await openViewer();
    await openFile(page, pdfFixture('broken.pdf'));
    await expect.poll(async () => (await state(page)).problem, { timeout: 10_000 }).toBe('broken');
    await openFile(page, pdfFixture('not-a-pdf.pdf'));
    await expect.poll(async () => (await state(page)).problem).toBe('not-pdf');
    await openFile(page, oversizePdf());
    await expect.poll(async () => (await state(page)).problem).toBe('too-large');
    await openFile(page, pdfFixture('scan.pdf'));
    await expect.poll(async () => (await state(page)).noText, { timeout: 10_000 }).toBe(true);
    expect((await state(page)).ready).toBe(true);

    await openFile(page, pdfFixture('password.pdf'));
    await expect.poll(async () => (await state(page)).password, { timeout: 10_000 }).toBe(true);
    await page.locator('input[type=password]').fill('wrong');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await state(page)).wrongPassword, { timeout: 10_000 })
      .toBe(true);
    await page.locator('input[type=password]').fill('steun');
    await page.keyboard.press('Enter');
    await expect.poll(() => painted(page), { timeout: 10_000 }).toContain('drama triangle');
    await page.close();
  });

  it('asks for exactly the site of a PDF on the web, saying why, before reading anything', async () => {
    const address = server.url('pdf/care-en-nl.pdf');
    const page = await openViewer(`?file=${encodeURIComponent(address)}`);
    await expect.poll(async () => (await state(page)).permissionSite).toBe('127.0.0.1');
    expect(await page.locator('.viewer-permission').textContent()).toContain(
      content.en.ui.viewerPermissionWhy('127.0.0.1'),
    );
    const local = await openViewer(`?file=${encodeURIComponent('file:///home/me/a.pdf')}`);
    await expect.poll(async () => (await state(local)).problem).toBe('local-address');
    await local.close();
    await page.close();
  });

  it('"Open with highlights" on a link to a PDF opens it in the viewer', async () => {
    const address = server.url('pdf/care-en-nl.pdf');
    const popup = await session.openPopup();
    const opened = session.context.waitForEvent('page');
    const tabId = await popup.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    await popup.evaluate(
      async (click) => {
        await chrome.runtime.sendMessage({ type: 'menu-click', click });
      },
      {
        menuItemId: 'open-pdf',
        selectionText: '',
        pageUrl: '',
        tabId,
        frameId: 0,
        linkUrl: address,
      },
    );
    const viewer = await opened;
    await viewer.waitForURL(viewerUrl(`?file=${encodeURIComponent(address)}`));
    await expect.poll(async () => (await state(viewer)).permissionSite).toBe('127.0.0.1');
    await viewer.close();
    await popup.close();
  });

  it('keeps PDF.js in the viewer: the content script stays small and does not carry it', () => {
    const script = readFileSync(join(CHROME_BUILD, 'content-scripts/content.js'));
    expect(gzipSync(script, { level: 9 }).length).toBeLessThan(20 * 1024);
    expect(script.includes('GlobalWorkerOptions')).toBe(false);
    expect(readFileSync(join(CHROME_BUILD, 'background.js')).includes('GlobalWorkerOptions')).toBe(
      false,
    );
  });

  it('logged no errors', () => {
    expect(session.errors).toEqual([]);
  });
});
