// The content script's own answer about a page (what the popup's "This page" shows):
// every term it found, counted per term, and the everyday words it held back. Asked from the
// extension's service worker. The extension has no "tabs" permission, so the tab is told
// apart by the title its content script reports. On a long page only the terms near the
// viewport are painted (highlighting/painter.ts), so the page's highlight registry
// shows fewer: this is how a benchmark counts all of them.

/** The answer to "page-terms" for `page` (a Playwright page), or null if none or several. */
export async function pageTermsOf(worker, page) {
  const title = await page.title();
  return worker.evaluate(async (pageTitle) => {
    const ask = (id, message) =>
      chrome.tabs.sendMessage(id, message, { frameId: 0 }).catch(() => null);
    const answers = [];
    for (const tab of await chrome.tabs.query({})) {
      const info = await ask(tab.id, { type: 'page-info' });
      if (info?.title === pageTitle) answers.push(await ask(tab.id, { type: 'page-terms' }));
    }
    return answers.length === 1 ? answers[0] : null;
  }, title);
}

/** How many terms the extension found in all, from a "page-terms" answer. */
export const foundCount = (answer) =>
  (answer?.terms ?? []).reduce((total, term) => total + term.count, 0);
