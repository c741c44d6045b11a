import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { launchChromium } from './support/chromium';
import type { ChromiumSession } from './support/chromium';

const { ui } = content.en;
let session: ChromiumSession;
let options: Page;

beforeAll(async () => {
  session = await launchChromium({ lang: 'en' });
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('#backup').waitFor();
});
afterAll(async () => {
  await session?.close();
});

/** Everything the extension keeps in local storage, as JSON. */
const storedData = () =>
  options.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    delete all.syncStatus;
    return JSON.stringify(all, Object.keys(all).sort());
  });

async function exportJson(): Promise<string> {
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: ui.exportJson }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

async function chooseFile(name: string, text: string) {
  await options.locator('#backup input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

describe('backup and restore in Chromium', () => {
  it('export then import round-trips exactly', async () => {
    await options.getByLabel(ui.addTipLabel, { exact: true }).fill('Silence is fine <b>really</b>');
    await options.getByRole('button', { name: ui.addTipButton }).click();
    await options.getByLabel(ui.termLabel, { exact: true }).fill('mentalisatie');
    await options
      .getByLabel(ui.explanationLabel)
      .fill('Thinking about what goes on inside yourself and the other.');
    await options.getByRole('button', { name: ui.addTermButton }).click();
    await options.getByLabel(ui.styleBackground).check();
    await expect
      .poll(() => options.locator('#my-tips .my-tip-text').allTextContents())
      .toContain('Silence is fine <b>really</b>');

    const file = await exportJson();
    const backup = JSON.parse(file) as {
      format: string;
      version: number;
      data: { myTips: unknown[] };
    };
    expect(backup).toMatchObject({ format: 'holding-space-companion-backup', version: 1 });
    expect(backup.data.myTips).toHaveLength(1);

    // Change things, then restore the backup, replacing.
    await options
      .getByRole('button', { name: ui.deleteTipLabel('Silence is fine <b>really</b>') })
      .click();
    await options.getByLabel(ui.styleUnderline).check();
    await chooseFile('backup.json', file);
    const preview = options.locator('.import-preview');
    await preview.waitFor();
    await preview.getByLabel(ui.importModeReplace).check();
    expect(await preview.textContent()).toContain(ui.importCounts(ui.tabMyTips, 1, 0, 0, 0));
    await preview.getByRole('button', { name: ui.importApply }).click();
    await options.locator('#backup').getByText(ui.importDone).waitFor();
    await expect
      .poll(() => options.locator('#my-tips .my-tip-text').allTextContents())
      .toEqual(['Silence is fine <b>really</b>']);
    expect(await options.locator('#my-tips .my-tip b').count()).toBe(0);

    // Restoring over a deletion stamps the restored tip as the newest edit (so sync can't
    // undo it); everything else is as it was.
    const withoutTimes = (text: string) =>
      JSON.stringify((JSON.parse(text) as { data: unknown }).data, (key, value: unknown) =>
        key === 'updatedAt' ? undefined : value,
      );
    expect(withoutTimes(await exportJson())).toBe(withoutTimes(file));

    // Into a fresh browser, it round-trips exactly.
    const fresh = await launchChromium({ lang: 'en' });
    const page = await fresh.context.newPage();
    await page.goto(`chrome-extension://${fresh.extensionId}/options.html`);
    await page.locator('#backup').waitFor();
    await page.locator('#backup input[type="file"]').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file, 'utf8'),
    });
    await page.locator('.import-preview').getByLabel(ui.importModeReplace).check();
    await page.locator('.import-preview').getByRole('button', { name: ui.importApply }).click();
    await page.locator('#backup').getByText(ui.importDone).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: ui.exportJson }).click(),
    ]);
    const restored = readFileSync(await download.path(), 'utf8');
    expect((JSON.parse(restored) as { data: unknown }).data).toEqual(
      (JSON.parse(file) as { data: unknown }).data,
    );
    expect(fresh.errors).toEqual([]);
    await fresh.close();
  });

  it('a broken or foreign file gets a kind message and changes nothing', async () => {
    const before = await storedData();
    const cases: [string, string, string][] = [
      ['empty.json', '', ui.backupErrors.empty],
      ['notes.json', 'these are my notes', ui.backupErrors['not-json']],
      ['package.json', '{"name":"something","version":"1.0.0"}', ui.backupErrors['not-a-backup']],
      [
        'future.json',
        '{"format":"holding-space-companion-backup","version":9,"data":{}}',
        ui.backupErrors['newer-version'],
      ],
      [
        'proto.json',
        '{"format":"holding-space-companion-backup","version":1,"__proto__":{"polluted":true},"data":{}}',
        ui.backupErrors['forbidden-key'],
      ],
      [
        'wrong.json',
        '{"format":"holding-space-companion-backup","version":1,"exportedAt":"x","data":{"myTips":[{"id":5}],"ownTerms":[],"highlightSettings":{},"language":null,"preferences":{}}}',
        ui.backupErrors.invalid,
      ],
    ];
    for (const [name, text, message] of cases) {
      await chooseFile(name, text);
      await expect
        .poll(() => options.locator('#backup [role="alert"]').textContent(), { timeout: 3000 })
        .toBe(message);
      expect(await options.locator('.import-preview').count()).toBe(0);
    }
    expect(await storedData()).toBe(before);
    expect(
      await options.evaluate(() => (({}) as Record<string, unknown>).polluted),
    ).toBeUndefined();
  });

  it('a huge file of millions of tiny objects gets a kind message, and the tab keeps working', async () => {
    const before = await storedData();
    // 80,000,000 bytes (under the size limit), 26 million empty objects once parsed.
    const head = '{"format":"holding-space-companion-backup","version":1,"data":{"myTips":[';
    const tail = '{}]}}';
    const body = Buffer.alloc(80_000_000 - head.length - tail.length, '{},');
    const dir = mkdtempSync(join(tmpdir(), 'hsc-huge-'));
    const path = join(dir, 'huge-backup.json');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(head),
        body.subarray(0, body.length - (body.length % 3)),
        Buffer.from(tail),
      ]),
    );
    try {
      await options.locator('#backup input[type="file"]').setInputFiles(path);
      await expect
        .poll(() => options.locator('#backup [role="alert"]').textContent(), { timeout: 20_000 })
        .toBe(ui.backupErrors['too-many-parts']);
      expect(await options.locator('.import-preview').count()).toBe(0);
      expect(await storedData()).toBe(before);
      // Still working: a real backup is read and previewed.
      await chooseFile('mine.json', await exportJson());
      await options.locator('.import-preview').waitFor();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exports My tips as Markdown', async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: ui.exportMarkdown }).click(),
    ]);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain(`# ${ui.markdownTitle}`);
    expect(markdown).toContain('Silence is fine \\<b\\>really\\</b\\>');
  });

  it('logged no errors', () => {
    expect(session.errors).toEqual([]);
  });
});
