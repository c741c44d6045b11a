import type { Found } from './scan';

/** Finds the highlighted term under a point, from the caret position there. */
export interface HitTester {
  at: (x: number, y: number) => Found | null;
  /** The term's box on screen (the line box under the point, when it wraps). */
  rectOf: (found: Found, x?: number, y?: number) => DOMRect | null;
  /** To be called when the found terms change. */
  reset: (found: readonly Found[], shadowRoots: readonly ShadowRoot[]) => void;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

const TOLERANCE = 1;

export function createHitTester(doc: Document): HitTester {
  let byNode = new Map<Node, Found[]>();
  let shadowRoots: ShadowRoot[] = [];

  const caretAt = (x: number, y: number): { node: Node; offset: number } | null => {
    const d = doc as CaretDoc;
    if (d.caretPositionFromPoint) {
      const position = d.caretPositionFromPoint(x, y, { shadowRoots });
      return position ? { node: position.offsetNode, offset: position.offset } : null;
    }
    const range = d.caretRangeFromPoint?.(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  };

  const liveRange = (found: Found) => {
    const range = doc.createRange();
    try {
      range.setStart(found.range.startContainer, found.range.startOffset);
      range.setEnd(found.range.endContainer, found.range.endOffset);
    } catch {
      return null; // The text changed since it was scanned; the next rescan drops it.
    }
    return range;
  };

  const rectOf: HitTester['rectOf'] = (found, x, y) => {
    const range = liveRange(found);
    if (!range) return null;
    const rects = [...range.getClientRects()];
    if (x !== undefined && y !== undefined) {
      return (
        rects.find(
          (r) =>
            x >= r.left - TOLERANCE &&
            x <= r.right + TOLERANCE &&
            y >= r.top - TOLERANCE &&
            y <= r.bottom + TOLERANCE,
        ) ?? null
      );
    }
    return rects[0] ?? range.getBoundingClientRect();
  };

  /** Every text node a term covers: a term over inline elements spans several. */
  const nodesOf = (found: Found): Node[] => {
    const { startContainer: start, endContainer: end } = found.range;
    if (start === end) return [start];
    const nodes = [start];
    const common = liveRange(found)?.commonAncestorContainer;
    if (common) {
      const walker = doc.createTreeWalker(common, NodeFilter.SHOW_TEXT);
      walker.currentNode = start;
      while (walker.nextNode() && walker.currentNode !== end) nodes.push(walker.currentNode);
    }
    nodes.push(end);
    return nodes;
  };

  return {
    at(x, y) {
      const caret = caretAt(x, y);
      if (!caret) return null;
      for (const found of byNode.get(caret.node) ?? []) {
        if (rectOf(found, x, y)) return found;
      }
      return null;
    },
    rectOf,
    reset(found, roots) {
      shadowRoots = [...roots];
      byNode = new Map();
      for (const item of found) {
        for (const node of nodesOf(item)) {
          const list = byNode.get(node);
          if (list) list.push(item);
          else byNode.set(node, [item]);
        }
      }
    },
  };
}
