import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { buildCardTexts } from '../utils/content/build-card-texts';
import { COMMANDS, isToBackground } from '../utils/messages';
import type { CommandName, ToContent } from '../utils/messages';

/**
 * The background relays: keyboard commands to the active tab's page, "open this tip" to a
 * new tab with the tip opened, the optional badge count to the toolbar icon, and the hover
 * card's texts to content scripts (which carry only the terms they match).
 */
export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => {
    if (!(COMMANDS as readonly string[]).includes(command)) return;
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      const message: ToContent = { type: 'command', command: command as CommandName };
      await browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
    })();
  });

  // webextension-polyfill: a listener answers by returning a promise.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isToBackground(message)) return undefined;
    if (message.type === 'card-texts') return Promise.resolve(buildCardTexts(message.lang));
    if (message.type === 'open-tip') {
      const url = browser.runtime.getURL(`/popup.html?tip=${encodeURIComponent(message.tip)}`);
      return browser.tabs
        .create({ url, index: sender.tab ? sender.tab.index + 1 : undefined })
        .then(() => undefined);
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const text = message.count === null || message.count === 0 ? '' : String(message.count);
    return Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: '#1f6b5c' }),
    ]).then(() => undefined);
  });
});
