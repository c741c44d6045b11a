import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import {
  CHROMIUM_FLAGS,
  chromiumPath,
  loadExtensionFlags,
  unpackedExtensionId,
} from '../../support/browsers.mjs';
import { CHROME_BUILD, requireBuild } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** Console errors and uncaught exceptions seen on any page of the session. */
  errors: string[];
  openPopup: () => Promise<Page>;
  close: (options?: { keepProfile?: boolean }) => Promise<void>;
}

/** Starts Chromium with the built extension loaded (see ../shared/browser-testing.md). */
export async function launchChromium(
  options: { lang?: 'en' | 'nl'; profileDir?: string; extensionDir?: string } = {},
): Promise<ChromiumSession> {
  const extension = requireBuild(options.extensionDir ?? CHROME_BUILD);
  const lang = options.lang ?? 'en';
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'hsc-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: lang === 'nl' ? 'nl-NL' : 'en-US',
    viewport: { width: 380, height: 600 },
    env: { ...process.env, LANGUAGE: lang === 'nl' ? 'nl' : 'en' },
    args: [...loadExtensionFlags(extension), `--lang=${lang}`, ...CHROMIUM_FLAGS],
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const extensionId = unpackedExtensionId(extension);
  const openPopup = async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.locator('.tip-card').first().waitFor();
    return page;
  };
  const close = async ({ keepProfile = false } = {}) => {
    await context.close();
    if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
  };
  return { context, extensionId, profileDir, errors, openPopup, close };
}
