import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import type { ChromiumSession } from './support/chromium';
import { CHROME_BUILD, requireBuild } from './support/paths';

// An update on a real profile. A copy of the build that says it is version 0.0.1 is
// installed and leaves tips in storage the way version 1 of the storage format kept them;
// then the browser starts again on the same profile and finds the current version in the
// same place. (Chromium reports an extension loaded with --load-extension as "install" on
// every start, so this checks what the user sees whatever the reason given; the "update"
// reason itself is covered in tests/unit/first-run.test.ts.)
const V1_TIPS = [
  { id: 'v1-a', text: 'Silence is fine', createdAt: 1_600_000_000_000 },
  {
    id: 'v1-b',
    text: 'Ask before advising <b>always</b>',
    note: 'from supervision',
    createdAt: 1_600_000_100_000,
  },
];

let extensionDir: string;
let session: ChromiumSession | undefined;

function installBuild(version?: string) {
  cpSync(requireBuild(CHROME_BUILD), extensionDir, { recursive: true });
  if (!version) return;
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, version }));
}

async function backgroundOf(current: ChromiumSession): Promise<Worker> {
  const live = current.context
    .serviceWorkers()
    .find((worker) => worker.url().includes(current.extensionId));
  return live ?? current.context.waitForEvent('serviceworker');
}

beforeAll(() => {
  extensionDir = mkdtempSync(join(tmpdir(), 'hsc-update-'));
});
afterAll(async () => {
  await session?.close();
  rmSync(extensionDir, { recursive: true, force: true });
});

describe('an update of the extension in Chromium', () => {
  it('migrates the tips the old version stored, loses none, and does not welcome the user again', async () => {
    installBuild('0.0.1');
    const old = await launchChromium({ lang: 'en', extensionDir });
    const oldBackground = await backgroundOf(old);
    await oldBackground.evaluate(async (tips) => {
      await chrome.storage.local.remove('myTips$');
      await chrome.storage.local.set({ myTips: tips });
    }, V1_TIPS);
    expect(old.errors).toEqual([]);
    // The welcome page of the first install has done its job.
    const firstWelcome =
      old.context.pages().find((page) => page.url().endsWith('/welcome.html')) ??
      (await old.context.waitForEvent('page', {
        predicate: (page) => page.url().endsWith('/welcome.html'),
      }));
    await firstWelcome.close();
    await old.close({ keepProfile: true });

    installBuild();
    session = await launchChromium({ lang: 'en', extensionDir, profileDir: old.profileDir });
    const background = await backgroundOf(session);
    expect(await background.evaluate(() => chrome.runtime.getManifest().version)).not.toBe('0.0.1');

    // The background migrates on "update" by itself, before any view reads the tips.
    await expect
      .poll(() => background.evaluate(() => chrome.storage.local.get(['myTips', 'myTips$'])), {
        timeout: 10_000,
      })
      .toEqual({
        myTips$: { v: 2 },
        myTips: [
          { ...V1_TIPS[0], note: '', tags: [], order: 0, updatedAt: V1_TIPS[0]!.createdAt },
          { ...V1_TIPS[1], tags: [], order: 1, updatedAt: V1_TIPS[1]!.createdAt },
        ],
      });

    const popup = await session.openPopup();
    await popup.locator('#tab-my-tips').click();
    await expect
      .poll(() => popup.locator('.my-tip-text').allTextContents())
      .toEqual(V1_TIPS.map((tip) => tip.text));
    // Text that looks like markup stays text.
    expect(await popup.locator('.my-tip-text b').count()).toBe(0);
    expect(session.context.pages().some((page) => page.url().endsWith('/welcome.html'))).toBe(
      false,
    );
    await popup.close();
    expect(session.errors).toEqual([]);
  });
});
