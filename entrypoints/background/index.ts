import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { buildCardTexts } from '../../utils/texts/build-card-texts';
import { pageGlossary } from '../../utils/texts/glossary-terms';
import { keepManagedCopy, startingLanguage } from '../../utils/storage/managed-policy';
import { languageStore } from '../../utils/storage/stores';
import { updateHighlightSettings } from '../../utils/storage/highlight-settings';
import { toggleSite } from '../../utils/settings/highlight-settings';
import { COMMANDS, askTermFrame, isToBackground } from '../../utils/messages';
import type { CommandName, ToBackground, ToContent } from '../../utils/messages';
import { onInstalled } from './first-run';
import {
  addOwnTermFromPage,
  createContextMenus,
  handleMenuClick,
  listenToContextMenus,
} from './context-menus';
import { startSync } from './sync';

/** The keyboard command that opens the side panel in Chrome (see wxt.config.ts). */
const OPEN_SIDE_PANEL = 'open-side-panel';

interface SidePanel {
  open: (options: { windowId: number }) => Promise<void>;
}

/**
 * The background: keyboard commands to the active tab's page (and one that opens the side panel), "open this tip" in a tab,
 * the optional badge, the hover card's texts for content scripts (which carry only the
 * terms they match), the context menu, the welcome page on install, and optional sync.
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    createContextMenus();
    void onInstalled(reason);
  });
  listenToContextMenus();
  startSync();
  keepManagedCopy();

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_SIDE_PANEL) {
      // Chrome and Edge (Firefox opens its sidebar by itself: _execute_sidebar_action). A
      // command counts as the user's gesture, so the panel may open; at once, no await first.
      const sidePanel = (browser as unknown as { sidePanel?: SidePanel }).sidePanel;
      if (sidePanel && tab?.windowId !== undefined) {
        sidePanel.open({ windowId: tab.windowId }).catch((error: unknown) => {
          console.warn('Holding Space Companion: could not open the side panel', error);
        });
      }
      return;
    }
    if (!(COMMANDS as readonly string[]).includes(command)) return;
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      const message: ToContent = { type: 'command', command: command as CommandName };
      await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
    })();
  });

  const answer = (
    message: ToBackground,
    sender: { tab?: { id?: number; index: number }; url?: string },
  ) => {
    // An extension page (the ask-term frame, the popup, a test page), not a content script,
    // whose sender URL is the web page's. The frame may have a dynamic URL (Chrome's
    // use_dynamic_url), hence the scheme and not our own origin.
    const fromExtensionPage = /^(chrome|moz)-extension:\/\//.test(sender.url ?? '');
    switch (message.type) {
      case 'glossary-forms':
        return Promise.resolve(pageGlossary);
      case 'card-texts':
        // In the language the user chose, else the organisation's default, else the browser's.
        return languageStore
          .get()
          .then(async (lang) => buildCardTexts(lang ?? (await startingLanguage())));
      case 'hide-term': {
        const { id } = message;
        if (typeof id !== 'string' || id === '') return undefined;
        // Refused only with 2,000 terms switched off already: the term then simply stays.
        return updateHighlightSettings((s) => ({
          ...s,
          hiddenTerms: [...new Set([...s.hiddenTerms, id])],
        })).catch(() => undefined);
      }
      case 'toggle-site': {
        // The sender's own site, not one the message names.
        const hostname = hostnameOf(sender.url);
        if (hostname === null) return undefined;
        return updateHighlightSettings((s) => toggleSite(s, hostname)).catch(() => undefined);
      }
      case 'open-tip': {
        const url = browser.runtime.getURL(`/popup.html?tip=${encodeURIComponent(message.tip)}`);
        return browser.tabs
          .create({ url, index: sender.tab ? sender.tab.index + 1 : undefined })
          .then(() => undefined);
      }
      case 'add-own-term':
        return fromExtensionPage
          ? addOwnTermFromPage(message.term, message.explanation)
          : undefined;
      case 'ask-term-done': {
        // Only the frame that asked hears it (its id came with the form), not every frame.
        const tabId = sender.tab?.id;
        if (!fromExtensionPage || tabId === undefined) return undefined;
        const closed: ToContent = { type: 'ask-term-closed', notice: message.notice };
        return browser.tabs
          .sendMessage(tabId, closed, { frameId: askTermFrame(message.frameId) })
          .then(
            () => undefined,
            () => undefined,
          );
      }
      case 'menu-click':
        // Only from the extension's own pages (tests), never from a content script.
        return fromExtensionPage ? handleMenuClick(message.click) : undefined;
      case 'badge': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        const text = message.count === null || message.count === 0 ? '' : String(message.count);
        return Promise.all([
          browser.action.setBadgeText({ tabId, text }),
          browser.action.setBadgeBackgroundColor({ tabId, color: '#1f6b5c' }),
        ]).then(() => undefined);
      }
    }
  };

  // webextension-polyfill: a listener answers by returning a promise.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    isToBackground(message) && sender.id === browser.runtime.id
      ? answer(message, sender)
      : undefined,
  );
});

/** The host name of a web page's address; null for anything else. */
function hostnameOf(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//.test(url)) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
