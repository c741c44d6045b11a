import { element, fillCard } from './card-content';
import type { CardActions } from './card-content';
import { createCardHost } from './card-host';
import type { CardParts } from './card-host';
import { cardPosition } from './card-position';
import type { CardTexts } from '../../utils/texts/card-texts';

export type { CardActions } from './card-content';

export interface HoverCard {
  /** Shows the card for a term next to `anchor` (the term's place on screen). */
  show: (id: string, anchor: DOMRect, texts: CardTexts) => void;
  hide: () => void;
  readonly shownId: string | null;
  /** True when the event happened on the card. */
  contains: (event: Event) => boolean;
  /** True for the card's host element (known by reference: it has no name a page can take). */
  owns: (node: Node) => boolean;
  announce: (message: string) => void;
  /** A short visible notice in the corner, also said aloud; gone after a few seconds. */
  notice: (message: string) => void;
  /**
   * "Highlight this term": the form, an extension page (`url`) in a frame next to the
   * selection, so the page sees nothing of what is typed. Resolves once `closeAsk` is called
   * (the frame said it is done, through the background).
   */
  askTerm: (url: string, title: string, anchor: DOMRect) => Promise<void>;
  /** Is the "Highlight this term" form open (hovering then leaves the card alone)? */
  readonly asking: boolean;
  closeAsk: () => void;
  remove: () => void;
}

/**
 * The card that explains a highlighted term: a closed shadow root in an element of our
 * own (./card-host.ts), added to the page only while the card or an announcement is
 * needed, and never given focus. Its content is made by ./card-content.ts and it is placed
 * by ./card-position.ts, next to the word, never over it. The "Highlight this term" form
 * is an extension page in a frame inside it (entrypoints/ask-term/).
 */
export function createHoverCard(doc: Document, actions: CardActions): HoverCard {
  let parts: CardParts | null = null;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  let shownId: string | null = null;
  /** While the "Highlight this term" form is open, hovering and hiding leave it alone. */
  let asking = false;
  let closeAsk: (() => void) | null = null;

  const ensureHost = (): CardParts => {
    if (!parts?.host.isConnected) parts = createCardHost(doc);
    return parts;
  };

  const place = (target: HTMLElement, anchor: DOMRect) => {
    const view = doc.defaultView!;
    target.style.left = '0px';
    target.style.top = '0px';
    const { left, top } = cardPosition(anchor, target.getBoundingClientRect(), {
      width: view.innerWidth,
      height: view.innerHeight,
    });
    target.style.left = `${left}px`;
    target.style.top = `${top}px`;
  };

  const api: HoverCard = {
    show(id, anchor, texts) {
      if (asking) return;
      const { card: target } = ensureHost();
      if (shownId !== id || target.getAttribute('lang') !== texts.lang)
        fillCard(target, id, texts, actions, () => api.hide());
      target.hidden = false;
      place(target, anchor);
      shownId = id;
    },
    hide() {
      if (asking) return;
      if (parts) parts.card.hidden = true;
      shownId = null;
    },
    get asking() {
      return asking;
    },
    get shownId() {
      return shownId;
    },
    contains(event) {
      return parts !== null && event.composedPath().includes(parts.host);
    },
    owns(node) {
      return parts !== null && node === parts.host;
    },
    announce(message) {
      const { live: region } = ensureHost();
      // Cleared first, so the same message twice is said twice.
      region.textContent = '';
      setTimeout(() => (region.textContent = message), 30);
    },
    notice(message) {
      const { noticeBox: box } = ensureHost();
      box.textContent = message;
      box.hidden = false;
      api.announce(message);
      clearTimeout(noticeTimer);
      noticeTimer = setTimeout(() => (box.hidden = true), 4000);
    },
    askTerm(url, title, anchor) {
      const { card: target } = ensureHost();
      shownId = null;
      asking = true;
      // Where the user was, to go back there when the form closes.
      const before = doc.activeElement;
      target.replaceChildren();
      target.setAttribute('aria-label', title);
      const frame = element(doc, 'iframe', 'ask-frame');
      frame.title = title;
      frame.src = url;
      target.append(frame);
      target.hidden = false;
      place(target, anchor);
      frame.addEventListener('load', () => frame.focus(), { once: true });
      return new Promise<void>((resolve) => {
        closeAsk = () => {
          closeAsk = null;
          asking = false;
          target.hidden = true;
          target.replaceChildren();
          if (before instanceof HTMLElement && before.isConnected) before.focus();
          resolve();
        };
      });
    },
    closeAsk() {
      closeAsk?.();
    },
    remove() {
      if (asking) return;
      parts?.host.remove();
      parts = null;
      shownId = null;
    },
  };
  return api;
}
