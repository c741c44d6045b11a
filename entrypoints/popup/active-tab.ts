import { browser } from 'wxt/browser';
import type { PageTermsReply, ToContent } from '../../utils/messages';
import { isPdfAddress, viewerPath } from '../../utils/pdf/input';

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the page in the active tab which terms it highlighted; null where no content script runs. */
export async function askPageTerms(): Promise<PageTermsReply | null> {
  const tabId = await activeTabId();
  if (tabId === null) return null;
  const message: ToContent = { type: 'page-terms' };
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return (reply as PageTermsReply | undefined) ?? null;
  } catch {
    return null; // A browser page, the web store, a file, or a page loaded before install.
  }
}

/** Shows the everyday words the page in the active tab held back, until it is left. */
export async function showEveryday(): Promise<void> {
  const tabId = await activeTabId();
  if (tabId === null) return;
  const message: ToContent = { type: 'show-everyday' };
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
}

/** Scrolls the active tab to the next occurrence of a term and shows its card. */
export async function revealTerm(id: string): Promise<void> {
  const tabId = await activeTabId();
  if (tabId === null) return;
  const message: ToContent = { type: 'reveal-term', id };
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
}

/**
 * The address of the PDF in the active tab, judged by its address (utils/pdf/input.ts
 * isPdfAddress); null for anything else. The popup sees the tab's address through
 * `activeTab`: only the tab the toolbar button was clicked on, only while the popup is open.
 */
export async function activePdfAddress(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return isPdfAddress(tab?.url) ? tab!.url! : null;
}

/** Opens a PDF on the web in the extension's viewer, next to the current tab, and closes the popup. */
export async function openPdfInViewer(address: string): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  await browser.tabs.create({
    url: browser.runtime.getURL(viewerPath(address) as '/'),
    index: tab ? tab.index + 1 : undefined,
  });
  window.close();
}
