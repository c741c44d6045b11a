import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { SELF_CHECK_IDS, TIP_IDS } from '../../utils/texts/ids';
import type { Lang } from '../../utils/texts/ids';
import { seriousAxeViolations } from './support/axe';
import { launchChromium } from './support/chromium';
import type { ChromiumSession } from './support/chromium';
import { readPdf, squeeze } from './support/pdf-text';
import type { PdfPage } from './support/pdf-text';
import { saveScreenshot } from './support/screenshot';

/** A4 landscape in points, as Chromium writes it (±1 pt). */
const A4_LANDSCAPE = { width: 841.9, height: 595.3 };

/** Print-to-PDF as the print dialog would: the page's own @page size, backgrounds on. */
async function printed(page: Page): Promise<PdfPage[]> {
  return readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

async function openPocketCard(session: ChromiumSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/pocket-card.html`);
  await expect.poll(() => page.locator('.pocket-tips li').count()).toBe(TIP_IDS.length);
  return page;
}

/** Stores the language choice the way the popup does, through its EN/NL switch. */
async function chooseLanguage(session: ChromiumSession, lang: Lang): Promise<Page> {
  const popup = await session.openPopup();
  await popup.getByRole('button', { name: lang.toUpperCase(), exact: true }).click();
  await expect
    .poll(() =>
      popup.evaluate(async () => (await chrome.storage.local.get('languageChoice')).languageChoice),
    )
    .toBe(lang);
  return popup;
}

describe('pocket card in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ lang: 'en' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens from the popup in a tab of its own, in the language shown there', async () => {
    const popup = await chooseLanguage(session, 'nl');
    const nl = content.nl;
    const [card] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.getByRole('link', { name: new RegExp(`^${nl.ui.pocketCardLink}`) }).click(),
    ]);
    await expect.poll(() => card.locator('.pocket-tips li').count()).toBe(TIP_IDS.length);
    expect(new URL(card.url()).pathname).toBe('/pocket-card.html');
    expect(await card.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await card.title()).toBe(nl.ui.pocketCardTitle);
    expect(await card.locator('.pocket-tips h3').allTextContents()).toEqual(
      TIP_IDS.map((id) => nl.tips[id].title),
    );
    // A language switched in the popup while the card is open reaches the card too.
    await popup.getByRole('button', { name: 'EN', exact: true }).click();
    await expect
      .poll(() => card.locator('.pocket-tips h3').first().textContent())
      .toBe(content.en.tips['trust-their-wisdom'].title);
    await popup.close();
    await card.close();
  });

  for (const lang of ['en', 'nl'] as const) {
    it(`prints on one A4 page (landscape, two A5 halves) holding every tip, question and credit: ${lang}`, async () => {
      const c = content[lang];
      await (await chooseLanguage(session, lang)).close();
      const page = await openPocketCard(session);
      const pages = await printed(page);
      expect(pages.length).toBe(1);
      const [sheet] = pages;
      expect(Math.abs(sheet!.width - A4_LANDSCAPE.width)).toBeLessThan(1);
      expect(Math.abs(sheet!.height - A4_LANDSCAPE.height)).toBeLessThan(1);
      const text = squeeze(sheet!.runs.join(' '));
      for (const id of TIP_IDS) {
        expect(text, `${lang} tip title ${id}`).toContain(squeeze(c.tips[id].title));
        expect(text, `${lang} tip essence ${id}`).toContain(squeeze(c.tips[id].essence));
      }
      for (const id of SELF_CHECK_IDS) {
        expect(text, `${lang} question ${id}`).toContain(squeeze(c.selfCheck[id].question));
      }
      for (const credit of c.about.credits) expect(text).toContain(squeeze(credit.title));
      expect(text, 'danger comes first').toContain(squeeze(c.safety.beforeCheck));
      // The on-screen how-to and print button are not printed.
      expect(text).not.toContain(squeeze(c.ui.pocketCardIntro));
      await page.close();
    });
  }

  it('still fits on one page when every tip, question and note grows by half', async () => {
    // The tips' and questions' wording is edited over time: the layout keeps room for that.
    for (const lang of ['en', 'nl'] as const) {
      await (await chooseLanguage(session, lang)).close();
      const page = await openPocketCard(session);
      await page.evaluate(() => {
        const grow = (el: Element) => {
          const text = el.textContent ?? '';
          el.textContent = `${text} ${text.slice(0, Math.ceil(text.length / 2))}`;
        };
        document
          .querySelectorAll(
            '.pocket-tips h3, .pocket-tips p, .pocket-questions li, .pocket-small, .pocket-safety',
          )
          .forEach(grow);
      });
      expect((await printed(page)).length, lang).toBe(1);
      await page.close();
    }
  });

  it('follows the browser language when none was chosen', async () => {
    const fresh = await launchChromium({ lang: 'nl' });
    try {
      const page = await openPocketCard(fresh);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
      expect(await page.locator('#pocket-tips').textContent()).toBe(content.nl.ui.pocketCardTips);
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('has no serious or critical axe-core findings, light and dark, and is printable by keyboard', async () => {
    await (await chooseLanguage(session, 'en')).close();
    const page = await openPocketCard(session);
    await page.setViewportSize({ width: 1100, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await seriousAxeViolations(page), scheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // The print button is the first thing Tab reaches; Enter on it asks the page to print.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      content.en.ui.pocketCardPrint,
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await saveScreenshot(page, 'pocket-card-en');
    await page.close();
  });

  it('logged no console errors', () => {
    expect(session.errors).toEqual([]);
  });
});
