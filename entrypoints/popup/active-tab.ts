import { browser } from 'wxt/browser';
import type { PageTermsReply, ToContent } from '../../utils/messages';

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
