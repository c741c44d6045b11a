import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { TIP_IDS } from '../../utils/texts/ids';
import { seriousAxeViolations } from './support/axe';
import { launchChromium } from './support/chromium';
import type { ChromiumSession } from './support/chromium';
import { saveScreenshot } from './support/screenshot';
import { panelSections } from './support/sidepanel';
import { startFixtureServer } from './support/server';
import type { FixtureServer } from './support/server';

/**
 * The side panel (entrypoints/sidepanel/). Headless Chromium shows no browser UI, so the
 * panel's page is opened as a page of its own, sized like the panel; for the tab switch the
 * pages it follows are in a window of their own, so the panel's page is never the active
 * tab it follows.
 */

/** The panel's page at `width`, on the tips (or in the remembered section, with `remembered`). */
async function openPanel(
  session: ChromiumSession,
  width: number,
  remembered = false,
): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  await page.locator('#tab-tips').waitFor();
  if (!remembered) {
    await page.locator('#tab-tips').click();
    await page.locator('.tip-card').first().waitFor();
  }
  return page;
}

/** The terms the panel's This page lists now. */
const listedTerms = (panel: Page) =>
  panel.locator('.page-term').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-term')));

for (const lang of ['en', 'nl'] as const) {
  const c = content[lang];

  describe(`side panel in Chromium, browser language ${lang}`, () => {
    let session: ChromiumSession;
    let server: FixtureServer;
    beforeAll(async () => {
      session = await launchChromium({ lang });
      server = await startFixtureServer();
    });
    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('is in the manifest as the side panel, with only the sidePanel permission added', async () => {
      const page = await openPanel(session, 360);
      const manifest = await page.evaluate(() => chrome.runtime.getManifest());
      expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
      expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'activeTab', 'sidePanel']);
      expect(Object.keys(manifest.commands ?? {})).toContain('open-side-panel');
      await page.close();
    });

    it('shows every section, in the browser language, and focuses nothing on open', async () => {
      const page = await openPanel(session, 360, true);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      await page.locator('#tab-tips').click();
      expect(await page.locator('.tip-title').allTextContents()).toEqual(
        TIP_IDS.map((id) => c.tips[id].title),
      );
      for (const { open, text } of panelSections(lang)) {
        await page.locator(open).click();
        await expect.poll(() => page.locator('main').textContent()).toContain(text);
      }
      await page.close();
    });

    it('opens in the section the user was on last', async () => {
      const first = await openPanel(session, 360);
      await first.locator('#tab-principles').click();
      await expect
        .poll(() =>
          first.evaluate(async () => (await chrome.storage.local.get('panelSection')).panelSection),
        )
        .toBe('principles');
      await first.close();
      const again = await openPanel(session, 360, true);
      expect(await again.locator('#tab-principles').getAttribute('aria-selected')).toBe('true');
      await again.locator('#tab-principles').click();
      await again.locator('#tab-tips').click();
      await again.close();
    });

    it('copies a practice cue with one click, and says so', async () => {
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await openPanel(session, 360);
      const tip = c.tips['leave-their-power'];
      await page.locator('#tip-toggle-leave-their-power').click();
      const copy = page.getByRole('button', { name: c.ui.copyCueLabel(1, tip.title) });
      await copy.click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(tip.cues[0]);
      await expect.poll(() => copy.textContent()).toContain(c.ui.copiedShort);
      await expect.poll(() => page.locator('[aria-live]').allTextContents()).toContain(c.ui.copied);
      await page.close();
    });

    it('This page lists terms that come on the page after it loaded, without a tab switch', async () => {
      const panel = await openPanel(session, 360);
      await panel.locator('#tab-this-page').click();
      const url = server.url('dynamic.html');
      await panel.evaluate((address) => chrome.windows.create({ url: address }), url);
      await expect.poll(() => listedTerms(panel), { timeout: 15_000 }).toContain('dignity-of-risk');
      const page = session.context.pages().find((p) => p.url() === url);
      expect(page).toBeDefined();
      // Well after the load: only the page's own word can tell the panel to ask again.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await listedTerms(panel)).not.toContain('compassion-fatigue');
      await page!.evaluate("addPost('A new post about compassion fatigue.')");
      await expect
        .poll(() => listedTerms(panel), { timeout: 5_000 })
        .toContain('compassion-fatigue');
      await page!.close();
      await panel.close();
    });

    it('This page follows the active tab as pages load and as the user switches tabs', async () => {
      const panel = await openPanel(session, 360);
      await panel.locator('#tab-this-page').click();
      const english = server.url('article-en.html');
      const dutch = server.url('article-nl.html');
      const first = await panel.evaluate(async (url) => {
        const created = await chrome.windows.create({ url });
        return { windowId: created!.id!, tabId: created!.tabs![0]!.id! };
      }, english);
      await expect.poll(() => listedTerms(panel), { timeout: 15_000 }).toContain('drama-triangle');
      expect(await listedTerms(panel)).not.toContain('waiting-list');

      // A new page in that window, in front: the panel follows it once it has loaded.
      const second = await panel.evaluate(
        async ({ url, windowId }) =>
          (await chrome.tabs.create({ url, windowId, active: true })).id!,
        { url: dutch, windowId: first.windowId },
      );
      await expect.poll(() => listedTerms(panel), { timeout: 15_000 }).toContain('waiting-list');
      expect(await listedTerms(panel)).not.toContain('drama-triangle');

      // Back to the first tab, and to the second again.
      await panel.evaluate((tabId) => chrome.tabs.update(tabId, { active: true }), first.tabId);
      await expect.poll(() => listedTerms(panel), { timeout: 15_000 }).toContain('drama-triangle');
      expect(await listedTerms(panel)).not.toContain('waiting-list');
      await panel.evaluate((tabId) => chrome.tabs.update(tabId, { active: true }), second);
      await expect.poll(() => listedTerms(panel), { timeout: 15_000 }).toContain('waiting-list');

      if (lang === 'en') {
        // The README's picture: the page, and the panel beside it with a tip opened.
        await panel.evaluate((tabId) => chrome.tabs.update(tabId, { active: true }), first.tabId);
        await expect.poll(() => listedTerms(panel)).toContain('drama-triangle');
        await panel.setViewportSize({ width: 360, height: 640 });
        await panel.locator('#tab-tips').click();
        await panel.locator('#tip-toggle-leave-their-power').click();
        await panel.evaluate(() => {
          document.querySelector('[data-tip="leave-their-power"]')?.scrollIntoView();
          return Promise.all(document.getAnimations().map((animation) => animation.finished));
        });
        const panelShot = (await panel.screenshot()).toString('base64');
        const article = await session.context.newPage();
        await article.setViewportSize({ width: 720, height: 640 });
        await article.goto(english);
        await article.waitForFunction(() => CSS.highlights.size > 0);
        const pageShot = (await article.screenshot()).toString('base64');
        await article.setContent(
          `<body style="margin:0;display:flex;background:#888;gap:1px">` +
            `<img src="data:image/png;base64,${pageShot}" width="720" height="640">` +
            `<img src="data:image/png;base64,${panelShot}" width="360" height="640"></body>`,
        );
        await article.setViewportSize({ width: 1081, height: 640 });
        await article.waitForFunction(() =>
          [...document.images].every((image) => image.complete && image.naturalWidth > 0),
        );
        await saveScreenshot(article, 'side-panel-en');
        await article.close();
      }
      await panel.evaluate((windowId) => chrome.windows.remove(windowId), first.windowId);
      await panel.locator('#tab-tips').click();
      await panel.close();
    });

    for (const width of [320, 480]) {
      it(`has no serious or critical axe-core findings at ${width} px, light and dark, in every section`, async () => {
        const page = await openPanel(session, width);
        await page.locator('#tip-toggle-trust-their-wisdom').click();
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          for (const { open, text } of panelSections(lang)) {
            await page.locator(open).click();
            await expect.poll(() => page.locator('main').textContent()).toContain(text);
            if (open === '#tab-self-check') await page.locator('.actions .primary').click();
            expect(await seriousAxeViolations(page), `${width} ${scheme} ${open}`).toEqual([]);
            // Nothing sticks out sideways in the narrow column.
            expect(
              await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
              `${width} ${scheme} ${open} fits`,
            ).toBe(true);
          }
        }
        await page.locator('#tab-tips').click();
        await page.close();
      });
    }

    it('logged no console errors', () => {
      expect(session.errors).toEqual([]);
    });
  });
}
