import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../wxt.config';
import { launchFirefox } from './support/firefox';
import type { FirefoxSession } from './support/firefox';
import { readHighlights, settledHighlights } from './support/highlights';
import {
  CANDIDATES,
  PLANTED_OWN_TERMS,
  PLANTED_TEAM_LISTS,
  PLANTED_WORDS,
} from './support/planted';
import type { Planter } from './support/planted';
import { markedWords } from './support/private-marks';
import { QUIET_FIXTURES, quietProblems } from './support/quiet-fixtures';
import { startFixtureServer } from './support/server';
import type { FixtureServer } from './support/server';

/** The texts of the extension's highlights, read from the page (as in Chromium). */
const highlighted = (page: Page) => page.evaluate(readHighlights);

describe('highlighting in Firefox ESR', () => {
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

  /** Opens a fixture page in front and waits until `term` is highlighted. */
  async function openWith(path: string, term: string): Promise<Page> {
    const page = await session.browser.newPage();
    await page.goto(server.url(path));
    await page.bringToFront();
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).toContain(term);
    return page;
  }

  for (const name of QUIET_FIXTURES) {
    it(`${name}: every expected term, and nothing a helper would not want`, async () => {
      const page = await session.browser.newPage();
      await page.goto(server.url(`${name}.html`));
      await page.bringToFront();
      const texts = await settledHighlights((fn, arg) => page.evaluate(fn, arg));
      expect(quietProblems(name, texts)).toEqual([]);
      await page.close();
    });
  }

  it("paints the user's own and team terms where the page can't read them: planted words learn nothing", async () => {
    const popup = await session.openPopup();
    await popup.evaluate(
      (ownTerms, teamLists) => browser.storage.local.set({ ownTerms, teamLists }),
      PLANTED_OWN_TERMS,
      PLANTED_TEAM_LISTS,
    );
    const page = await session.browser.newPage();
    await page.goto(server.url('planted-words.html'));
    await page.bringToFront();
    await page.evaluate((words) => (window as unknown as Planter).plant(words), PLANTED_WORDS);
    // The user sees both terms marked where they are shown…
    await expect.poll(() => markedWords(page, ['walkabout'], 'own')).toEqual(['walkabout']);
    await expect.poll(() => markedWords(page, ['team huddle'], 'team')).toEqual(['team huddle']);
    // …and the page, reading all it can, learns neither.
    const probe = () =>
      page.evaluate((words) => (window as unknown as Planter).probe(words), CANDIDATES);
    const before = await probe();
    expect(before).toEqual({
      paintedAnywhere: [],
      nodeText: [],
      foreign: ['DIV in HTML'], // the marks' host, empty to the page
      foreignHits: 0,
      found: [],
    });
    // The card of their own term, with their note, in the extension's frame: still nothing.
    await page.evaluate(() => scrollTo(0, 0));
    const at = await page.evaluate(() => {
      const text = document.querySelector('#seen')!.firstChild as Text;
      const range = document.createRange();
      const i = text.data.indexOf('walkabout');
      range.setStart(text, i);
      range.setEnd(text, i + 4);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(at.x - 30, at.y);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    // BiDi reports a frame of an extension page as about:blank: its address is read from it.
    const cardText = async () => {
      for (const frame of page.frames()) {
        const text = await frame
          .evaluate(() =>
            location.href.includes('/term-card.html')
              ? (document.querySelector('#card:not([hidden]) .explanation')?.textContent ?? null)
              : null,
          )
          .catch(() => null);
        if (text) return text;
      }
      return null;
    };
    await expect.poll(cardText, { timeout: 5_000 }).toBe('My note on walkabout.');
    const after = await probe();
    expect({ nodeText: after.nodeText, found: after.found }).toEqual({ nodeText: [], found: [] });
    await popup.evaluate(() => browser.storage.local.set({ ownTerms: [], teamLists: [] }));
    await popup.close();
    await page.close();
  });

  it("a page can't hide, cover, disable or remove the card, nor close it with faked keys", async () => {
    const page = await openWith('hostile-card.html', 'drama triangle');
    const at = await page.evaluate(() => {
      const text = document.querySelector('#text')!.firstChild as Text;
      const range = document.createRange();
      const i = text.data.indexOf('drama triangle');
      range.setStart(text, i);
      range.setEnd(text, i + 5);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    const hover = async () => {
      await page.mouse.move(1, 1);
      await page.mouse.move(at.x, at.y, { steps: 3 });
      await page.mouse.move(at.x + 1, at.y);
    };
    await hover();
    // The card, seen from the page: its host on top over part of the screen.
    await expect.poll(() => page.evaluate('grabHost() && hostOnTop()')).toBeGreaterThan(20);
    const onTop = () => page.evaluate('hostOnTop()') as Promise<number>;
    await page.evaluate('forgeClosing()');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await onTop()).toBeGreaterThan(20);
    await page.evaluate('attackHost()');
    await expect.poll(onTop).toBeGreaterThan(20);
    await page.evaluate('removeHost()');
    await expect.poll(() => page.evaluate('hostIsBack()')).toBe(true);
    await hover();
    await expect.poll(onTop).toBeGreaterThan(20);
    await page.close();
  });

  describe('what a page learns of the extension', () => {
    type Traces = { events: string[]; nodes: string[]; highlights: string[] };
    const nothing: Traces = { events: [], nodes: [], highlights: [] };
    /** Opens the page that looks for the extension, navigates in it, adds text, and reads. */
    async function traces(): Promise<Traces> {
      const page = await session.browser.newPage();
      await page.goto(server.url(`no-trace.html?ext=${GECKO_ID}`));
      await page.bringToFront();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await page.evaluate('navigateInPage()');
      await page.evaluate('addNote()');
      await new Promise((resolve) => setTimeout(resolve, 1_800)); // the address: once a second
      const found = (await page.evaluate('traces()')) as Traces;
      await page.close();
      return found;
    }
    const setSettings = async (highlightSettings: object) => {
      const popup = await session.openPopup();
      await popup.evaluate(
        (value) => browser.storage.local.set({ highlightSettings: value }),
        highlightSettings,
      );
      await popup.close();
    };

    it('where the site is switched off, and while paused, the page finds no trace at all', async () => {
      try {
        await setSettings({ disabledSites: ['127.0.0.1'] });
        expect(await traces()).toEqual(nothing);
        await setSettings({ paused: true });
        expect(await traces()).toEqual(nothing);
      } finally {
        await setSettings({});
      }
    });

    it('where it highlights, the page finds only the glossary highlights: no event, no node', async () => {
      const found = await traces();
      expect({ events: found.events, nodes: found.nodes }).toEqual({ events: [], nodes: [] });
      expect(found.highlights.length).toBeGreaterThan(0);
      for (const name of found.highlights) expect(name).toMatch(/^hsc-/);
    });
  });

  it('highlights the terms of a Dutch article, without changing the page', async () => {
    const page = await openWith('article-nl.html', 'gedwongen kader');
    const texts = await highlighted(page);
    expect(texts).toContain('zelfregie');
    expect(texts).toContain('holding space');
    expect(texts.join('|')).not.toContain('triggerhappy');
    expect(
      await page.evaluate(
        () =>
          document.querySelectorAll('mark').length + document.documentElement.children.length - 2,
      ),
    ).toBe(0);
    await page.close();
  });

  it('highlights text added later and drops the terms of text that went', async () => {
    const page = await openWith('dynamic.html', 'dignity of risk');
    await page.evaluate("addPost('A new post about compassion fatigue.')");
    await expect
      .poll(() => highlighted(page), { timeout: 2_000, interval: 20 })
      .toContain('compassion fatigue');
    await page.evaluate('removeFirst()');
    await expect.poll(() => highlighted(page), { timeout: 2_000 }).not.toContain('dignity of risk');
    await page.close();
  });

  it("can't be switched off by the page: a faked 'newer script started' event changes nothing", async () => {
    const page = await openWith('dynamic.html', 'dignity of risk');
    // WXT ends a content script when a newer copy of it says it started, by a DOM event whose
    // name is built from the extension's id (public in Firefox: the gecko id). A page sends it.
    await page.evaluate((name) => {
      const detail = { contentScriptName: 'content', messageId: 'from-the-page' };
      document.dispatchEvent(new CustomEvent(name, { detail }));
    }, `${GECKO_ID}:content:wxt:content-script-started`);
    await page.evaluate("addPost('After the event: a post about compassion fatigue.')");
    await expect
      .poll(() => highlighted(page), { timeout: 2_000, interval: 20 })
      .toContain('compassion fatigue');
    expect(await highlighted(page)).toContain('dignity of risk');
    await page.close();
  });

  it('does nothing in a tab in the background, and catches up when it comes to the front', async () => {
    const page = await openWith('dynamic.html', 'dignity of risk');
    // Headless Firefox really hides a tab behind another one.
    const other = await session.browser.newPage();
    await other.bringToFront();
    await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('hidden');
    await page.evaluate("addPost('While away: a post about compassion fatigue.')");
    await new Promise((resolve) => setTimeout(resolve, 1_200)); // well past the 500 ms
    expect(await highlighted(page)).not.toContain('compassion fatigue');

    await page.bringToFront();
    await expect
      .poll(() => highlighted(page), { timeout: 1_000, interval: 20 })
      .toContain('compassion fatigue');
    await other.close();
    await page.close();
  });
});
