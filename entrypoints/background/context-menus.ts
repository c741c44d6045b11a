import { browser } from 'wxt/browser';
import { isListFull, LIMITS, readPreferences } from '../../utils/my-data/model';
import { addTerm } from '../../utils/my-data/terms-ops';
import { addTip } from '../../utils/my-data/tips-ops';
import { MENU_IDS } from '../../utils/messages';
import { isPdfAddress, viewerPath } from '../../utils/pdf/input';
import type { MenuClick, MenuId, ToContent } from '../../utils/messages';
import { preferencesItem, updateMyTips, updateOwnTerms } from '../../utils/storage/my-data';

const MENU_TITLES: Record<MenuId, 'menuAddToMyTips' | 'menuHighlightTerm' | 'menuOpenPdf'> = {
  'add-to-my-tips': 'menuAddToMyTips',
  'highlight-term': 'menuHighlightTerm',
  'open-pdf': 'menuOpenPdf',
};

/**
 * "Open with highlights" shows on links whose path ends in .pdf (match patterns are case
 * sensitive, hence both spellings; the query or fragment after it may be anything).
 */
const PDF_LINK_PATTERNS = ['pdf', 'PDF'].flatMap((ext) =>
  ['', '?*', '#*'].map((rest) => `*://*/*.${ext}${rest}`),
);

/** Opens a PDF on the web in the extension's viewer, in a tab next to the one it came from. */
export async function openInViewer(address: string, besideTab?: number): Promise<void> {
  const url = browser.runtime.getURL(viewerPath(address) as '/');
  let index: number | undefined;
  if (besideTab !== undefined) {
    index = await browser.tabs.get(besideTab).then(
      (tab) => tab.index + 1,
      () => undefined,
    );
  }
  await browser.tabs.create({ url, index });
}

/** A tip's short text from a longer selection: its first ~140 characters, on a word edge. */
export function tipTextFromQuote(quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text.length <= 140) return text;
  const cut = text.slice(0, 140);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 80)).trim()}…`;
}

const tellPage = (tabId: number, frameId: number, message: ToContent) =>
  browser.tabs.sendMessage(tabId, message, { frameId }).catch(() => undefined);

/** What the two context-menu items do; also reachable by a "menu-click" message (tests). */
export async function handleMenuClick(click: MenuClick): Promise<void> {
  if (click.menuItemId === 'open-pdf') {
    // The site's permission is asked in the viewer, with a sentence of why.
    if (click.linkUrl && isPdfAddress(click.linkUrl))
      await openInViewer(click.linkUrl, click.tabId);
    return;
  }
  const selection = click.selectionText.trim();
  if (!selection) return;
  if (click.menuItemId === 'highlight-term') {
    await tellPage(click.tabId, click.frameId, {
      type: 'ask-term',
      term: selection.slice(0, LIMITS.term),
      frameId: click.frameId,
    });
    return;
  }
  const { keepPageAddress } = readPreferences(await preferencesItem.getValue());
  const info = (await tellPage(click.tabId, click.frameId, { type: 'page-info' })) as
    { title?: string } | undefined;
  let host = '';
  try {
    host = new URL(click.pageUrl).hostname;
  } catch {
    // no address: the title alone will do
  }
  const source = {
    quote: selection.slice(0, LIMITS.quote),
    pageTitle: (info?.title?.trim() || host).slice(0, LIMITS.pageTitle),
    ...(keepPageAddress && /^https?:/.test(click.pageUrl)
      ? { url: click.pageUrl.slice(0, LIMITS.url) }
      : {}),
  };
  let message: string;
  try {
    // The cap (LIMITS.records) is checked inside the locked update: a full list rejects.
    await updateMyTips((tips) =>
      addTip(tips, { text: tipTextFromQuote(selection), source }, Date.now(), crypto.randomUUID()),
    );
    message = browser.i18n.getMessage('noticeTipAdded');
  } catch (error) {
    message = failureNotice(error);
  }
  await tellPage(click.tabId, click.frameId, { type: 'notice', message });
}

/** The page notice for a save that was refused: the list is full, or it failed. */
function failureNotice(error: unknown): string {
  return browser.i18n.getMessage(isListFull(error) ? 'noticeListFull' : 'noticeSaveFailed');
}

/** Saves a term the user asked to highlight, with the explanation they gave on the page. */
export async function addOwnTermFromPage(term: string, explanation: string): Promise<string> {
  try {
    await updateOwnTerms((terms) =>
      addTerm(terms, { term, explanation }, Date.now(), crypto.randomUUID()),
    );
    return browser.i18n.getMessage('noticeTermAdded');
  } catch (error) {
    return failureNotice(error);
  }
}

/** The menu items on selected text, and on links to a PDF. Created at install and update (they persist). */
export function createContextMenus(): void {
  void browser.contextMenus.removeAll().then(() => {
    for (const id of MENU_IDS) {
      browser.contextMenus.create({
        id,
        title: browser.i18n.getMessage(MENU_TITLES[id]),
        ...(id === 'open-pdf'
          ? { contexts: ['link'], targetUrlPatterns: PDF_LINK_PATTERNS }
          : { contexts: ['selection'] }),
      });
    }
  });
}

export function listenToContextMenus(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined || !MENU_IDS.includes(info.menuItemId as MenuId)) return;
    void handleMenuClick({
      menuItemId: info.menuItemId as MenuId,
      selectionText: info.selectionText ?? '',
      pageUrl: info.pageUrl ?? tab.url ?? '',
      tabId: tab.id,
      frameId: info.frameId ?? 0,
      linkUrl: info.linkUrl,
    });
  });
}
