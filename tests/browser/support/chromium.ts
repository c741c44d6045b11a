import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
import { CHROME_BUILD, ROOT, requireBuild } from './paths';

/**
 * Whether this machine can apply a real policy to a test browser: Chromium's policy folder
 * can only be stood in for by root (see ./chromium-in-namespace.sh).
 */
export const canApplyPolicy = process.platform === 'linux' && process.getuid?.() === 0;

/**
 * A folder that stands in for /etc/chromium with one policy: `values` for our extension
 * (`3rdparty` → `extensions` → its id), as an administrator would set it.
 */
function policyFolder(extensionId: string, values: object): string {
  const folder = mkdtempSync(join(tmpdir(), 'hsc-chromium-etc-'));
  mkdirSync(join(folder, 'policies/managed'), { recursive: true });
  if (existsSync('/etc/chromium/master_preferences'))
    copyFileSync('/etc/chromium/master_preferences', join(folder, 'master_preferences'));
  writeFileSync(
    join(folder, 'policies/managed/holding-space-companion.json'),
    JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }),
  );
  return folder;
}

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
  options: {
    lang?: 'en' | 'nl';
    profileDir?: string;
    extensionDir?: string;
    /** An organisation's policy for the extension (storage.managed), applied for real. */
    policy?: object;
  } = {},
): Promise<ChromiumSession> {
  const extension = requireBuild(options.extensionDir ?? CHROME_BUILD);
  const lang = options.lang ?? 'en';
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'hsc-chromium-'));
  const etc = options.policy ? policyFolder(unpackedExtensionId(extension), options.policy) : null;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: etc
      ? join(ROOT, 'tests/browser/support/chromium-in-namespace.sh')
      : chromiumPath(),
    headless: true,
    locale: lang === 'nl' ? 'nl-NL' : 'en-US',
    viewport: { width: 380, height: 600 },
    env: {
      ...process.env,
      LANGUAGE: lang === 'nl' ? 'nl' : 'en',
      ...(etc ? { HSC_CHROMIUM_ETC: etc, HSC_CHROMIUM_BIN: chromiumPath() } : {}),
    },
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
    if (etc) rmSync(etc, { recursive: true, force: true });
  };
  return { context, extensionId, profileDir, errors, openPopup, close };
}
