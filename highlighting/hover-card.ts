import { browser } from 'wxt/browser';
import { isPrivateTermId } from '../utils/highlight/term-sources';
import { TERM_CARD_HELLO } from '../utils/messages';
import type { CardSize, PrivateCard } from '../utils/messages';
import { element, fillCard } from './card-content';
import type { CardActions } from './card-content';
import { createCardHost, guardHost, raiseHost } from './card-host';
import type { CardParts } from './card-host';
import { cardPosition } from './card-position';
import type { CardTexts } from '../utils/texts/card-texts';

export type { CardActions } from './card-content';

export interface HoverCard {
  /** Shows the card for a term next to `anchor` (the term's place on screen). */
  show: (id: string, anchor: DOMRect, texts: CardTexts) => void;
  /**
   * The pointer moves on a page where the user has own or team terms: the frame their cards
   * are shown in starts loading, so that it is there when the pointer comes to rest on one
   * (the same on every such page, whatever is on it: a page learns nothing more from it).
   */
  prepareFrame: () => void;
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

  let stopGuard: (() => void) | null = null;
  const ensureHost = (): CardParts => {
    if (!parts?.host.isConnected) {
      stopGuard?.();
      const made = createCardHost(doc);
      parts = made;
      termFrame = null;
      // Put back if the page removes or restyles it; a frame in it reloads when it is put
      // back, so the form closes (cleanly: hovering works again) and the card hides.
      stopGuard = guardHost(doc, made.host, () => {
        showing++;
        if (asking) api.closeAsk();
        made.card.hidden = true;
        made.framed.hidden = true;
        made.framed.replaceChildren();
        termFrame = null;
        shownId = null;
      });
    }
    return parts;
  };

  /** Counts each show and hide: a private card answered late is shown only if still wanted. */
  let showing = 0;
  /** The frame that shows own and team terms' cards, made when first needed, then kept. */
  let termFrame: { frame: HTMLIFrameElement; token: string; loaded: Promise<void> } | null = null;
  const ensureTermFrame = (framed: HTMLElement) => {
    if (termFrame?.frame.isConnected) return termFrame;
    const frame = element(doc, 'iframe', 'term-frame');
    const token = crypto.randomUUID();
    const loaded = new Promise<void>((resolve) =>
      frame.addEventListener('load', () => resolve(), { once: true }),
    );
    frame.src = `${browser.runtime.getURL('/term-card.html')}#${token}`;
    framed.replaceChildren(frame);
    termFrame = { frame, token, loaded };
    return termFrame;
  };

  /**
   * Sends the frame its card, straight to its window (runtime messages from a content script
   * don't reach an extension frame in Firefox), on a port of our own, and waits for its size.
   * First the frame proves it is ours: it answers with the token from its own address, which
   * the page never sees. If the page had sent the frame elsewhere, that page gets the port
   * but not the token, and nothing more is sent. (The origin can't be checked instead: in
   * Chrome the frame's address is a dynamic one, use_dynamic_url in wxt.config.ts.)
   */
  const askFrame = (frame: HTMLIFrameElement, message: PrivateCard): Promise<CardSize | null> =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      const done = (size: CardSize | null) => {
        clearTimeout(timer);
        channel.port1.close();
        resolve(size);
      };
      const timer = setTimeout(() => done(null), 2000);
      let proved = false;
      channel.port1.onmessage = (event: MessageEvent<unknown>) => {
        const data = event.data as Partial<CardSize> & { token?: unknown };
        if (!proved) {
          proved = data?.token === message.token;
          if (proved) channel.port1.postMessage(message);
          else done(null);
          return;
        }
        const { width, height } = data ?? {};
        done(typeof width === 'number' && typeof height === 'number' ? { width, height } : null);
      };
      frame.contentWindow?.postMessage(TERM_CARD_HELLO, '*', [channel.port2]);
    });

  /**
   * An own or team term's card: shown by an extension page in a frame (entrypoints/term-card/),
   * sent only this term's entry; the page's document never holds its text.
   */
  const showPrivate = async (
    framed: HTMLElement,
    id: string,
    anchor: DOMRect,
    texts: CardTexts,
  ) => {
    const mine = showing;
    const entry = texts.entries[id];
    if (!entry) return;
    const { frame, token, loaded } = ensureTermFrame(framed);
    // Laid out but unseen while the frame measures its card (a frame in a box that is not
    // displayed has no width to lay out in), at the widest a card may be.
    framed.style.visibility = 'hidden';
    framed.hidden = false;
    frame.style.width = '320px';
    await loaded;
    const message: PrivateCard = {
      type: 'private-card',
      token,
      id,
      texts: { ...texts, entries: { [id]: entry } },
    };
    const size = await askFrame(frame, message);
    if (mine !== showing) return;
    if (!size) {
      framed.hidden = true;
      return;
    }
    frame.title = entry.term;
    frame.style.width = `${size.width}px`;
    frame.style.height = `${size.height}px`;
    framed.setAttribute('lang', texts.lang);
    place(framed, anchor);
    framed.style.visibility = '';
    if (parts) raiseHost(parts.host);
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
      const { card: target, framed } = ensureHost();
      showing++;
      if (isPrivateTermId(id)) {
        target.hidden = true;
        shownId = id;
        void showPrivate(framed, id, anchor, texts);
        return;
      }
      framed.hidden = true;
      if (shownId !== id || target.getAttribute('lang') !== texts.lang)
        fillCard(target, id, texts, actions, () => api.hide());
      target.hidden = false;
      place(target, anchor);
      shownId = id;
      raiseHost(parts!.host);
    },
    prepareFrame() {
      if (asking || termFrame?.frame.isConnected) return;
      ensureTermFrame(ensureHost().framed);
    },
    hide() {
      if (asking) return;
      showing++;
      if (parts) {
        parts.card.hidden = true;
        parts.framed.hidden = true;
      }
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
      showing++;
      ensureHost().framed.hidden = true;
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
      raiseHost(parts!.host);
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
      stopGuard?.();
      stopGuard = null;
      parts?.host.remove();
      parts = null;
      shownId = null;
    },
  };
  return api;
}
