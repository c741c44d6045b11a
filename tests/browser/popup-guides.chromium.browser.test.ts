import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { LIMITED_CHOICE_IDS, SELF_CARE_IDS } from '../../utils/texts/ids';
import { seriousAxeViolations } from './support/axe';
import { launchChromium } from './support/chromium';
import type { ChromiumSession } from './support/chromium';
import { saveScreenshot } from './support/screenshot';

/** The popup's newer content: tip examples, "Holding space for yourself", "When choice is limited". */
for (const lang of ['en', 'nl'] as const) {
  const c = content[lang];

  describe(`popup guides and examples in Chromium, ${lang}`, () => {
    let session: ChromiumSession;
    beforeAll(async () => {
      session = await launchChromium({ lang });
    });
    afterAll(async () => {
      await session?.close();
    });

    it('the header keeps its buttons on one row beside the title, the tabs all in sight', async () => {
      const page = await session.openPopup();
      const boxes = await page.evaluate(() =>
        ['.self-care-button', '.about-button', '.language-switch'].map((selector) => {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          return { top: box.top, right: box.right, bottom: box.bottom };
        }),
      );
      for (const box of boxes) expect(box.top).toBe(boxes[0]!.top);
      expect(boxes[2]!.right).toBeLessThanOrEqual(380);
      expect(
        await page.locator('.tabs').evaluate((tabs) => tabs.scrollWidth <= tabs.clientWidth),
      ).toBe(true);
      await page.close();
    });

    it('"Holding space for yourself" opens from the header by keyboard, and back', async () => {
      const page = await session.openPopup();
      await page.locator('.self-care-button').focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('#self-care-heading').textContent())
        .toBe(c.selfCare.title);
      expect(await page.locator('.self-care-button').getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('#self-care [data-guide-part]').count()).toBe(SELF_CARE_IDS.length);
      expect(await page.locator('[role="tab"][aria-selected="true"]').count()).toBe(0);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await seriousAxeViolations(page), scheme).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await saveScreenshot(page, `popup-for-you-${lang}`);
      await page.locator('#tab-tips').click();
      await expect.poll(() => page.locator('#self-care').count()).toBe(0);
      await page.close();
    });

    it('"When choice is limited" follows the principles; an opened tip shows its example', async () => {
      const page = await session.openPopup();
      await page.locator('#tip-toggle-leave-their-power').click();
      const body = page.locator('#tip-body-leave-their-power');
      await expect.poll(() => body.isVisible()).toBe(true);
      const example = c.tipExamples['leave-their-power'];
      expect(await body.locator('.tip-example-story').textContent()).toBe(example.story);
      expect(await body.locator('.tip-phrasing').textContent()).toContain(
        example.phrasing!.tryThis,
      );
      await page.locator('#tab-principles').click();
      await expect
        .poll(() => page.locator('#limited-choice-heading').textContent())
        .toBe(c.limitedChoice.title);
      expect(await page.locator('#limited-choice [data-guide-part]').count()).toBe(
        LIMITED_CHOICE_IDS.length,
      );
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await seriousAxeViolations(page), `${scheme} principles`).toEqual([]);
        await page.locator('#tab-tips').click();
        expect(await seriousAxeViolations(page), `${scheme} opened tip`).toEqual([]);
        await page.locator('#tab-principles').click();
      }
      await page.close();
    });

    it('logged no console errors', () => {
      expect(session.errors).toEqual([]);
    });
  });
}
