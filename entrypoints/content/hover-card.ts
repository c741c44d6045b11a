import type { CardTexts } from '../../utils/texts/card-texts';
import type { TipId } from '../../utils/texts/ids';
import { CARD_CSS } from './card-styles';

export interface CardActions {
  openTip: (tip: TipId) => void;
  hideTerm: (id: string) => void;
}

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
  closeAsk: () => void;
  remove: () => void;
}

/** The host's own rules, inline and !important: no page rule can override them. */
const HOST_STYLE =
  'all:initial!important;display:block!important;position:fixed!important;' +
  'inset:0 auto auto 0!important;width:0!important;height:0!important;' +
  'overflow:visible!important;z-index:2147483647!important;pointer-events:none!important;' +
  'visibility:visible!important;opacity:1!important;transform:none!important;' +
  'filter:none!important;clip-path:none!important';

const GAP = 6;
const MARGIN = 8;

/**
 * The card that explains a highlighted term: an (open) shadow root in an element of our
 * own, added to the page only while the card or an announcement is needed, and never
 * given focus. It is placed next to the word, never over it.
 */
export function createHoverCard(doc: Document, actions: CardActions): HoverCard {
  let host: HTMLElement | null = null;
  let card: HTMLElement | null = null;
  let live: HTMLElement | null = null;
  let noticeBox: HTMLElement | null = null;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  let shownId: string | null = null;
  /** While the "Highlight this term" form is open, hovering and hiding leave it alone. */
  let asking = false;
  let closeAsk: (() => void) | null = null;

  const ensureHost = () => {
    if (host?.isConnected && card && live && noticeBox) return { card, live, noticeBox };
    // A built-in element, known by reference: a custom element's name could be defined by
    // the page first (its code would run on our host). Its inline !important rules win
    // over any rule of the page's, so the page can't hide, move or fade it.
    host = doc.createElement('div');
    host.style.cssText = HOST_STYLE;
    // Closed: the page's scripts can't read the card (the user's own notes) or press its
    // buttons; the buttons also ignore clicks that did not come from the user.
    const shadow = host.attachShadow({ mode: 'closed' });
    applyStyles(doc, shadow);
    card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'note');
    card.hidden = true;
    live = doc.createElement('div');
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    noticeBox = doc.createElement('div');
    noticeBox.className = 'notice';
    noticeBox.hidden = true;
    shadow.append(card, live, noticeBox);
    doc.documentElement.append(host);
    return { card, live, noticeBox };
  };

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const fill = (target: HTMLElement, id: string, texts: CardTexts) => {
    const entry = texts.entries[id];
    target.replaceChildren();
    if (!entry) return;
    target.setAttribute('aria-label', entry.term);
    target.setAttribute('lang', texts.lang);
    target.append(el('p', 'term', entry.term), el('p', 'explanation', entry.explanation));
    if (entry.source) target.append(el('p', 'source', entry.source));
    const row = el('div', 'row');
    for (const tip of entry.tips) {
      const button = el('button', 'tip', tip.label);
      button.type = 'button';
      button.title = texts.relatedTip;
      button.addEventListener('click', (event) => event.isTrusted && actions.openTip(tip.id));
      row.append(button);
    }
    const hideButton = el('button', 'hide', texts.hideTerm);
    hideButton.type = 'button';
    hideButton.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      actions.hideTerm(id);
      api.hide();
    });
    row.append(hideButton);
    target.append(row);
  };

  const place = (target: HTMLElement, anchor: DOMRect) => {
    const view = doc.defaultView!;
    target.style.left = '0px';
    target.style.top = '0px';
    const { width, height } = target.getBoundingClientRect();
    const left = Math.min(
      Math.max(MARGIN, anchor.left),
      Math.max(MARGIN, view.innerWidth - width - MARGIN),
    );
    const below = anchor.bottom + GAP;
    const fitsBelow = below + height + MARGIN <= view.innerHeight;
    const top = fitsBelow || anchor.top - GAP - height < MARGIN ? below : anchor.top - GAP - height;
    target.style.left = `${Math.round(left)}px`;
    target.style.top = `${Math.round(top)}px`;
  };

  const api: HoverCard = {
    show(id, anchor, texts) {
      if (asking) return;
      const { card: target } = ensureHost();
      if (shownId !== id || target.getAttribute('lang') !== texts.lang) fill(target, id, texts);
      target.hidden = false;
      place(target, anchor);
      shownId = id;
    },
    hide() {
      if (asking) return;
      if (card) card.hidden = true;
      shownId = null;
    },
    get shownId() {
      return shownId;
    },
    contains(event) {
      return host !== null && event.composedPath().includes(host);
    },
    owns(node) {
      return host !== null && node === host;
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
      const frame = el('iframe', 'ask-frame');
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
      host?.remove();
      host = card = live = null;
      shownId = null;
    },
  };
  return api;
}

/**
 * A constructed style sheet is not subject to the page's Content-Security-Policy; where it
 * cannot be adopted, a <style> element inside our own shadow root is the fallback.
 */
function applyStyles(doc: Document, shadow: ShadowRoot) {
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    shadow.append(style);
  }
}
