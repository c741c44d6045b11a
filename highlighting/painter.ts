import { OWN_TERM_PREFIX } from '../utils/my-data/terms-ops';
import { TEAM_TERM_PREFIX } from '../utils/highlight/team-terms';
import type { RangeSet } from './private-marks';
import type { Found } from './scan';

/**
 * Up to this many shown terms, every one is painted. Above it only the terms near the
 * viewport are: Chromium revalidates every range in the highlight registry after any
 * change to it, so with thousands of ranges each repaint (after every batch of page
 * changes on a feed, say) becomes a long task of its own (tests/bench/feed.mjs measured
 * tasks of ~100 ms at 6,000 ranges). Painting what can be seen keeps that work small and
 * the same on a long page as on a short one. A page of ordinary length stays below it.
 */
export const PAINT_ALL_UP_TO = 600;

/**
 * "Near": within this margin of the viewport (a percentage of its height above and below),
 * so that text scrolled to is painted before it comes into view.
 */
const NEAR_MARGIN = '150% 0px';

export interface Painter {
  /** Paints these terms (glossary terms in a highlight; own and team terms privately). */
  paint: (shown: readonly Found[]) => void;
  /** Is this term painted right now (near the viewport, or every term is)? */
  isPainted: (item: Found) => boolean;
  stop: () => void;
}

/**
 * Paints found terms into their sets (the glossary's highlight, and the private marks of own
 * and team terms, ./private-marks.ts): all of them on an ordinary page, and on a page
 * with very many only those whose block is near the viewport, kept up to date as the
 * user scrolls by an IntersectionObserver (which the page can't see, and which reads no
 * layout on our side).
 */
export function createPainter(glossary: RangeSet, own: RangeSet, team: RangeSet): Painter {
  const highlightOf = (item: Found) =>
    item.id.startsWith(OWN_TERM_PREFIX)
      ? own
      : item.id.startsWith(TEAM_TERM_PREFIX)
        ? team
        : glossary;
  /** The shown terms by the block they stand in (only while painting near the viewport). */
  let byBlock = new Map<Element, Found[]>();
  const near = new Set<Element>();
  let observer: IntersectionObserver | null = null;
  let all = true;

  const onIntersect = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      const items = byBlock.get(entry.target);
      if (!items) continue;
      if (entry.isIntersecting) {
        near.add(entry.target);
        for (const item of items) highlightOf(item).add(item.range);
      } else {
        near.delete(entry.target);
        for (const item of items) highlightOf(item).delete(item.range);
      }
    }
  };

  return {
    paint(shown) {
      glossary.clear();
      own.clear();
      team.clear();
      all = shown.length <= PAINT_ALL_UP_TO;
      if (all) {
        observer?.disconnect();
        observer = null;
        byBlock = new Map();
        near.clear();
        for (const item of shown) highlightOf(item).add(item.range);
        return;
      }
      const next = new Map<Element, Found[]>();
      for (const item of shown) {
        const list = next.get(item.block);
        if (list) list.push(item);
        else next.set(item.block, [item]);
      }
      observer ??= new IntersectionObserver(onIntersect, { rootMargin: NEAR_MARGIN });
      for (const block of byBlock.keys()) {
        if (!next.has(block)) {
          observer.unobserve(block);
          near.delete(block);
        }
      }
      for (const [block, items] of next) {
        if (!byBlock.has(block))
          observer.observe(block); // reported near or not, soon
        else if (near.has(block)) for (const item of items) highlightOf(item).add(item.range);
      }
      byBlock = next;
    },
    isPainted(item) {
      return all || near.has(item.block);
    },
    stop() {
      observer?.disconnect();
      observer = null;
      byBlock = new Map();
      near.clear();
    },
  };
}
