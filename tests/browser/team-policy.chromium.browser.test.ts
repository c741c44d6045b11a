import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { canApplyPolicy, launchChromium } from './support/chromium';
import type { ChromiumSession } from './support/chromium';
import { settledHighlights } from './support/highlights';
import { markedWords } from './support/private-marks';
import { startFixtureServer } from './support/server';
import type { FixtureServer } from './support/server';

// A real policy, applied to Chromium the way an administrator's JSON file is (see the
// README's "For administrators"), in a mount namespace of its own (./support/
// chromium-in-namespace.sh), so nothing on the machine changes. That needs root: the tests
// run as root here; elsewhere this file says why it is skipped.
const nl = content.nl;
const POLICY = {
  teamLists: [
    {
      id: 'jeugdzorg-noord',
      name: 'Team Jeugdzorg Noord',
      publisher: 'Jeugdzorg Noord',
      version: 3,
      date: '2026-11-30',
      language: 'en',
      tips: [{ id: 'check-in', title: 'Start each shift with a check-in', note: '', tags: [] }],
      terms: [
        {
          id: 'huddle',
          term: 'team huddle',
          variants: [],
          explanation: 'A short meeting at the start of a shift.',
        },
      ],
    },
    // Valid for Chrome's schema, not for the extension (no name): left out, and said why.
    {
      id: 'nameless',
      name: '',
      version: 1,
      date: '2026-11-30',
      language: 'en',
      tips: [],
      terms: [],
    },
  ],
  disabledSites: ['localhost'],
  syncAllowed: false,
  defaultLanguage: 'nl',
};

let server: FixtureServer;
let session: ChromiumSession;

if (!canApplyPolicy) {
  console.warn(
    'team-policy.chromium.browser.test.ts: skipped, a policy can only be applied to the test browser as root (see README "For administrators").',
  );
}

describe.runIf(canApplyPolicy)('a policy set by an organisation, in Chromium', () => {
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchChromium({ lang: 'en', policy: POLICY });
    // Chromium loads policies about 3 s after it starts; a view opened before that starts
    // in the browser's language (utils/storage/managed-policy.ts). Wait, as a user would.
    const worker =
      session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      // …and the copy the background keeps for content scripts (utils/storage/keys.ts).
      const copy = await worker.evaluate(() => chrome.storage.local.get('managedPolicyCopy'));
      if (
        (copy.managedPolicyCopy as { defaultLanguage?: string } | undefined)?.defaultLanguage ===
        'nl'
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const openOptions = async (): Promise<Page> => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.locator('#team-lists [data-team-list]').first().waitFor({ timeout: 15_000 });
    return page;
  };

  it('the popup starts in the organisation’s language and shows its team list, read-only', async () => {
    const popup = await session.openPopup();
    await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe('nl');
    await popup.getByRole('tab', { name: nl.ui.tabMyTips }).click();
    const list = popup.locator('.team-list');
    await list.first().waitFor();
    expect(await list.locator('h3').allTextContents()).toEqual(['Team Jeugdzorg Noord']);
    expect(await list.textContent()).toContain(nl.teamLists.setByOrganisation);
    await popup.close();
  });

  it('where it keeps the site off, a page that looks for the extension finds no trace at all', async () => {
    const page = await session.context.newPage();
    const url = server.url(`no-trace.html?ext=${session.extensionId}`);
    await page.goto(url.replace('127.0.0.1', 'localhost'));
    await page.waitForTimeout(500);
    await page.evaluate('navigateInPage()');
    await page.evaluate('addNote()');
    await page.waitForTimeout(1_800); // the address is read once a second
    expect(await page.evaluate('traces()')).toEqual({ events: [], nodes: [], highlights: [] });
    await page.close();
  });

  it('its terms are highlighted on pages, and it keeps highlighting off on its sites', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('team-page.html'));
    await expect
      .poll(() => markedWords(page, ['team huddle', 'warm handover'], 'team'))
      .toEqual(['team huddle']);
    // The same page from a site the organisation keeps off: nothing at all.
    const off = await session.context.newPage();
    await off.goto(server.url('team-page.html').replace('127.0.0.1', 'localhost'));
    expect(await settledHighlights((fn, arg) => off.evaluate(fn, arg)).catch(() => [])).toEqual([]);
    const popup = await session.openPopup();
    await off.bringToFront();
    await popup.locator('#tab-this-page').click();
    await popup.getByText(nl.teamLists.thisPageOffByOrganisation('localhost')).waitFor();
    await popup.close();
    await off.close();
    await page.close();
  });

  it('the options page shows what was set as such, locked, and what could not be used', async () => {
    const options = await openOptions();
    const lists = options.locator('#team-lists [data-team-list]');
    expect(await lists.count()).toBe(1);
    expect(await lists.textContent()).toContain(nl.teamLists.setByOrganisation);
    // No switch and no remove button for the organisation's list.
    expect(
      await lists.locator('input[type="checkbox"], button:not(.secondary.small)').count(),
    ).toBe(0);
    expect(await lists.getByRole('button', { name: new RegExp(nl.teamLists.remove) }).count()).toBe(
      0,
    );
    expect(await options.locator('#team-lists .policy-problems li').allTextContents()).toEqual([
      expect.stringContaining('teamLists[1]'),
    ]);
    // Sync: off and locked, saying why.
    const sync = options.locator('#sync');
    await sync.getByText(nl.teamLists.syncSetByOrganisation).waitFor();
    expect(await sync.locator('input[type="checkbox"]').isDisabled()).toBe(true);
    expect(await sync.locator('input[type="checkbox"]').isChecked()).toBe(false);
    // The sites kept off, apart from the user's own list.
    expect(await options.locator('[data-organisation-sites] li').allTextContents()).toEqual([
      'localhost',
    ]);
    // Adding the same list from a file is refused.
    await options.locator('#team-lists input[type="file"]').setInputFiles({
      name: 'list.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'holding-space-companion-team-list',
          version: 1,
          list: POLICY.teamLists[0],
        }),
      ),
    });
    await options.getByText(nl.teamLists.managed('Team Jeugdzorg Noord')).waitFor();
    await options.close();
  });

  it('logged no errors', () => {
    expect(session.errors).toEqual([]);
  });
});
