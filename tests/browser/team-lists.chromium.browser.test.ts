import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { privateCardText } from './support/card';
import { launchChromium } from './support/chromium';
import type { ChromiumSession } from './support/chromium';
import { highlightedIn } from './support/highlights';
import { markedWords } from './support/private-marks';
import { startFixtureServer } from './support/server';
import type { FixtureServer } from './support/server';
import { hoverWord } from './support/pointer';

const { ui, teamLists: t } = content.en;
let server: FixtureServer;
let session: ChromiumSession;
let options: Page;
let article: Page;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Opens the options page of a session, at its team lists. */
async function openOptions(of: ChromiumSession): Promise<Page> {
  const page = await of.context.newPage();
  await page.goto(`chrome-extension://${of.extensionId}/options.html`);
  await page.locator('#team-lists').waitFor();
  return page;
}

/** What the user sees marked on the article: team terms, own terms (./support/private-marks.ts). */
const WORDS = ['team huddle', 'warm handover'];
const teamTerms = () => markedWords(article, WORDS, 'team');
const ownTerms = () => markedWords(article, WORDS, 'own');

async function addOwnTerm(term: string, explanation: string) {
  await options.getByLabel(ui.termLabel, { exact: true }).fill(term);
  await options.getByLabel(ui.explanationLabel).fill(explanation);
  await options.getByRole('button', { name: ui.addTermButton }).click();
  await options.getByRole('button', { name: ui.deleteTermLabel(term) }).waitFor();
}

async function deleteOwnTerm(term: string) {
  await options.getByRole('button', { name: ui.deleteTermLabel(term) }).click();
  await expect
    .poll(() => options.getByRole('button', { name: ui.deleteTermLabel(term) }).count())
    .toBe(0);
}

/** Saves the share form's list and returns the file's text. */
async function share(): Promise<{ name: string; text: string }> {
  const form = options.locator('form.team-share');
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    form.getByRole('button', { name: t.shareSave }).click(),
  ]);
  await form.getByText(t.shareSaved).waitFor();
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

async function chooseTeamFile(file: { name: string; text: string }) {
  await options.locator('#team-lists input[type="file"]').setInputFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text, 'utf8'),
  });
}

/** The popup's My tips tab: the team lists' names shown there. */
async function popupTeamLists(): Promise<string[]> {
  const popup = await session.openPopup();
  await popup.getByRole('tab', { name: ui.tabMyTips }).click();
  await popup
    .locator('#my-tips-heading, .my-tips, [data-my-tips]')
    .first()
    .waitFor()
    .catch(() => undefined);
  await popup.waitForTimeout(300);
  const names = await popup.locator('.team-list h3').allTextContents();
  await popup.close();
  return names;
}

describe('team lists in Chromium: share, add, update, switch off, remove', () => {
  let v1: { name: string; text: string };
  let v2: { name: string; text: string };

  it('one helper shares own tips and terms as a team-list file, then a new version of it', async () => {
    // The colleague who shares: a browser of their own.
    session = await launchChromium({ lang: 'en' });
    options = await openOptions(session);
    await options
      .getByLabel(ui.addTipLabel, { exact: true })
      .fill('Start each shift with a check-in');
    await options.getByRole('button', { name: ui.addTipButton }).click();
    await addOwnTerm('team huddle', 'A short meeting at the start of a shift.');
    await addOwnTerm('warm handover', 'Moving on together with both mentors.');
    const form = options.locator('form.team-share');
    await form.getByLabel(t.shareName).fill('Team Noord');
    await form.getByLabel(t.sharePublisher).fill('Jeugdzorg Noord');
    await form.getByLabel('Start each shift with a check-in').check();
    await form.getByLabel('team huddle').check();
    v1 = await share();
    const file = JSON.parse(v1.text) as {
      format: string;
      list: { name: string; version: number; tips: unknown[]; terms: { term: string }[] };
    };
    expect(file.format).toBe('holding-space-companion-team-list');
    expect(file.list).toMatchObject({ name: 'Team Noord', version: 1 });
    expect(file.list.tips).toHaveLength(1);
    expect(file.list.terms.map((term) => term.term)).toEqual(['team huddle']);

    // Later: version 2 of the same list, with one more term.
    await options.reload();
    await options.locator('form.team-share').waitFor();
    await form
      .getByLabel(t.shareStartFrom)
      .selectOption({ label: t.shareNewVersionOf('Team Noord', 2) });
    await expect.poll(() => form.locator('input[type="number"]').inputValue()).toBe('2');
    expect(await form.getByLabel('team huddle').isChecked()).toBe(true);
    await form.getByLabel('warm handover').check();
    v2 = await share();
    const second = JSON.parse(v2.text) as { list: { id: string; version: number } };
    expect(second.list).toMatchObject({
      version: 2,
      id: (JSON.parse(v1.text) as { list: { id: string } }).list.id,
    });
    expect(session.errors).toEqual([]);
    await session.close();

    // The colleague who adds it, in another browser.
    session = await launchChromium({ lang: 'en' });
    options = await openOptions(session);
    article = await session.context.newPage();
    await article.goto(server.url('team-page.html'));
    // The first page after the browser starts waits for its policy (about 3 s in Chromium).
    await expect
      .poll(() => highlightedIn(article, 'hsc-underline-teal'), { timeout: 10_000 })
      .toContain('compassion fatigue');
    expect(await teamTerms()).toEqual([]);
  });

  it('adds the file after a preview: its terms are highlighted in their own style, the card names the list', async () => {
    await chooseTeamFile(v1);
    const preview = options.locator('#team-lists .import-preview');
    await preview.getByText(t.previewNew('Team Noord', 1)).waitFor();
    expect(await preview.textContent()).toContain(t.previewAdds(1, 1));
    await preview.getByRole('button', { name: t.addApply }).click();
    await options.locator('#team-lists').getByText(t.added('Team Noord')).waitFor();
    await expect.poll(teamTerms).toEqual(['team huddle']);
    // The glossary still has its own style.
    expect(await highlightedIn(article, 'hsc-underline-teal')).toContain('compassion fatigue');

    await article.bringToFront();
    await hoverWord(article, 'team huddle', { within: '#huddle' });
    // A team term's card is shown in the extension's own frame (entrypoints/term-card/).
    await expect
      .poll(() => privateCardText(article), { timeout: 3000 })
      .toContain('From: Team Noord, version 1');
    await article.mouse.move(1, 1);

    expect(await popupTeamLists()).toEqual(['Team Noord']);
    const popup = await session.openPopup();
    await popup.getByRole('searchbox').fill('huddle');
    const result = popup.locator('[data-result-team]');
    await expect
      .poll(() => result.allTextContents())
      .toEqual([expect.stringContaining('team huddle')]);
    await popup.close();
  });

  it("a user's own term wins over the team's", async () => {
    await addOwnTerm('team huddle', 'My own words for it.');
    await expect.poll(ownTerms).toEqual(['team huddle']);
    expect(await teamTerms()).toEqual([]);
    await deleteOwnTerm('team huddle');
    await expect.poll(teamTerms).toEqual(['team huddle']);
  });

  it('a newer version shows what changes and replaces the list; an older one is refused', async () => {
    await chooseTeamFile(v2);
    const preview = options.locator('#team-lists .import-preview');
    await preview.getByText(t.previewNewer('Team Noord', 1, 2)).waitFor();
    expect(await preview.textContent()).toContain(t.changesTerms(1, 0, 0));
    await preview.getByRole('button', { name: t.updateApply }).click();
    await options.locator('#team-lists').getByText(t.updated('Team Noord', 2)).waitFor();
    await expect.poll(teamTerms).toEqual(['team huddle', 'warm handover']);
    const popup = await session.openPopup();
    await popup.getByRole('tab', { name: ui.tabMyTips }).click();
    await expect
      .poll(() => popup.locator('.team-list .hint').first().textContent())
      .toContain('From: Team Noord, version 2');
    await popup.close();

    await chooseTeamFile(v1);
    await options
      .locator('#team-lists')
      .getByText(t.older('Team Noord', 2, 1))
      .waitFor();
    expect(await teamTerms()).toEqual(['team huddle', 'warm handover']);
  });

  it('switched off, its terms go from the page and the popup; switched on, they come back', async () => {
    const use = options.getByLabel(`${t.useList}: Team Noord`);
    await use.uncheck();
    await expect.poll(teamTerms).toEqual([]);
    expect(await popupTeamLists()).toEqual([]);
    await use.check();
    await expect.poll(teamTerms).toEqual(['team huddle', 'warm handover']);
  });

  it('removed as a whole after a confirmation; what was copied into My tips stays', async () => {
    const list = options.locator('#team-lists [data-team-list]');
    await list.locator('summary', { hasText: t.tipsHeading(1) }).click();
    await list
      .getByRole('button', { name: `${t.copyToMyTips}: Start each shift with a check-in` })
      .click();
    await expect
      .poll(() => options.locator('#my-tips .my-tip-text').allTextContents())
      .toEqual(['Start each shift with a check-in']);
    await options.getByRole('button', { name: `${t.remove}: Team Noord` }).click();
    await options.getByRole('button', { name: t.removeYes }).click();
    await options.locator('#team-lists').getByText(t.removed('Team Noord')).waitFor();
    await expect.poll(teamTerms).toEqual([]);
    expect(await popupTeamLists()).toEqual([]);
    expect(await options.locator('#my-tips .my-tip-text').count()).toBe(1);
  });

  it('a broken file, a backup and a file that is not JSON get a kind message and change nothing', async () => {
    const before = await options.evaluate(() => chrome.storage.local.get('teamLists'));
    for (const [file, message] of [
      [{ name: 'a.json', text: '{ not json' }, t.errors['not-json']],
      [
        {
          name: 'b.json',
          text: JSON.stringify({ format: 'holding-space-companion-backup', version: 1, data: {} }),
        },
        t.isBackup,
      ],
      [
        {
          name: 'c.json',
          text: JSON.stringify({
            format: 'holding-space-companion-team-list',
            version: 1,
            list: { id: 'x' },
          }),
        },
        t.errors.invalid,
      ],
    ] as const) {
      await chooseTeamFile(file);
      await options.locator('#team-lists').getByText(message).waitFor();
    }
    expect(await options.evaluate(() => chrome.storage.local.get('teamLists'))).toEqual(before);
  });

  it('logged no errors', () => {
    expect(session.errors).toEqual([]);
  });
});
