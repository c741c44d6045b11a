import type { CDPSession, Page } from 'playwright-core';

/**
 * Drives the extension's card, which lives in a *closed* shadow root (page scripts can't
 * reach it, and neither can Playwright's selectors). The DevTools protocol can: it finds
 * the root, reads from it, and clicks and types at real screen positions, so the card's
 * buttons see trusted events, as from a user.
 */
export interface CardDriver {
  /** textContent of the first match, or null when missing or hidden. */
  text: (selector: string) => Promise<string | null>;
  exists: (selector: string) => Promise<boolean>;
  click: (selector: string) => Promise<void>;
  fill: (selector: string, value: string) => Promise<void>;
  /** Runs `fn` with the first match as `this` (in the page), returning its value. */
  call: <T>(selector: string, fn: string) => Promise<T | null>;
  close: () => Promise<void>;
}

interface DomNode {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

/** Is this the card (class "card"), in the card host's shadow root? */
const isCard = (node: DomNode) => {
  const attributes = node.attributes ?? [];
  return attributes.some(
    (value, i) => i % 2 === 1 && attributes[i - 1] === 'class' && value === 'card',
  );
};

/**
 * The card's host: a plain element straight under <html> with a closed shadow root (it has
 * no name of its own, so that no page can take it) that holds the card. (The other such
 * element is the private marks' host, highlighting/private-marks.ts.)
 */
function findHost(node: DomNode): DomNode | null {
  if (node.localName === 'html') {
    return (
      (node.children ?? []).find((child) =>
        child.shadowRoots?.some(
          (root) => root.shadowRootType === 'closed' && (root.children ?? []).some(isCard),
        ),
      ) ?? null
    );
  }
  for (const child of node.children ?? []) {
    const found = findHost(child);
    if (found) return found;
  }
  return null;
}

export async function cardDriver(page: Page): Promise<CardDriver> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');

  const nodeFor = async (selector: string): Promise<number | null> => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const shadow = findHost(root)?.shadowRoots?.[0];
    if (!shadow) return null;
    if (selector === ':root') return shadow.nodeId;
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector });
    return nodeId || null;
  };

  const call = async <T>(selector: string, fn: string): Promise<T | null> => {
    const nodeId = await nodeFor(selector);
    if (!nodeId) return null;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      returnByValue: true,
    });
    return (result.value as T | undefined) ?? null;
  };

  const click = async (selector: string) => {
    const nodeId = await nodeFor(selector);
    if (!nodeId) throw new Error(`No ${selector} in the card`);
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
  };

  return {
    text: (selector) =>
      call<string>(
        selector,
        'function () { return this.closest("[hidden]") ? null : this.textContent; }',
      ),
    exists: async (selector) => (await nodeFor(selector)) !== null,
    click,
    fill: async (selector, value) => {
      await click(selector);
      await page.keyboard.type(value);
    },
    call,
    close: () => cdp.detach(),
  };
}

/**
 * The text of the card of an own or team term (or of `part` of it, ".explanation"), shown by
 * the extension's frame inside the card (entrypoints/term-card/); '' while none is shown.
 */
export async function privateCardText(page: Page, part = ''): Promise<string> {
  const frame = page.frames().find((f) => f.url().includes('/term-card.html'));
  if (!frame) return '';
  const card = frame.locator(`#card:not([hidden]) ${part}`.trim());
  return (await card.count()) > 0 ? ((await card.first().textContent()) ?? '') : '';
}
