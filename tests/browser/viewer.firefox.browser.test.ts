// cspell:ignore webext
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox } from './support/firefox';
import type { FirefoxSession } from './support/firefox';
import { startFixtureServer } from './support/server';
import type { FixtureServer } from './support/server';
import {
  allowAndRead,
  expectSiteRemembered,
  dropPdf,
  expectBadFileMessages,
  expectCareDocument,
  expectFoundAndSelected,
  firefoxViewer,
  fixtureBytes,
  openCareByInput,
  pointAtTerm,
} from './support/viewer';
import type { ViewerOpener } from './support/viewer';

let server: FixtureServer;
let session: FirefoxSession;
let openViewer: ViewerOpener<Page>;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchFirefox();
  openViewer = firefoxViewer(session);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the PDF viewer in Firefox ESR', () => {
  it('opens a PDF from a file and paints the terms of each page in its language', async () => {
    const tab = await openViewer();
    await openCareByInput(tab);
    await tab.close();
  });

  it('opens a PDF dropped on the page and paints the same terms as the file input', async () => {
    const byInput = await openViewer();
    const expected = await openCareByInput(byInput);
    await byInput.close();
    const tab = await openViewer();
    const seen = await dropPdf(tab, {
      ...fixtureBytes('care-en-nl.pdf'),
      name: 'dropped care.pdf',
    });
    // The page asks for a copy (Firefox keeps a drop effect set on a script's DataTransfer).
    expect(seen.dropEffect).toBe('copy');
    await expectCareDocument(tab, 'dropped care.pdf');
    await expect.poll(() => tab.painted()).toEqual(expected);
    await tab.close();
  });

  it('opens the card for a term under the pointer, and the text can be found and selected', async () => {
    const tab = await openViewer();
    await openCareByInput(tab);
    await pointAtTerm(tab, 'drama triangle');
    await expectFoundAndSelected(tab, 'gedwongen kader');
    await tab.close();
  });

  it('gives each bad file its own message, and asks for a password', async () => {
    const tab = await openViewer();
    await expectBadFileMessages(tab);
    await tab.close();
  });

  it('offers "Open this PDF with highlights" in the popup for a tab that shows a PDF', async () => {
    const address = server.url('pdf/care-en-nl.pdf');
    const tab = await session.browser.newPage();
    // Firefox shows the PDF in its own viewer; the navigation's load never settles for
    // puppeteer there: wait for the address instead.
    tab.goto(address).catch(() => undefined);
    await expect.poll(() => tab.url(), { timeout: 10_000 }).toBe(address);
    const popup = await session.openPopup();
    await tab.bringToFront();
    // The popup asks for the active tab when it opens: open it again behind the PDF's tab
    // (reloading an extension page never settles for puppeteer either).
    await popup.evaluate(() => {
      (window as unknown as { reloaded?: boolean }).reloaded = false;
      setTimeout(() => location.reload(), 0);
    });
    // Ready once a new document (without the old one's mark) shows the tips.
    await expect
      .poll(
        () =>
          popup
            .evaluate(() => !('reloaded' in window) && document.querySelector('.tip-card') !== null)
            .catch(() => false),
        { timeout: 10_000 },
      )
      .toBe(true);
    const button = () =>
      popup.evaluate(() => document.querySelector('[data-action="open-pdf"]')?.textContent ?? null);
    await expect.poll(button, { timeout: 5_000 }).toBe('Open this PDF with highlights');
    await popup.close();
    await tab.close();
  });

  it('reads a PDF from its site once the user allows exactly that site', async () => {
    // A Firefox of its own, where optional permissions are granted without a prompt, as if
    // the user said yes (a prompt can't be answered in a headless test); and the permissions
    // taken back below stay there.
    const own = await launchFirefox({
      prefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    try {
      const openOwn = firefoxViewer(own);
      const address = server.url('pdf/care-en-nl.pdf');
      const search = `?file=${encodeURIComponent(address)}`;
      // Firefox grants the content script's sites (every http page) at install: take that
      // back first, as a user can in the add-on's permissions, so the viewer has to ask.
      const first = await openOwn();
      await first.run(() => browser.permissions.remove({ origins: ['http://*/*'] }), undefined);
      const allowed = (origin: string) => browser.permissions.contains({ origins: [origin] });
      expect(await first.run(allowed, 'http://127.0.0.1/*')).toBe(false);
      await first.close();
      const asks = await openOwn(search);
      const painted = await allowAndRead(asks, address);
      await expectSiteRemembered(asks, painted, openOwn, search, allowed);
    } finally {
      await own.close();
    }
  });
});
