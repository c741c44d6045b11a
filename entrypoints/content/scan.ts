import { pieceAt } from '../../utils/highlight/offsets';
import { INLINE_TAGS, isSkipped } from '../../utils/highlight/skip-rules';
import type { TermMatcher } from '../../utils/highlight/term-matcher';

/** One term found on the page. */
export interface Found {
  range: StaticRange;
  id: string;
  /** The block of text it was found in (the unit that is rescanned when it changes). */
  block: Element;
}

/** Time one slice of scanning may take before it lets the page have the main thread. */
const SLICE_MS = 8;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The nearest element around `element` (itself included) that is not part of a line of text. */
export function blockOf(element: Element, root?: Node): Element {
  let current = element;
  while (INLINE_TAGS.has(current.tagName) && current.parentElement && current !== root) {
    current = current.parentElement;
  }
  return current;
}

/** The next node after `node`'s subtree, within `root`. */
function nextOutside(walker: TreeWalker, node: Node, root: Node): Node | null {
  walker.currentNode = node;
  let current: Node | null = node;
  while (current && current !== root) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    current = walker.parentNode();
  }
  return null;
}

/**
 * Finds the terms in `root` (an element, a document or an open shadow root), block by block,
 * in slices of a few milliseconds so that no task runs long. Returns the terms found and the
 * open shadow roots met on the way (the caller scans those too). The page is only read.
 */
export async function scanRoot(
  root: Node,
  matcher: TermMatcher,
  isCancelled: () => boolean,
): Promise<{ found: Found[]; shadowRoots: ShadowRoot[] }> {
  const found: Found[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const blockCache = new Map<Element, Element>();

  let block: Element | null = null;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';

  const flushBlock = () => {
    if (block && text.length > 2) {
      for (const match of matcher.find(text)) {
        const a = pieceAt(starts, match.start, false);
        const b = pieceAt(starts, match.end, true);
        found.push({
          id: match.id,
          block,
          range: new StaticRange({
            startContainer: nodes[a]!,
            startOffset: match.start - starts[a]!,
            endContainer: nodes[b]!,
            endOffset: match.end - starts[b]!,
          }),
        });
      }
    }
    block = null;
    nodes = [];
    starts = [];
    text = '';
  };

  if (root.nodeType === Node.ELEMENT_NODE && isSkipped(root as Element)) {
    return { found, shadowRoots };
  }
  let node: Node | null = walker.nextNode();
  let sliceStart = performance.now();
  let count = 0;
  while (node) {
    if (++count % 256 === 0 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      if (isCancelled()) return { found: [], shadowRoots: [] };
      sliceStart = performance.now();
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (isSkipped(element)) {
        node = nextOutside(walker, element, root);
        continue;
      }
      if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
      if (element.tagName === 'BR') flushBlock();
      node = walker.nextNode();
      continue;
    }
    const textNode = node as Text;
    const parent = textNode.parentElement;
    if (parent) {
      let nodeBlock = blockCache.get(parent);
      if (!nodeBlock) {
        nodeBlock = blockOf(parent, root);
        blockCache.set(parent, nodeBlock);
      }
      if (nodeBlock !== block) {
        flushBlock();
        block = nodeBlock;
      }
      const data = textNode.data;
      if (data.length > 0) {
        nodes.push(textNode);
        starts.push(text.length);
        text += data;
      }
    }
    node = walker.nextNode();
  }
  flushBlock();
  return { found, shadowRoots };
}
