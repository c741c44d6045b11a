import { fillTemplate } from '../utils/texts/card-texts';
import type { CardTexts } from '../utils/texts/card-texts';
import type { HitTester } from './hit-test';
import type { HoverCard } from './hover-card';
import type { Highlighter } from './highlighter';
import type { Found } from './scan';

export interface PageNavigation {
  /** Moves to the next (1) or previous (-1) highlighted term, optionally only of one entry. */
  move: (direction: 1 | -1, onlyId?: string) => Promise<void>;
  /** Moves to this found term (the PDF viewer's route goes on to a page of its choosing). */
  goTo: (found: Found) => Promise<void>;
  /** The term moved to last, if any. */
  readonly current: Found | null;
  reset: () => void;
}

const nextFrame = (view: Window) =>
  new Promise<void>((resolve) => view.requestAnimationFrame(() => resolve()));

/** In document order (terms in shadow roots after their host's earlier content). */
function compareFound(a: Found, b: Found): number {
  if (a.range.startContainer === b.range.startContainer)
    return a.range.startOffset - b.range.startOffset;
  const position = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
  return position & Node.DOCUMENT_POSITION_FOLLOWING
    ? -1
    : position & Node.DOCUMENT_POSITION_PRECEDING
      ? 1
      : 0;
}

/**
 * Keyboard route through the highlights: scrolls the term into view, marks it as the
 * current one, shows its card and says it through the live region.
 */
export function createPageNavigation(
  doc: Document,
  highlighter: Highlighter,
  hits: HitTester,
  card: HoverCard,
  texts: () => Promise<CardTexts | null>,
): PageNavigation {
  const view = doc.defaultView!;
  let current: Found | null = null;

  /** Marks `item` as the current one, brings it into view, shows its card and says it. */
  const show = async (
    item: Found,
    loaded: CardTexts | null,
    position: number,
    total: number,
  ): Promise<void> => {
    current = item;
    highlighter.setActive(item);
    // Instant, never animated: bring the term's element into view (inside any scrolling
    // box), then centre the term itself in the window.
    item.range.startContainer.parentElement?.scrollIntoView({
      block: 'nearest',
      inline: 'nearest',
      behavior: 'instant',
    });
    const box = hits.rectOf(item);
    if (box && (box.top < 0 || box.bottom > view.innerHeight)) {
      view.scrollBy({ top: box.top - view.innerHeight / 2, behavior: 'instant' });
    }
    // Let the scroll (and its scroll event) happen before the card is placed.
    await nextFrame(view);
    await nextFrame(view);
    const rect = hits.rectOf(item);
    const entry = loaded?.entries[item.id];
    if (!loaded || !entry) return;
    if (rect) card.show(item.id, rect, loaded);
    card.announce(
      fillTemplate(loaded.announceTermTemplate, {
        term: entry.term,
        position,
        total,
        explanation: entry.explanation,
      }),
    );
  };

  return {
    get current() {
      return current;
    },
    async goTo(item) {
      const loaded = await texts();
      const all = highlighter.shown
        .filter((found) => found.range.startContainer.isConnected)
        .sort(compareFound);
      await show(item, loaded, all.indexOf(item) + 1, all.length);
    },
    async move(direction, onlyId) {
      const loaded = await texts();
      const all = highlighter.shown
        .filter((item) => item.range.startContainer.isConnected && (!onlyId || item.id === onlyId))
        .sort(compareFound);
      if (all.length === 0) {
        if (loaded) card.announce(loaded.announceNone);
        return;
      }
      let index = current ? all.indexOf(current) : -1;
      if (index === -1 && current) {
        // The current one was rescanned or filtered out: go on from where it was.
        const from = current;
        if (direction === 1) {
          const after = all.findIndex((item) => compareFound(item, from) > 0);
          index = (after === -1 ? 0 : after) - 1;
        } else {
          const before = all.findLastIndex((item) => compareFound(item, from) < 0);
          index = before + 1;
        }
      }
      index = (index + direction + all.length) % all.length;
      await show(all[index]!, loaded, index + 1, all.length);
    },
    reset() {
      current = null;
      highlighter.setActive(null);
    },
  };
}
