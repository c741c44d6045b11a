import { browser } from 'wxt/browser';
import { isPageTermsChanged } from '../../utils/messages';
import type { PageTermsReply, ToContent } from '../../utils/messages';

/**
 * The tab the side panel's *This page* is about: the active tab of the panel's window,
 * followed as the user switches tabs and as pages load, without reopening the panel.
 * Needs no permission: the panel never reads a tab's address, it only messages the
 * content script in it (which answers only for its own page).
 *
 * Opened as a page of its own (sidepanel.html in a tab, as the browser tests do), the panel
 * follows the active tab of any window but never itself.
 */
export interface FollowedTab {
  askPageTerms: () => Promise<PageTermsReply | null>;
  showEveryday: () => Promise<void>;
  revealTerm: (id: string) => Promise<void>;
  /** Calls `listener` when the followed tab changes or finishes loading; returns the unsubscribe. */
  onChange: (listener: () => void) => () => void;
}

export function followActiveTab(): FollowedTab {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const context = Promise.all([
    browser.windows.getCurrent().then(
      (window) => window.id ?? null,
      () => null,
    ),
    browser.tabs.getCurrent().then(
      (tab) => tab?.id ?? null,
      () => null,
    ),
  ]).then(([windowId, ownTabId]) => ({ windowId, ownTabId }));

  let tabId: number | null = null;
  const first = context.then(async ({ windowId, ownTabId }) => {
    const inOwnWindow =
      windowId === null ? [] : await browser.tabs.query({ active: true, windowId });
    const candidates = ownTabId === null ? inOwnWindow : await browser.tabs.query({ active: true });
    const tab = candidates.find((t) => t.id !== undefined && t.id !== ownTabId);
    if (tabId === null) tabId = tab?.id ?? null;
  });

  browser.tabs.onActivated.addListener((info) => {
    void context.then(({ windowId, ownTabId }) => {
      if (info.tabId === ownTabId) return;
      // In a real panel, only the panel's own window; as a page, any other tab.
      if (ownTabId === null && windowId !== null && info.windowId !== windowId) return;
      tabId = info.tabId;
      notify();
    });
  });
  browser.tabs.onUpdated.addListener((updated, change, tab) => {
    if (change.status !== 'complete') return;
    if (updated === tabId) {
      notify();
      return;
    }
    // An active tab of ours that loaded and was not followed yet (a new window's first tab).
    void context.then(({ windowId, ownTabId }) => {
      if (!tab.active || updated === ownTabId) return;
      if (ownTabId === null && windowId !== null && tab.windowId !== windowId) return;
      tabId = updated;
      notify();
    });
  });
  // The followed page's first scan may end after it loaded, and text may come later.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isPageTermsChanged(message) || sender.id !== browser.runtime.id) return undefined;
    if (sender.tab?.id === tabId && sender.frameId === 0) notify();
    return undefined;
  });
  browser.tabs.onRemoved.addListener((removed) => {
    if (removed !== tabId) return;
    tabId = null;
    notify();
  });

  const send = async (message: ToContent): Promise<unknown> => {
    await first;
    if (tabId === null) return null;
    try {
      return await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    } catch {
      return null; // A browser page, the web store, a file, or a page loaded before install.
    }
  };

  return {
    askPageTerms: async () =>
      ((await send({ type: 'page-terms' })) as PageTermsReply | null) ?? null,
    showEveryday: async () => {
      await send({ type: 'show-everyday' });
    },
    revealTerm: async (id) => {
      await send({ type: 'reveal-term', id });
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
