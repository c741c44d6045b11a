import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../utils/my-data/backup-format';
import { DEFAULT_PREFERENCES } from '../../utils/my-data/model';
import { DEFAULT_HIGHLIGHT_SETTINGS } from '../../utils/settings/highlight-settings';
import { content } from '../../utils/texts';
import { launchFirefox, waitForPage } from './support/firefox';
import type { FirefoxSession } from './support/firefox';

/** Restoring a backup on the options page in Firefox ESR: a file that could freeze the tab. */
const { ui } = content.en;
let session: FirefoxSession;
let options: Page;
let folder: string;

beforeAll(async () => {
  session = await launchFirefox();
  folder = mkdtempSync(join(tmpdir(), 'hsc-backup-ff-'));
  options = await session.browser.newPage();
  const url = `${session.baseUrl}/options.html`;
  options.goto(url).catch(() => undefined);
  await waitForPage(options, url, '#backup input[type="file"]');
});
afterAll(async () => {
  await session?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function choose(name: string, bytes: Buffer): Promise<void> {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  const input = (await options.$('#backup input[type="file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

const alertText = () =>
  options.$eval('#backup', (el) => el.querySelector('[role="alert"]')?.textContent ?? null);

describe('backup and restore in Firefox ESR', () => {
  it('a huge file of millions of tiny objects gets a kind message, and the tab keeps working', async () => {
    // 80,000,000 bytes (under the size limit), 26 million empty objects once parsed.
    const head = '{"format":"holding-space-companion-backup","version":1,"data":{"myTips":[';
    const tail = '{}]}}';
    const body = Buffer.alloc(80_000_000 - head.length - tail.length, '{},');
    await choose(
      'huge-backup.json',
      Buffer.concat([
        Buffer.from(head),
        body.subarray(0, body.length - (body.length % 3)),
        Buffer.from(tail),
      ]),
    );
    await expect.poll(alertText, { timeout: 20_000 }).toBe(ui.backupErrors['too-many-parts']);
    expect(await options.$('.import-preview')).toBeNull();
    // Still working: a real backup is read and previewed.
    const backup = createBackup(
      {
        myTips: [],
        ownTerms: [],
        highlightSettings: DEFAULT_HIGHLIGHT_SETTINGS,
        language: null,
        preferences: DEFAULT_PREFERENCES,
        teamLists: [],
        sharedTeamLists: [],
      },
      new Date('2026-12-06T08:00:00Z'),
    );
    await choose('mine.json', Buffer.from(backup));
    await options.waitForSelector('.import-preview', { timeout: 10_000 });
  });
});
