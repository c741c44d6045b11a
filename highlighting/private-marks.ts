import type { HighlightStyle } from '../utils/settings/highlight-settings';
import { adoptStyles, HOST_STYLE } from './card-host';
import marksCss from './private-marks.css?inline';

/** Ranges to paint, held as a Highlight holds them: what the painter adds to and takes from. */
export interface RangeSet {
  add: (range: StaticRange) => unknown;
  delete: (range: StaticRange) => unknown;
  clear: () => void;
}

export interface PrivateMarks {
  /** The user's own terms. */
  readonly own: RangeSet;
  /** Their team lists' terms. */
  readonly team: RangeSet;
  /** The private term reached with the keyboard commands, if it is one. */
  readonly active: RangeSet;
  setStyle: (style: HighlightStyle) => void;
  /** True for the marks' host element (known by reference, as the card's is). */
  owns: (node: Node) => boolean;
  stop: () => void;
}

/** Below the card's host (which is at the very top), above anything of the page's. */
const MARKS_HOST_STYLE = HOST_STYLE.replace('z-index:2147483647', 'z-index:2147483646');

/**
 * The user's own terms and their team lists' terms, painted where the page can't read them.
 *
 * `CSS.highlights` is the document's registry: a page's own scripts can list every range in
 * it, so a page that plants word lists could read back which of its words are the user's
 * (own terms may be names; team terms name the employer). These terms are drawn instead in
 * a closed shadow root of our own, from the rectangles of their ranges:
 * - the host is a built-in element known by reference, with inline !important rules (as the
 *   card's, ./card-host.ts): 0×0, fixed, no pointer events, so `elementsFromPoint`, its
 *   size, its scroll size and its style tell the page the same whatever is drawn;
 * - inside it, one layer the size of the viewport clips every mark: only what is on screen
 *   is drawn, and nothing reaches past the viewport into the document's scroll size;
 * - a mark is drawn only where the term's text is what the pointer would hit there: text
 *   covered by another element, off-screen or collapsed gets none;
 * - it is drawn again, once per frame at most, after scrolling (of the page or any box in
 *   it), resizing or zooming, page changes, fonts loading and transitions ending.
 *
 * The host is added when highlighting starts on a page where the user has own or team terms
 * at all, whether or not any is found there: what it tells a page is the same on every page.
 */
export function createPrivateMarks(doc: Document, initialStyle: HighlightStyle): PrivateMarks {
  const view = doc.defaultView!;
  const host = doc.createElement('div');
  host.style.cssText = MARKS_HOST_STYLE;
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(doc, shadow, marksCss);
  const layer = doc.createElement('div');
  layer.className = `layer ${initialStyle}`;
  shadow.append(layer);
  doc.documentElement.append(host);

  const sets = {
    own: new Set<StaticRange>(),
    team: new Set<StaticRange>(),
    active: new Set<StaticRange>(),
  };
  /** The mark elements drawn last, reused from frame to frame. */
  const marks: HTMLElement[] = [];
  let frame = 0;
  let stopped = false;
  const measure = doc.createRange();

  const schedule = () => {
    if (stopped || frame !== 0) return;
    if (marks.length === 0 && sets.own.size + sets.team.size + sets.active.size === 0) return;
    frame = view.requestAnimationFrame(draw);
  };

  const rangeSet = (set: Set<StaticRange>): RangeSet => ({
    add(range) {
      set.add(range);
      schedule();
    },
    delete(range) {
      if (set.delete(range)) schedule();
    },
    clear() {
      if (set.size === 0) return;
      set.clear();
      schedule();
    },
  });

  function draw() {
    frame = 0;
    // A page that removed the host gets it back, at most once a frame.
    if (!host.isConnected) doc.documentElement.append(host);
    const width = view.innerWidth;
    const height = view.innerHeight;
    layer.style.width = `${width}px`;
    layer.style.height = `${height}px`;
    // The layer is fixed at the viewport's corner, unless the page transformed its root.
    const origin = layer.getBoundingClientRect();
    let used = 0;
    const place = (range: StaticRange, kind: string) => {
      const text = range.startContainer;
      const parent = text.nodeType === Node.ELEMENT_NODE ? (text as Element) : text.parentElement;
      if (!parent?.isConnected) return;
      try {
        measure.setStart(text, range.startOffset);
        measure.setEnd(range.endContainer, range.endOffset);
      } catch {
        return; // The text changed under the range; the next scan replaces it.
      }
      const root = text.getRootNode() as Document | ShadowRoot;
      for (const rect of measure.getClientRects()) {
        if (rect.width < 2 || rect.height < 4) continue; // 1px text, a clipped box
        if (rect.right <= 0 || rect.bottom <= 0 || rect.left >= width || rect.top >= height)
          continue;
        if (!seenAt(root, parent, rect, width, height)) continue;
        let mark = marks[used];
        if (!mark) {
          mark = doc.createElement('div');
          layer.append(mark);
          marks.push(mark);
        }
        used++;
        mark.className = `mark ${kind}`;
        mark.style.cssText =
          `left:${rect.left - origin.left}px;top:${rect.top - origin.top}px;` +
          `width:${rect.width}px;height:${rect.height}px`;
      }
    };
    for (const range of sets.own) place(range, 'own');
    for (const range of sets.team) place(range, 'team');
    for (const range of sets.active) place(range, 'active');
    for (const extra of marks.splice(used)) extra.remove();
  }

  const options = { capture: true, passive: true } as const;
  doc.addEventListener('scroll', schedule, options);
  doc.addEventListener('transitionend', schedule, options);
  doc.addEventListener('animationend', schedule, options);
  view.addEventListener('resize', schedule, options);
  doc.fonts?.addEventListener('loadingdone', schedule);
  const resized = new ResizeObserver(schedule);
  resized.observe(doc.documentElement);
  if (doc.body) resized.observe(doc.body);
  // Layout changes that move text: any change of the page's tree, classes or styles.
  const changed = new MutationObserver(schedule);
  changed.observe(doc, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'open'],
  });

  return {
    own: rangeSet(sets.own),
    team: rangeSet(sets.team),
    active: rangeSet(sets.active),
    setStyle(style) {
      layer.className = `layer ${style}`;
    },
    owns: (node) => node === host,
    stop() {
      stopped = true;
      if (frame !== 0) view.cancelAnimationFrame(frame);
      doc.removeEventListener('scroll', schedule, options);
      doc.removeEventListener('transitionend', schedule, options);
      doc.removeEventListener('animationend', schedule, options);
      view.removeEventListener('resize', schedule, options);
      doc.fonts?.removeEventListener('loadingdone', schedule);
      resized.disconnect();
      changed.disconnect();
      host.remove();
    },
  };
}

/**
 * Is the text at this rectangle what the user sees there: is the element hit at its middle
 * the text's own element (or inside it, or, where the text lets the pointer through, around
 * it)? Text under a cover, a dialog or a sticky header is not.
 */
function seenAt(
  root: Document | ShadowRoot,
  parent: Element,
  rect: DOMRect,
  width: number,
  height: number,
): boolean {
  const x = Math.min(Math.max(rect.left + rect.width / 2, 0), width - 1);
  const y = Math.min(Math.max(rect.top + rect.height / 2, 0), height - 1);
  const hit = root.elementFromPoint(x, y);
  return hit !== null && (hit === parent || parent.contains(hit) || hit.contains(parent));
}
