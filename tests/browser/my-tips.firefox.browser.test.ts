import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { launchFirefox } from './support/firefox';
import type { FirefoxSession } from './support/firefox';
import { markedWords } from './support/private-marks';
import { startFixtureServer } from './support/server';
import type { FixtureServer } from './support/server';

const { ui } = content.en;

describe('My tips in Firefox ESR', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('adds a tip that survives reopening the popup', async () => {
    let page = await session.openPopup();
    await page.click('#tab-my-tips');
    await page.waitForSelector('.my-tips input[name="text"]');
    await page.type('.my-tips input[name="text"]', 'Silence is fine');
    await page.click('.add-tip button[type="submit"]');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.my-tip-text')].some(
        (p) => p.textContent === 'Silence is fine',
      ),
    );
    await page.close();

    page = await session.openPopup();
    await page.click('#tab-my-tips');
    await page.waitForSelector('.my-tip-text');
    const texts = await page.$$eval('.my-tip-text', (nodes) => nodes.map((n) => n.textContent));
    expect(texts).toEqual(['Silence is fine']);
    expect(await page.$eval('#tab-my-tips', (tab) => tab.textContent)).toBe(ui.tabMyTips);
    await page.close();
  });

  it('"Highlight this term": "saved" is told only to the frame that asked, not to other frames', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('iframe.html'));
    await page.bringToFront();
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('hsc-underline-teal')?.size ?? 0))
      .toBeGreaterThan(0);
    const popup = await session.openPopup();
    await page.bringToFront();
    await popup.evaluate(async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      await browser.runtime.sendMessage({
        type: 'menu-click',
        click: {
          menuItemId: 'highlight-term',
          selectionText: 'outer page',
          pageUrl: '',
          tabId: tab!.id!,
          frameId: 0,
        },
      });
    });
    // BiDi reports a frame of an extension page as about:blank: its address is read from it.
    const frameWhere = async (part: string) => {
      for (const f of page.frames()) {
        const href = await f.evaluate(() => location.href).catch(() => '');
        if (href.includes(part)) return f;
      }
      return undefined;
    };
    await expect
      .poll(async () => (await frameWhere('/ask-term.html')) !== undefined, { timeout: 5_000 })
      .toBe(true);
    const form = (await frameWhere('/ask-term.html'))!;
    await form.waitForSelector('textarea.ask-explanation');
    await form.type('textarea.ask-explanation', 'The page around the frame.');
    await form.click('button.save');
    // The card's host (which shows the notice) is the extension's element on top of all.
    const cardHosts = () =>
      [...document.documentElement.children].filter((el) =>
        el.getAttribute('style')?.includes('2147483647'),
      ).length;
    await expect.poll(() => frameWhere('/ask-term.html').then((f) => f === undefined)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const child = (await frameWhere('iframe-child.html'))!;
    expect(await child.evaluate(cardHosts)).toBe(0);
    expect(await page.evaluate(cardHosts)).toBe(1);
    await popup.evaluate(() => browser.storage.local.set({ ownTerms: [] }));
    await popup.close();
    await page.close();
  });

  it('"Highlight this term" opens its form in a frame of its own, and the term is highlighted', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('spy-keys.html'));
    await page.bringToFront();
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('hsc-underline-teal')?.size ?? 0))
      .toBeGreaterThan(0);
    // Through the very code the menu calls (a native menu can't be clicked here), sent from
    // an extension page while the article's tab is the active one.
    const popup = await session.openPopup();
    await page.bringToFront();
    await popup.evaluate(async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      await browser.runtime.sendMessage({
        type: 'menu-click',
        click: {
          menuItemId: 'highlight-term',
          selectionText: 'Carers',
          pageUrl: '',
          tabId: tab!.id!,
          frameId: 0,
        },
      });
    });
    // BiDi reports a frame of an extension page as about:blank: its address is read from it.
    const frameOf = async () => {
      for (const f of page.frames()) {
        const href = await f.evaluate(() => location.href).catch(() => '');
        if (href.includes('/ask-term.html')) return f;
      }
      return undefined;
    };
    await expect.poll(async () => (await frameOf()) !== undefined, { timeout: 5_000 }).toBe(true);
    const frame = (await frameOf())!;
    await frame.waitForSelector('textarea.ask-explanation');
    await page.evaluate(() => ((window as unknown as { __seen: string[] }).__seen = []));
    await frame.type('textarea.ask-explanation', 'People who look after someone.');
    await frame.click('button.save');
    await expect.poll(() => markedWords(page, ['carers'], 'own')).toEqual(['carers']);
    expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual(
      [],
    );
    await popup.close();
    await page.close();
  });
});
