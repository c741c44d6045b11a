import type { Page } from 'playwright-core';

/**
 * Makes the extension's content script in a page's top frame see the tab as hidden or
 * shown. Headless Chromium reports every tab as visible, so the test overrides
 * `document.hidden` and `visibilityState` in the content script's own isolated world
 * (through the DevTools protocol; the page's world is not touched) and sends
 * `visibilitychange`, as the browser does when a tab goes to the background and back.
 */
export async function setHiddenForExtension(
  page: Page,
  extensionId: string,
  hidden: boolean,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: {
    id: number;
    origin: string;
    auxData?: { type?: string; isDefault?: boolean; frameId?: string };
  }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
    frameTree: { frame: { id: string } };
  };
  const world = contexts.find(
    (context) =>
      context.origin === `chrome-extension://${extensionId}` &&
      context.auxData?.type === 'isolated' &&
      context.auxData.frameId === frameTree.frame.id,
  );
  if (!world) throw new Error('The content script is not running in this page.');
  const expression = `(() => {
    for (const [name, value] of [['hidden', ${hidden}], ['visibilityState', ${JSON.stringify(hidden ? 'hidden' : 'visible')}]]) {
      Object.defineProperty(document, name, { configurable: true, get: () => value });
    }
    document.dispatchEvent(new Event('visibilitychange'));
  })()`;
  const { exceptionDetails } = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
  })) as { exceptionDetails?: unknown };
  await cdp.detach();
  if (exceptionDetails)
    throw new Error(`Could not set visibility: ${JSON.stringify(exceptionDetails)}`);
}
