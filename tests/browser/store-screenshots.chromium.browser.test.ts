/**
 * The store screenshots (store/screenshots/, see store/README.md): 1280×800 PNGs of the built
 * extension in real Chromium, in English and Dutch. Each one is real captures of the
 * extension's pages, laid side by side on a calm background with a one-line caption: the
 * popup is 380 px wide, so a store-sized shot shows it next to what it belongs with.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { TIP_IDS } from '../../utils/texts/ids';
import type { Lang, SelfCheckId } from '../../utils/texts/ids';
import { cardDriver } from './support/card';
import { launchChromium } from './support/chromium';
import type { ChromiumSession } from './support/chromium';
import { waitForHighlights } from './support/highlights';
import { ROOT } from './support/paths';
import { startFixtureServer } from './support/server';
import type { FixtureServer } from './support/server';

const OUT = join(ROOT, 'store/screenshots');
const WIDTH = 1280;
const HEIGHT = 800;
const POPUP = { width: 380, height: 600 };
/** A web page beside the popup: what is left of 1280 px after the margins and the gap. */
const PAGE = { width: WIDTH - 2 * 48 - 32 - POPUP.width, height: 600 };

/** The words on the frame around the captures (the captures themselves are untouched). */
const FRAME: Record<
  Lang,
  {
    pageCaption: string;
    onPage: string;
    inPopup: string;
    selfCheckCaption: string;
    questions: string;
    readout: string;
    myTipsCaption: string;
    optionsPage: string;
    popupMyTips: string;
    myTips: { text: string; note?: string; tags?: string }[];
  }
> = {
  en: {
    pageCaption: 'The eight tips one click away, and care terms explained where you read',
    onPage: 'On a web page: the card of an underlined term',
    inPopup: 'The toolbar popup: the tips',
    selfCheckCaption: 'Rescue, or a helping hand? A short self-check before you step in',
    questions: 'Seven honest questions',
    readout: 'A kind read-out, with the tips that fit',
    myTipsCaption: 'Your own tips, in the popup and on the settings page, kept in your browser',
    optionsPage: 'The settings page',
    popupMyTips: 'The popup: My tips',
    myTips: [
      { text: 'Ask before advising', tags: 'conversations' },
      {
        text: 'Silence is fine',
        note: 'A pause gives them room to find their own words.',
        tags: 'supervision',
      },
      { text: 'Their pace, not mine' },
    ],
  },
  nl: {
    pageCaption: 'De acht tips met één klik, en uitleg bij begrippen waar je leest',
    onPage: 'Op een webpagina: het kaartje bij een onderstreept begrip',
    inPopup: 'De popup in de werkbalk: de tips',
    selfCheckCaption: 'Redden of steuntje in de rug? Een korte zelfcheck voordat je bijspringt',
    questions: 'Zeven eerlijke vragen',
    readout: 'Een vriendelijke uitkomst, met de tips die passen',
    myTipsCaption: 'Je eigen tips, in de popup en op de instellingenpagina, bewaard in je browser',
    optionsPage: 'De instellingenpagina',
    popupMyTips: 'De popup: Mijn tips',
    myTips: [
      { text: 'Vraag eerst of advies welkom is', tags: 'gesprekken' },
      {
        text: 'Stilte is goed',
        note: 'Een pauze geeft de ander ruimte om eigen woorden te vinden.',
        tags: 'intervisie',
      },
      { text: 'Hun tempo, niet het mijne' },
    ],
  },
};

/** The term pointed at on each language's page, and the glossary entry its card shows. */
const POINTED = {
  en: { term: 'drama triangle', entry: 'drama-triangle' },
  nl: { term: 'dramadriehoek', entry: 'drama-triangle' },
} as const;

/** Answers that give a read-out with something to look at, as a real pause might. */
const ANSWERS: Record<SelfCheckId, 'yes' | 'no' | 'unsure'> = {
  'did-they-ask': 'no',
  'what-they-need': 'unsure',
  'too-much': 'yes',
  'whose-need': 'yes',
  'stay-without-fixing': 'yes',
  'their-choice': 'yes',
  'my-reserves': 'yes',
};

interface Panel {
  png: Buffer;
  width: number;
  height: number;
  label: string;
}

/** A PNG of what the page shows once every running transition has finished. */
async function capture(page: Page): Promise<Buffer> {
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished)),
  );
  return page.screenshot();
}

/**
 * Leaves an extension page as a user would see it at rest: no blinking caret in a focused
 * field, no hover left by the last click (both would differ from run to run).
 */
async function atRest(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await page.mouse.move(0, 0);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Width and height from a PNG's header (IHDR: bytes 16–23). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Lays the captures side by side under a caption, each with a small label saying what it
 * is, and writes store/screenshots/<name>.png at exactly 1280×800.
 */
async function compose(
  session: ChromiumSession,
  name: string,
  caption: string,
  panels: Panel[],
): Promise<string> {
  const figures = panels
    .map(
      (panel) => `<figure style="width:${panel.width}px">
        <figcaption>${escapeHtml(panel.label)}</figcaption>
        <img alt="" width="${panel.width}" height="${panel.height}"
          src="data:image/png;base64,${panel.png.toString('base64')}">
      </figure>`,
    )
    .join('');
  const page = await session.context.newPage();
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
    body {
      display: flex; flex-direction: column; align-items: center; justify-content: center;
      gap: 26px; background: #e6efeb; color: #1f2a2e;
      font-family: system-ui, 'DejaVu Sans', sans-serif;
    }
    h1 { margin: 0 48px; font-size: 26px; font-weight: 600; line-height: 1.3; text-align: center; }
    .panels { display: flex; gap: 32px; align-items: flex-start; }
    figure { margin: 0; }
    figcaption { margin: 0 0 8px 2px; font-size: 15px; color: #40504f; }
    img {
      display: block; border-radius: 10px;
      box-shadow: 0 0 0 1px rgba(31, 42, 46, 0.14), 0 8px 24px rgba(31, 42, 46, 0.14);
    }
  </style></head><body><h1>${escapeHtml(caption)}</h1><div class="panels">${figures}</div></body></html>`);
  await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  await page.close();
  return file;
}

for (const lang of ['en', 'nl'] as const) {
  const c = content[lang];
  const frame = FRAME[lang];

  describe(`store screenshots in Chromium, ${lang}`, () => {
    let server: FixtureServer;
    let session: ChromiumSession;
    beforeAll(async () => {
      server = await startFixtureServer();
      session = await launchChromium({ lang });
      // The same day every run, so the tip of the day (and so the picture) stays the same.
      await session.context.clock.setFixedTime(new Date('2026-03-03T10:00:00'));
    });
    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('a page with highlights and an open card, beside the popup’s tips', async () => {
      const { term, entry } = POINTED[lang];
      const page = await session.context.newPage();
      await page.setViewportSize(PAGE);
      // One page in both languages (tests/browser/fixtures/store-page.html): ?lang= picks.
      await page.goto(server.url(`store-page.html?lang=${lang}`));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const found = await waitForHighlights(page, (texts) => texts.includes(term));
      expect(found).toContain(term);
      const at = await page.evaluate((t) => {
        const paragraph = [...document.querySelectorAll('p')].find((p) =>
          p.textContent?.includes(t),
        )!;
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        let node: Text | null;
        while ((node = walker.nextNode() as Text | null)) {
          const i = node.data.indexOf(t);
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + t.length);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        throw new Error(`"${t}" is not in the page`);
      }, term);
      await page.mouse.move(at.x, at.y);
      const card = await cardDriver(page);
      await expect
        .poll(() => card.text('.card'), { timeout: 3000 })
        .toContain(c.glossary[entry].explanation);
      const pagePng = await capture(page);
      await card.close();
      await page.close();

      // The popup as it opens: the tip of the day (tip 4, which the card points to too) and
      // the eight tips.
      const popup = await session.openPopup();
      expect(await popup.locator('.totd-title').textContent()).toBe(c.tips[TIP_IDS[3]].title);
      await atRest(popup);
      const popupPng = await capture(popup);
      await popup.close();

      const file = await compose(session, `1-page-and-tips-${lang}`, frame.pageCaption, [
        { png: pagePng, ...PAGE, label: frame.onPage },
        { png: popupPng, ...POPUP, label: frame.inPopup },
      ]);
      expect(pngSize(file)).toEqual({ width: WIDTH, height: HEIGHT });
    });

    it('the self-check: its questions, and its read-out', async () => {
      const popup = await session.openPopup();
      await popup.locator('#tab-self-check').click();
      for (const [id, answer] of Object.entries(ANSWERS)) {
        await popup.locator(`input[name="self-check-${id}"][value="${answer}"]`).check();
      }
      await popup.evaluate(() => window.scrollTo(0, 0));
      await atRest(popup);
      const questionsPng = await capture(popup);
      await popup.locator('.actions .primary').click();
      const readout = popup.locator('.readout');
      await readout.waitFor();
      expect(await readout.textContent()).toContain(c.selfCheck['whose-need'].ifConcern);
      // The read-out takes the focus (and may scroll to it) first; then it is shown from its heading.
      await expect
        .poll(() => popup.evaluate(() => document.activeElement?.id))
        .toBe('readout-heading');
      await popup.evaluate(() =>
        document.querySelector('.readout')?.scrollIntoView({ block: 'start' }),
      );
      await atRest(popup);
      const readoutPng = await capture(popup);
      await popup.close();

      const file = await compose(session, `2-self-check-${lang}`, frame.selfCheckCaption, [
        { png: questionsPng, ...POPUP, label: frame.questions },
        { png: readoutPng, ...POPUP, label: frame.readout },
      ]);
      expect(pngSize(file)).toEqual({ width: WIDTH, height: HEIGHT });
    });

    it('My tips on the settings page, beside the popup', async () => {
      const options = await session.context.newPage();
      await options.setViewportSize(PAGE);
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.locator('.my-tips').waitFor();
      // Newest first: added in reverse, they read in the order written.
      const extras = options.locator('.my-tips form details');
      for (const { text, note, tags } of [...frame.myTips].reverse()) {
        await options.getByLabel(c.ui.addTipLabel, { exact: true }).fill(text);
        if (note || tags) {
          if (!(await extras.evaluate((details: HTMLDetailsElement) => details.open))) {
            await extras.locator('summary').click();
          }
          await extras.getByLabel(c.ui.noteLabel, { exact: true }).fill(note ?? '');
          await extras.getByLabel(c.ui.tagsLabel, { exact: true }).fill(tags ?? '');
        }
        await options.getByRole('button', { name: c.ui.addTipButton }).click();
        await expect.poll(() => options.locator('.my-tip-text').allTextContents()).toContain(text);
      }
      if (await extras.evaluate((details: HTMLDetailsElement) => details.open)) {
        await extras.locator('summary').click();
      }
      await options.evaluate(() => window.scrollTo(0, 0));
      await atRest(options);
      const optionsPng = await capture(options);

      const popup = await session.openPopup();
      await popup.locator('#tab-my-tips').click();
      await expect
        .poll(() => popup.locator('.my-tip-text').allTextContents())
        .toEqual(frame.myTips.map((tip) => tip.text));
      await atRest(popup);
      const popupPng = await capture(popup);
      await popup.close();
      await options.close();

      const file = await compose(session, `3-my-tips-${lang}`, frame.myTipsCaption, [
        { png: optionsPng, ...PAGE, label: frame.optionsPage },
        { png: popupPng, ...POPUP, label: frame.popupMyTips },
      ]);
      expect(pngSize(file)).toEqual({ width: WIDTH, height: HEIGHT });
    });

    it('logged no console errors', () => {
      expect(session.errors).toEqual([]);
    });
  });
}
