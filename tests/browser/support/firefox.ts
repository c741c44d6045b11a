import { randomUUID } from 'node:crypto';
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
export async function launchFirefox(): Promise<FirefoxSession> {
  const extension = requireBuild(FIREFOX_BUILD);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  await browser.installExtension(extension);
  const baseUrl = `moz-extension://${uuid}`;
  const openPopup = async () => {
    const page = await browser.newPage();
    // Navigating to an extension page never resolves here, though the page loads:
    // start it, then wait for the content instead.
    page.goto(`${baseUrl}/popup.html`).catch(() => undefined);
    await page.waitForSelector('.tip-card', { timeout: 20_000 });
    return page;
  };
  return { browser, baseUrl, openPopup, close: () => browser.close() };
}
