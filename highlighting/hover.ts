import type { CardTexts } from '../utils/texts/card-texts';
import type { HitTester } from './hit-test';
import type { HoverCard } from './hover-card';

/** The card shows after the pointer rests this long on a term (well within 150 ms). */
const SHOW_AFTER_MS = 60;
/** …and hides this long after the pointer left the term and the card. */
const HIDE_AFTER_MS = 250;

/**
 * Shows the card while the pointer is on a highlighted term, beside the occurrence under
 * it. Pointer moves are handled at most once a frame; the card closes on Escape, when the
 * pointer leaves, or on any scroll: the window's or a scrolling box's inside the page (its
 * scroll events don't bubble, so they are caught on the way down).
 * Returns the cleanup.
 */
export function watchHover(
  doc: Document,
  hits: HitTester,
  card: HoverCard,
  texts: () => Promise<CardTexts | null>,
  /** Has the user own or team terms (their cards' frame is made ready on the first move)? */
  hasPrivateTerms: () => boolean = () => false,
): () => void {
  const view = doc.defaultView!;
  let frame = 0;
  let lastEvent: PointerEvent | null = null;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** The occurrence the card was last shown for by hovering (another one moves it). */
  let shownFor: object | null = null;

  const cancelHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };

  const handle = () => {
    frame = 0;
    const event = lastEvent;
    if (!event) return;
    if (card.contains(event)) {
      cancelHide();
      return;
    }
    const found = hits.at(event.clientX, event.clientY);
    if (found) {
      cancelHide();
      if (card.shownId !== null && shownFor === found) return;
      clearTimeout(showTimer);
      showTimer = setTimeout(() => {
        void texts().then((loaded) => {
          const rect = hits.rectOf(found, event.clientX, event.clientY);
          if (
            loaded &&
            rect &&
            hits.at(lastEvent?.clientX ?? -1, lastEvent?.clientY ?? -1) === found
          ) {
            card.show(found.id, rect, loaded);
            shownFor = found;
          }
        });
      }, SHOW_AFTER_MS);
      return;
    }
    clearTimeout(showTimer);
    if (card.shownId !== null && hideTimer === undefined) {
      hideTimer = setTimeout(() => {
        hideTimer = undefined;
        card.hide();
      }, HIDE_AFTER_MS);
    }
  };

  const onPointerMove = (event: PointerEvent) => {
    // Only the user's own pointer: a page can't make the card appear by faking events.
    if (!event.isTrusted || event.pointerType === 'touch') return;
    lastEvent = event;
    if (hasPrivateTerms()) card.prepareFrame();
    frame ||= view.requestAnimationFrame(handle);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // The form handles its own Escape; this one reaches the page only when the focus left
    // the form (a click on the page) or the form's frame did not load: it closes it too,
    // so hover cards never stay paused.
    if (event.key === 'Escape' && event.isTrusted && card.asking) {
      card.closeAsk();
      return;
    }
    // Only the user's own key and scrolling: a page can't close the card by faking them.
    if (event.key === 'Escape' && event.isTrusted && card.shownId !== null) {
      cancelHide();
      card.hide();
    }
  };
  const onScroll = (event: Event) => {
    if (!event.isTrusted || card.shownId === null) return;
    cancelHide();
    card.hide();
  };
  const onLeave = () => {
    clearTimeout(showTimer);
  };

  doc.addEventListener('pointermove', onPointerMove, { passive: true, capture: true });
  // Into the frame of an own term's card: the page hears no move there, only this entry.
  doc.addEventListener('pointerover', onPointerMove, { passive: true, capture: true });
  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('pointerleave', onLeave);
  doc.addEventListener('scroll', onScroll, { passive: true, capture: true });
  return () => {
    doc.removeEventListener('pointermove', onPointerMove, true);
    doc.removeEventListener('pointerover', onPointerMove, true);
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('pointerleave', onLeave);
    doc.removeEventListener('scroll', onScroll, true);
    if (frame) view.cancelAnimationFrame(frame);
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
  };
}
