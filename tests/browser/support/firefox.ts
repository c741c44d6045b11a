import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { FIREFOX_BUILD, firefoxPath, requireBuild } from './paths';

export interface FirefoxSession {
  browser: Browser;
  baseUrl: string;
  openPopup: () => Promise<Page>;
  close: () => Promise<void>;
}

/**
 * Firefox ESR through WebDriver BiDi, with the built extension installed temporarily and
 * given a known internal UUID, so its pages have a known address.
 */
export async function launchFirefox(
  options: {
    prefs?: Record<string, unknown>;
    /**
     * What an organisation sets for the extension (storage.managed). Given to this Firefox
     * only, through Firefox's managed-storage manifest in a home folder of its own
     * (`~/.mozilla/managed-storage/<add-on id>.json`): the same storage.managed that an
     * enterprise policy (`policies.json`, `3rdparty`) fills, without a file on the machine.
     */
    managed?: object;
  } = {},
): Promise<FirefoxSession> {
  const extension = requireBuild(FIREFOX_BUILD);
  const uuid = randomUUID();
  const home = options.managed ? managedHome(options.managed) : null;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    ...(home ? { env: { ...process.env, HOME: home } } : {}),
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      ...options.prefs,
    },
  });
  await browser.installExtension(extension);
  const baseUrl = `moz-extension://${uuid}`;
  await closeWelcomePage(browser, baseUrl);
  const openPopup = async () => {
    const page = await browser.newPage();
    // Navigating to an extension page never resolves here, though the page loads:
    // start it, then wait for the content instead.
    const url = `${baseUrl}/popup.html`;
    page.goto(url).catch(() => undefined);
    await waitForPage(page, url, '.tip-card');
    return page;
  };
  const close = async () => {
    await browser.close();
    if (home) rmSync(home, { recursive: true, force: true });
  };
  return { browser, baseUrl, openPopup, close };
}

/** A home folder whose managed-storage manifest gives the extension `values`. */
function managedHome(values: object): string {
  const home = mkdtempSync(join(tmpdir(), 'hsc-firefox-home-'));
  const folder = join(home, '.mozilla/managed-storage');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, `${GECKO_ID}.json`),
    JSON.stringify({
      name: GECKO_ID,
      description: 'What an organisation set for Holding Space Companion (test)',
      type: 'storage',
      data: values,
    }),
  );
  return home;
}

/**
 * The install opens the welcome page in a tab of its own, in front. Headless Firefox,
 * unlike headless Chromium, really hides the tabs behind it, and the highlighter does
 * nothing in a hidden tab: close the welcome page before the tests open theirs. (Its
 * address is read from the page: BiDi reports a new extension tab as about:blank.)
 */
async function closeWelcomePage(browser: Browser, baseUrl: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === `${baseUrl}/welcome.html`) return page.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The welcome page did not open on install.');
}

/**
 * Waits until `page` shows `url` and holds `selector`. Asked afresh each time, in whatever
 * document is there: puppeteer's waitForSelector would run in the about:blank document the
 * navigation is about to replace, and fail when it goes ("right-hand side of 'in' should
 * be an object, got null"), a race that once broke a clean run.
 */
export async function waitForPage(page: Page, url: string, selector: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate(
        (href, sel) => location.href === href && document.querySelector(sel) !== null,
        url,
        selector,
      )
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not show ${selector} within 20 s.`);
}
