import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { GECKO_ID } from '../../wxt.config';
import { launchFirefox, waitForPage } from './support/firefox';
import type { FirefoxSession } from './support/firefox';
import { markedWords } from './support/private-marks';
import { startFixtureServer } from './support/server';
import type { FixtureServer } from './support/server';

// What an organisation sets reaches the extension in Firefox through storage.managed, here
// filled by Firefox's managed-storage manifest (see launchFirefox): Firefox passes values on
// unchecked, so the extension reads each itself.
const nl = content.nl;
const MANAGED = {
  teamLists: [
    {
      id: 'jeugdzorg-noord',
      name: 'Team Jeugdzorg Noord',
      version: 3,
      date: '2026-11-30',
      language: 'en',
      tips: [{ id: 'check-in', title: 'Start each shift with a check-in' }],
      terms: [{ id: 'huddle', term: 'team huddle', explanation: 'A short meeting.' }],
    },
    // Firefox does not check types: a list of the wrong shape is left out, and said why.
    { id: 7, name: ['not', 'a', 'name'] },
  ],
  syncAllowed: false,
  defaultLanguage: 'nl',
  // As an administrator may write them: upper case and a trailing dot; `www.` and an
  // internationalised name in its own letters. Pages compare them as the views show them
  // (one reader of the policy), so localhost and xn--bcher-kva.localhost are off (*.localhost
  // is the machine itself), 127.0.0.1 is not.
  disabledSites: ['LOCALHOST.', 'www.Bücher.localhost'],
};

describe('a policy set by an organisation, in Firefox ESR', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchFirefox({ managed: MANAGED });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('starts in the organisation’s language and highlights its team list’s terms', async () => {
    const popup = await session.openPopup();
    await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('nl');
    await popup.click('#tab-my-tips');
    await popup.waitForSelector('.team-list h3');
    expect(await popup.$eval('.team-list', (el) => el.textContent)).toContain(
      nl.teamLists.setByOrganisation,
    );
    await popup.close();

    const page = await session.browser.newPage();
    await page.goto(server.url('team-page.html'));
    await page.bringToFront();
    await expect
      .poll(() => markedWords(page, ['team huddle', 'warm handover'], 'team'), {
        timeout: 10_000,
      })
      .toEqual(['team huddle']);
    await page.close();
  });

  it('keeps highlighting off on its sites, written in any form the views accept', async () => {
    const off = await session.browser.newPage();
    await off.goto(server.url('team-page.html').replace('127.0.0.1', 'localhost'));
    await off.bringToFront();
    // The same page on a site that is not kept off is highlighted (team and glossary terms)…
    const on = await session.browser.newPage();
    await on.goto(server.url('team-page.html'));
    await on.bringToFront();
    const painted = (page: typeof on) =>
      page.evaluate(
        () => [...CSS.highlights.keys()].filter((name) => name.startsWith('hsc-')).length,
      );
    await expect.poll(() => painted(on), { timeout: 10_000 }).toBeGreaterThan(0);
    // …and on localhost nothing at all, nor on the internationalised name (in its ASCII form).
    const idn = await session.browser.newPage();
    await idn.goto(server.url('team-page.html').replace('127.0.0.1', 'xn--bcher-kva.localhost'));
    expect(await idn.evaluate(() => document.title)).toContain('team huddle'); // it loaded
    await off.bringToFront();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await painted(off)).toBe(0);
    await idn.bringToFront();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await painted(idn)).toBe(0);
    await on.close();
    await off.close();
    await idn.close();
  });

  it('where it keeps the site off, a page that looks for the extension finds no trace at all', async () => {
    const page = await session.browser.newPage();
    const url = server.url(`no-trace.html?ext=${GECKO_ID}`).replace('127.0.0.1', 'localhost');
    await page.goto(url);
    await page.bringToFront();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.evaluate('navigateInPage()');
    await page.evaluate('addNote()');
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    expect(await page.evaluate('traces()')).toEqual({ events: [], nodes: [], highlights: [] });
    await page.close();
  });

  it('the options page shows the list as set, sync locked, and what could not be used', async () => {
    const page = await session.browser.newPage();
    const url = `${session.baseUrl}/options.html`;
    page.goto(url).catch(() => undefined);
    await waitForPage(page, url, '#team-lists [data-team-list]');
    expect(await page.$$eval('#team-lists [data-team-list]', (els) => els.length)).toBe(1);
    expect(await page.$eval('#sync input[type="checkbox"]', (el) => el.disabled)).toBe(true);
    expect(
      await page.$$eval('#team-lists .policy-problems li', (els) =>
        els.map((el) => el.textContent),
      ),
    ).toEqual([expect.stringContaining('teamLists[1]')]);
    await page.close();
  });
});
