import {
  mkdtempSync,
  openSync,
  closeSync,
  ftruncateSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { ElementHandle, Page as PuppeteerPage } from 'puppeteer-core';
import { expect } from 'vitest';
import { MAX_PDF_BYTES } from '../../../utils/pdf/input';
import { content } from '../../../utils/texts';
import type { ChromiumSession } from './chromium';
import { waitForPage } from './firefox';
import type { FirefoxSession } from './firefox';
import { readHighlights } from './highlights';
import { ROOT } from './paths';
import { REDIRECT } from './server';

/** The viewer's fixture PDFs (made by tests/support/make-pdf.mjs). */
export const PDF_FIXTURES = join(ROOT, 'tests/browser/fixtures/pdf');
export const pdfFixture = (name: string) => join(PDF_FIXTURES, name);

/**
 * A file just over the viewer's size limit, made sparse (it takes no room on disk): the
 * viewer must refuse it before reading it.
 */
export function oversizePdf(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hsc-pdf-')), 'very-large.pdf');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, MAX_PDF_BYTES + 1);
  closeSync(fd);
  return path;
}

/** The terms of care-en-nl.pdf painted in both browsers: English on page 1, Dutch on page 2. */
export const CARE_TERMS = [
  'holding space',
  'drama triangle',
  'compassion fatigue',
  'dramadriehoek',
  'gedwongen kader',
  'zelfregie',
  'compassiemoeheid',
];

/** How long the shared steps wait for the viewer (Firefox is the slower one here). */
const WAIT = { timeout: 15_000 };

// ---------------------------------------------------------------------------------------
// Functions run in the page (page.evaluate, in either driver): self-contained.

/** In the page: the middle of the first painted occurrence of `term` (lower case). */
export function pointOfTerm(term: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('hsc-') || name === 'hsc-active') continue;
    for (const r of highlight as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString().toLowerCase() !== term) continue;
      const box = range.getClientRects()[0];
      if (box) return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
    }
  }
  return null;
}

/**
 * In the page: how many card hosts there are. The card lives in a closed shadow root; what a
 * page can see of it is its host, a plain div straight under <html>, on top of everything,
 * added when the card is first shown.
 */
export function cardHosts(): number {
  return [...document.documentElement.children].filter(
    (el) => el.localName === 'div' && el.getAttribute('style')?.includes('2147483647'),
  ).length;
}

/** In the page: what the viewer shows now (for polling). */
export function viewerState() {
  const container = document.querySelector<HTMLElement>('.viewer-container');
  return {
    problem: document.querySelector('[data-problem]')?.getAttribute('data-problem') ?? null,
    problemText: document.querySelector('[data-problem]')?.textContent ?? null,
    password: document.querySelector('input[type=password]') !== null,
    wrongPassword: document.querySelector('.viewer-wrong') !== null,
    permissionSite: document.querySelector('[data-site]')?.getAttribute('data-site') ?? null,
    permissionText: document.querySelector('.viewer-permission')?.textContent ?? null,
    noText: document.querySelector('[data-notice="no-text"]') !== null,
    ready: container?.dataset.ready === 'true',
    title: document.title,
    pages: document.querySelectorAll('.pdfViewer .page').length,
    textSpans: document.querySelectorAll('.textLayer span').length,
    pageInput: document.querySelector<HTMLInputElement>('.viewer-page-input')?.value ?? null,
    ofPages: document.querySelector('.viewer-of-pages')?.textContent ?? null,
    langs: [...document.querySelectorAll('.pdfViewer .page')].map((p) => p.getAttribute('lang')),
    /** Pages whose canvas holds pixels now (far pages give theirs back). */
    canvases: [...document.querySelectorAll('.pdfViewer .page canvas')].filter(
      (c) => (c as HTMLCanvasElement).width > 0,
    ).length,
    zoom: document.querySelector<HTMLSelectElement>('.viewer-zoom select')?.value ?? null,
  };
}
export type ViewerState = ReturnType<typeof viewerState>;

/** What a drop did, seen from the page (see dropFileInPage and dropPdf). */
export interface DropSeen {
  /** The page called preventDefault on dragover: it takes the drop. */
  accepted: boolean;
  /** The drop effect the page asked for on dragover. */
  dropEffect: string;
  /** The "drop it here" layer was shown while the file was over the page. */
  layerShown: boolean;
  /** …and was gone after the drop. */
  layerGone: boolean;
  /** The page called preventDefault on drop (so the browser does not open the file itself). */
  dropTaken: boolean;
}

/**
 * In the page: drags a PDF (its bytes in base64) over the viewer and drops it, as a file
 * dragged from the desktop: dragenter, dragover, drop, each carrying a DataTransfer with the
 * File. App.tsx listens on the document; the events start on the document area, where a
 * user lets go, and bubble there. Waits (on the layer's state, a frame at a time) for the
 * "drop it here" layer between the steps.
 */
export async function dropFileInPage(file: { name: string; base64: string }): Promise<DropSeen> {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], file.name, { type: 'application/pdf' }));
  const target = document.querySelector('.viewer-container') ?? document.body;
  const fire = (type: string) =>
    target.dispatchEvent(
      new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
    );
  const until = async (done: () => boolean) => {
    const deadline = performance.now() + 3_000;
    while (!done() && performance.now() < deadline) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return done();
  };
  const layer = () => document.querySelector('.viewer-drop') !== null;
  fire('dragenter');
  // A real drag fires dragover again and again while the file is held over the page (every
  // 50 ms or so), so a page whose listeners came a moment late still takes it: the same
  // here, a frame apart, until it is accepted (a test once fired it before the viewer had
  // started listening, in Firefox).
  let accepted = !fire('dragover');
  if (!accepted) accepted = await until(() => !fire('dragover'));
  const dropEffect = transfer.dropEffect;
  const layerShown = await until(layer);
  const dropTaken = !fire('drop');
  const layerGone = await until(() => !layer());
  return { accepted, dropEffect, layerShown, layerGone, dropTaken };
}

// ---------------------------------------------------------------------------------------
// One viewer tab, whichever browser drives it.

/** A PDF to open: a file on disk, or bytes made by the test. */
export type PdfFile = string | { name: string; buffer: Buffer };

/** What the shared steps below need of a tab; each browser's driver provides it. */
export interface ViewerTab<P> {
  /** The driver's own page, for what only one browser checks. */
  page: P;
  /** Runs `fn(arg)` in the page; its result comes back as JSON. */
  run: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;
  /** "Open a PDF…": gives the (hidden) file input a file, as the file picker does. */
  chooseFile: (file: PdfFile) => Promise<void>;
  click: (selector: string) => Promise<void>;
  /** Types `text` into the (empty) field and presses Enter. */
  typeAndEnter: (selector: string, text: string) => Promise<void>;
  moveMouse: (x: number, y: number) => Promise<void>;
  close: () => Promise<void>;
  state: () => Promise<ViewerState>;
  painted: () => Promise<string[]>;
}

/** Opens the extension's viewer.html in a new tab, with `search` (`?file=…`) if given. */
export type ViewerOpener<P> = (search?: string) => Promise<ViewerTab<P>>;

function withReaders<P>(tab: Omit<ViewerTab<P>, 'state' | 'painted'>): ViewerTab<P> {
  return {
    ...tab,
    state: () => tab.run(viewerState, undefined),
    painted: () => tab.run(readHighlights, undefined),
  };
}

/** Viewer tabs in Chromium (Playwright), 900 × 700, in front as a reader's tab is. */
export function chromiumViewer(session: ChromiumSession): ViewerOpener<PlaywrightPage> {
  return async (search = '') => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(`chrome-extension://${session.extensionId}/viewer.html${search}`);
    await page.locator('.viewer-toolbar').waitFor();
    // In front: a tab behind others gets its frames held back.
    await page.bringToFront();
    return withReaders({
      page,
      run: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
        page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
      chooseFile: async (file) => {
        const input = page.locator('[data-testid=pdf-file]');
        if (typeof file === 'string') await input.setInputFiles(file);
        else await input.setInputFiles({ ...file, mimeType: 'application/pdf' });
      },
      click: (selector) => page.click(selector),
      typeAndEnter: async (selector, text) => {
        await page.fill(selector, text);
        await page.press(selector, 'Enter');
      },
      moveMouse: (x, y) => page.mouse.move(x, y),
      close: () => page.close(),
    });
  };
}

/** Viewer tabs in Firefox ESR (puppeteer over WebDriver BiDi), 900 × 700, in front. */
export function firefoxViewer(session: FirefoxSession): ViewerOpener<PuppeteerPage> {
  let folder: string | null = null;
  return async (search = '') => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 900, height: 700 });
    const url = `${session.baseUrl}/viewer.html${search}`;
    // Navigating to an extension page never resolves here (see support/firefox.ts).
    page.goto(url).catch(() => undefined);
    await waitForPage(page, url, '.viewer-toolbar');
    await page.bringToFront();
    return withReaders({
      page,
      run: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
        page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
      chooseFile: async (file) => {
        // Puppeteer uploads files from disk only: bytes made by the test are written first.
        let path = file;
        if (typeof file !== 'string') {
          folder ??= mkdtempSync(join(tmpdir(), 'hsc-pdf-'));
          path = join(folder, file.name);
          writeFileSync(path, file.buffer);
        }
        const input = (await page.$('[data-testid=pdf-file]')) as ElementHandle<HTMLInputElement>;
        await input.uploadFile(path as string);
      },
      click: (selector) => page.click(selector),
      typeAndEnter: async (selector, text) => {
        await page.type(selector, text);
        await page.keyboard.press('Enter');
      },
      moveMouse: (x, y) => page.mouse.move(x, y),
      close: () => page.close(),
    });
  };
}

// ---------------------------------------------------------------------------------------
// The steps both browsers' tests take.

/** Waits until every one of `terms` is painted; returns what is painted then. */
export async function waitForTerms<P>(tab: ViewerTab<P>, terms: string[]): Promise<string[]> {
  await expect.poll(() => tab.painted(), WAIT).toEqual(expect.arrayContaining(terms));
  return tab.painted();
}

/**
 * Checks that care-en-nl.pdf is open and highlighted: both pages, each in its own language,
 * the care terms of both painted, no problem or no-text notice, and the file name in the
 * title (`name`: under which it was opened). Returns the painted terms.
 */
export async function expectCareDocument<P>(tab: ViewerTab<P>, name: string): Promise<string[]> {
  const painted = await waitForTerms(tab, CARE_TERMS);
  const now = await tab.state();
  expect(now.ready).toBe(true);
  expect(now.ofPages).toBe('of 2');
  expect(now.langs).toEqual(['en', 'nl']);
  expect(now.problem).toBeNull();
  expect(now.permissionSite).toBeNull();
  expect(now.noText).toBe(false);
  expect(now.title).toContain(name);
  return painted;
}

/** Opens care-en-nl.pdf through the file input and checks it (see expectCareDocument). */
export async function openCareByInput<P>(tab: ViewerTab<P>): Promise<string[]> {
  expect((await tab.state()).ready).toBe(false);
  await tab.chooseFile(pdfFixture('care-en-nl.pdf'));
  return expectCareDocument(tab, 'care-en-nl.pdf');
}

/**
 * Drops a PDF on the viewer (see dropFileInPage) and checks the page took it: dragover
 * accepted, the drop layer shown and gone, the drop's default prevented (else the browser
 * would open the file itself). Returns what was seen, drop effect included: Chromium
 * ignores a drop effect set on a DataTransfer made by a script (it is not a real drag), so
 * that one is checked by the caller where it holds.
 */
export async function dropPdf<P>(
  tab: ViewerTab<P>,
  file: { name: string; buffer: Buffer },
): Promise<DropSeen> {
  const seen = await tab.run(dropFileInPage, {
    name: file.name,
    base64: file.buffer.toString('base64'),
  });
  expect(seen).toEqual({
    accepted: true,
    dropEffect: expect.any(String) as unknown,
    layerShown: true,
    layerGone: true,
    dropTaken: true,
  });
  return seen;
}

/** The bytes of one of the fixture PDFs, for a drop. */
export const fixtureBytes = (name: string) => ({
  name,
  buffer: readFileSync(pdfFixture(name)),
});

/**
 * Points at the first painted `term` and waits for the card to be added to the page (its
 * host; what is in it is read with the DevTools protocol where there is one, see card.ts).
 */
export async function pointAtTerm<P>(tab: ViewerTab<P>, term: string): Promise<void> {
  await waitForTerms(tab, [term]);
  const at = await tab.run(pointOfTerm, term);
  expect(at).not.toBeNull();
  expect(await tab.run(cardHosts, undefined)).toBe(0);
  // Two moves: the hover watcher acts on a move, and Firefox may take the first as entering.
  await tab.moveMouse(at!.x, at!.y);
  await tab.moveMouse(at!.x + 1, at!.y);
  await expect.poll(() => tab.run(cardHosts, undefined), { timeout: 3_000 }).toBe(1);
}

/** The browser's find finds `text` in the text layer and selects it (so it can be copied). */
export async function expectFoundAndSelected<P>(tab: ViewerTab<P>, text: string): Promise<void> {
  const find = (what: string) => (window as unknown as { find: (t: string) => boolean }).find(what);
  expect(await tab.run(find, text)).toBe(true);
  expect(await tab.run(() => window.getSelection()?.toString() ?? null, undefined)).toBe(text);
}

/**
 * Opens each bad file in turn and checks its own message: a broken PDF, something else
 * named .pdf, one over the size limit, a scan without text (opened, with a notice), and a
 * locked one: asked for its password, told when it is wrong, opened with the right one.
 */
export async function expectBadFileMessages<P>(tab: ViewerTab<P>): Promise<void> {
  const state = () => tab.state();
  await tab.chooseFile(pdfFixture('broken.pdf'));
  await expect.poll(async () => (await state()).problem, WAIT).toBe('broken');
  await tab.chooseFile(pdfFixture('not-a-pdf.pdf'));
  await expect.poll(async () => (await state()).problem, WAIT).toBe('not-pdf');
  await tab.chooseFile(oversizePdf());
  await expect.poll(async () => (await state()).problem, WAIT).toBe('too-large');
  await tab.chooseFile(pdfFixture('scan.pdf'));
  await expect.poll(async () => (await state()).noText, WAIT).toBe(true);
  expect((await state()).ready).toBe(true);
  expect((await state()).problem).toBeNull();

  await tab.chooseFile(pdfFixture('password.pdf'));
  await expect.poll(async () => (await state()).password, WAIT).toBe(true);
  expect((await state()).wrongPassword).toBe(false);
  await tab.typeAndEnter('input[type=password]', 'wrong');
  await expect.poll(async () => (await state()).wrongPassword, WAIT).toBe(true);
  await tab.typeAndEnter('input[type=password]', 'steun');
  await waitForTerms(tab, ['drama triangle']);
  expect((await state()).password).toBe(false);
}

/** The viewer asks for exactly `site`, saying why, and shows nothing of the PDF yet. */
export async function expectAskedFor<P>(tab: ViewerTab<P>, site: string): Promise<void> {
  await expect.poll(async () => (await tab.state()).permissionSite, WAIT).toBe(site);
  const now = await tab.state();
  expect(now.permissionText).toContain(content.en.ui.viewerPermissionWhy(site));
  expect(now.permissionText).toContain(content.en.ui.viewerPermissionAllow(site));
  expect(now.ready).toBe(false);
  expect(now.pages).toBe(0);
}

/**
 * The "yes" path: the viewer asked for the site of `address` (care-en-nl.pdf on the test's
 * server); the user clicks its Allow button; the PDF is read from there and highlighted as a
 * local file is. Whether the browser grants without a prompt is the caller's setup.
 */
export async function allowAndRead<P>(tab: ViewerTab<P>, address: string): Promise<string[]> {
  const site = new URL(address).hostname;
  await expectAskedFor(tab, site);
  await tab.click('.viewer-permission button.primary');
  return expectCareDocument(tab, 'care-en-nl.pdf');
}

/**
 * After the "yes" path: exactly the site was granted (not every http site), and the same
 * address opens at once, without asking, with the same terms. `allowed` runs in the page
 * (chrome.permissions or browser.permissions.contains for one origin).
 */
export async function expectSiteRemembered<P>(
  asks: ViewerTab<P>,
  painted: string[],
  open: ViewerOpener<P>,
  search: string,
  allowed: (origin: string) => Promise<boolean>,
): Promise<void> {
  expect(await asks.run(allowed, 'http://127.0.0.1/*')).toBe(true);
  // Exactly that site: not every http site.
  expect(await asks.run(allowed, 'http://*/*')).toBe(false);
  await asks.close();
  const again = await open(search);
  await expectCareDocument(again, 'care-en-nl.pdf');
  await expect.poll(() => again.painted()).toEqual(painted);
  await again.close();
  // The allowed site sends the viewer on to a site never allowed (which would let it read
  // the PDF): refused, with its own message, and nothing shown.
  const address = new URL(new URLSearchParams(search).get('file')!);
  const redirecting = `${address.origin}${REDIRECT}${address.pathname.replace(/^\//, '')}`;
  const sentOn = await open(`?file=${encodeURIComponent(redirecting)}`);
  await expect.poll(async () => (await sentOn.state()).problem, WAIT).toBe('redirected');
  await sentOn.close();
}
