import type { Page } from 'puppeteer-core';
import type { Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { TIP_IDS } from '../../utils/texts/ids';
import { seriousAxeViolations } from './support/axe';
import { launchFirefox, waitForPage } from './support/firefox';
import type { FirefoxSession } from './support/firefox';
import { startFixtureServer } from './support/server';
import type { FixtureServer } from './support/server';
import { panelSections } from './support/sidepanel';

/**
 * The sidebar (entrypoints/sidepanel/) in Firefox ESR. Headless Firefox shows no sidebar,
 * so its page is opened as a page of its own, sized like the sidebar; the pages it follows
 * are opened in a window of their own.
 */

interface Ext {
  runtime: { getManifest: () => Record<string, unknown> };
  windows: {
    create: (o: { url: string }) => Promise<{ id: number; tabs: { id: number }[] }>;
    remove: (id: number) => Promise<void>;
  };
  tabs: {
    create: (o: { url: string; windowId: number; active: boolean }) => Promise<{ id: number }>;
    update: (id: number, o: { active: boolean }) => Promise<unknown>;
  };
}
declare const browser: Ext;

/** Polls `check` until it is true (asked afresh in whatever document is there). */
async function until(check: () => Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const mainText = (page: Page) =>
  page.evaluate(() => document.querySelector('main')?.textContent ?? '');
const listedTerms = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.page-term')].map((n) => n.getAttribute('data-term')),
  );

/** The sidebar's page at `width`, on the tips (or in the remembered section, with `remembered`). */
async function openPanel(
  session: FirefoxSession,
  width: number,
  remembered = false,
): Promise<Page> {
  const url = `${session.baseUrl}/sidepanel.html`;
  const page = await session.browser.newPage();
  await page.setViewport({ width, height: 800 });
  // Navigating to an extension page never resolves here, though the page loads.
  page.goto(url).catch(() => undefined);
  await waitForPage(page, url, '#tab-tips');
  if (!remembered) {
    await page.click('#tab-tips');
    await until(() => page.evaluate(() => !!document.querySelector('.tip-card')), 'the tips');
  }
  return page;
}

describe('sidebar in Firefox ESR', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  let url: string;
  beforeAll(async () => {
    session = await launchFirefox();
    server = await startFixtureServer();
    url = `${session.baseUrl}/sidepanel.html`;
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('is in the manifest as the sidebar, with no permission added for it', async () => {
    const page = await openPanel(session, 360);
    const manifest = await page.evaluate(() => browser.runtime.getManifest());
    expect((manifest.sidebar_action as { default_panel: string }).default_panel).toBe(url);
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'activeTab']);
    expect(Object.keys(manifest.commands as object)).toContain('_execute_sidebar_action');
    await page.close();
  });

  it('shows every section in English and in Dutch, and focuses nothing on open', async () => {
    const page = await openPanel(session, 360, true);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.click('#tab-tips');
    for (const lang of ['en', 'nl'] as const) {
      await page.click(`.language-switch [data-lang="${lang}"]`);
      await until(
        async () => (await page.evaluate(() => document.documentElement.lang)) === lang,
        lang,
      );
      const titles = await page.$$eval('.tip-title', (nodes) => nodes.map((n) => n.textContent));
      expect(titles).toEqual(TIP_IDS.map((id) => content[lang].tips[id].title));
      for (const { open, text } of panelSections(lang)) {
        await page.click(open);
        await until(async () => (await mainText(page)).includes(text), `${lang} ${open}`);
      }
      await page.click('#tab-tips');
    }
    await page.click('.language-switch [data-lang="en"]');
    await page.close();
  });

  it('This page follows the active tab as pages load and as the user switches tabs', async () => {
    const panel = await openPanel(session, 360);
    await panel.click('#tab-this-page');
    const english = server.url('article-en.html');
    const dutch = server.url('article-nl.html');
    const first = await panel.evaluate(async (address) => {
      const created = await browser.windows.create({ url: address });
      return { windowId: created.id, tabId: created.tabs[0]!.id };
    }, english);
    const shows = (id: string) => async () => (await listedTerms(panel)).includes(id);
    await until(shows('drama-triangle'), 'the English article');
    expect(await listedTerms(panel)).not.toContain('waiting-list');
    const second = await panel.evaluate(
      async ({ address, windowId }) =>
        (await browser.tabs.create({ url: address, windowId, active: true })).id,
      { address: dutch, windowId: first.windowId },
    );
    await until(shows('waiting-list'), 'the Dutch article');
    expect(await listedTerms(panel)).not.toContain('drama-triangle');
    await panel.evaluate((tabId) => browser.tabs.update(tabId, { active: true }), first.tabId);
    await until(shows('drama-triangle'), 'the English article again');
    expect(await listedTerms(panel)).not.toContain('waiting-list');
    await panel.evaluate((tabId) => browser.tabs.update(tabId, { active: true }), second);
    await until(shows('waiting-list'), 'the Dutch article again');
    await panel.evaluate((windowId) => browser.windows.remove(windowId), first.windowId);
    await panel.click('#tab-tips');
    await panel.close();
  });

  for (const width of [320, 480]) {
    it(`has no serious or critical axe-core findings at ${width} px, light`, async () => {
      await axeEverySection(await openPanel(session, width), width, 'light');
    });
  }
});

/**
 * Dark: BiDi can't emulate the colour scheme, so Firefox starts with its content set to dark
 * (layout.css.prefers-color-scheme.content-override: 0, given to launchFirefox as a pref).
 */
describe('sidebar in Firefox ESR, dark', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox({
      prefs: {
        'layout.css.prefers-color-scheme.content-override': 0,
        'ui.systemUsesDarkTheme': 1,
      },
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const width of [320, 480]) {
    it(`has no serious or critical axe-core findings at ${width} px, dark`, async () => {
      await axeEverySection(await openPanel(session, width), width, 'dark');
    });
  }
});

/** axe-core in every section of the panel's page, in the colour scheme the page has. */
async function axeEverySection(page: Page, width: number, scheme: 'light' | 'dark'): Promise<void> {
  expect(
    await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme),
  ).toBe(true);
  await page.click('#tab-tips');
  await until(() => page.evaluate(() => !!document.querySelector('.tip-card')), 'the tips');
  await page.click('#tip-toggle-trust-their-wisdom');
  for (const { open, text } of panelSections('en')) {
    await page.click(open);
    await until(async () => (await mainText(page)).includes(text), open);
    if (open === '#tab-self-check') await page.click('.actions .primary');
    const findings = await seriousAxeViolations(page as unknown as PlaywrightPage);
    expect(findings, `${width} ${scheme} ${open}`).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${width} ${scheme} ${open} fits`,
    ).toBe(true);
  }
  await page.click('#tab-tips');
  await page.close();
}
