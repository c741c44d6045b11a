import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/content';
import { launchFirefox } from './support/firefox';
import type { FirefoxSession } from './support/firefox';

const { ui } = content.en;

describe('My tips in Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('adds a tip that survives reopening the popup', async () => {
    let page = await session.openPopup();
    await page.click('#tab-my-tips');
    await page.waitForSelector('.my-tips input[name="text"]');
    await page.type('.my-tips input[name="text"]', 'Silence is fine');
    await page.click('.add-tip button[type="submit"]');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.my-tip-text')].some(
        (p) => p.textContent === 'Silence is fine',
      ),
    );
    await page.close();

    page = await session.openPopup();
    await page.click('#tab-my-tips');
    await page.waitForSelector('.my-tip-text');
    const texts = await page.$$eval('.my-tip-text', (nodes) => nodes.map((n) => n.textContent));
    expect(texts).toEqual(['Silence is fine']);
    expect(await page.$eval('#tab-my-tips', (tab) => tab.textContent)).toBe(ui.tabMyTips);
    await page.close();
  });
});
