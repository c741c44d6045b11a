import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { TIP_IDS } from '../../utils/texts/ids';
import { launchFirefox } from './support/firefox';
import type { FirefoxSession } from './support/firefox';

describe('popup in Firefox ESR', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads and shows the eight tips', async () => {
    const page = await session.openPopup();
    const titles = await page.$$eval('.tip-title', (nodes) => nodes.map((n) => n.textContent));
    expect(titles).toEqual(TIP_IDS.map((id) => content.en.tips[id].title));
    await page.click('#tip-toggle-trust-their-wisdom');
    const visible = await page.$eval(
      '#tip-body-trust-their-wisdom',
      (el) => !(el as HTMLElement).hidden,
    );
    expect(visible).toBe(true);
  });
});
