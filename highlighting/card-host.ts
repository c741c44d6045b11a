import { CARD_CSS } from './card-styles';

/** The host's own rules, inline and !important: no page rule can override them. */
export const HOST_STYLE =
  'all:initial!important;display:block!important;position:fixed!important;' +
  'inset:0 auto auto 0!important;width:0!important;height:0!important;' +
  'overflow:visible!important;z-index:2147483647!important;pointer-events:none!important;' +
  'visibility:visible!important;opacity:1!important;transform:none!important;' +
  'filter:none!important;clip-path:none!important';

/** The parts of the card's host: the card itself, a live region, a corner notice. */
export interface CardParts {
  host: HTMLElement;
  card: HTMLElement;
  /** The card of an own or team term: a frame of the extension's origin goes in it. */
  framed: HTMLElement;
  live: HTMLElement;
  noticeBox: HTMLElement;
}

/**
 * The card's host, added to the end of the page's root element. A built-in element, known
 * by reference: a custom element's name could be defined by the page first (its code would
 * run on our host). Its inline !important rules win over any rule of the page's, so the
 * page can't hide, move or fade it. Its shadow root is closed: the page's scripts can't
 * read the card (the user's own notes) or press its buttons.
 */
export function createCardHost(doc: Document): CardParts {
  const host = doc.createElement('div');
  host.style.cssText = HOST_STYLE;
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(doc, shadow, CARD_CSS);
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'note');
  card.hidden = true;
  const live = doc.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const noticeBox = doc.createElement('div');
  noticeBox.className = 'notice';
  noticeBox.hidden = true;
  const framed = doc.createElement('div');
  framed.className = 'card framed';
  framed.hidden = true;
  shadow.append(card, framed, live, noticeBox);
  // In the top layer (a manual popover: it closes nothing of the page's), above anything
  // the page puts over it, whatever its z-index.
  host.popover = 'manual';
  doc.documentElement.append(host);
  raiseHost(host);
  return { host, card, framed, live, noticeBox };
}

/** Puts the host on top of the top layer (again: a page's own popover may have opened since). */
export function raiseHost(host: HTMLElement): void {
  if (!host.isConnected || typeof host.showPopover !== 'function') return;
  try {
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  } catch {
    // Not in a document that has a top layer (an old engine): the host's z-index holds.
  }
}

/**
 * Keeps the host as it was made, whatever the page does to it: put back at the end of the
 * page's root if removed (`onRemoved` first, for what can't survive that: a frame in it
 * reloads), its own style and attributes restored if the page changed them, and back in
 * the top layer. Restored once a frame at most, so a page that keeps removing it only
 * costs itself that. Returns the stop.
 */
export function guardHost(doc: Document, host: HTMLElement, onRemoved: () => void): () => void {
  const view = doc.defaultView!;
  /** The host's style as the browser writes it back (not as HOST_STYLE is spelled). */
  const ownStyle = host.style.cssText;
  let frame = 0;
  const restore = () => {
    frame = 0;
    if (!host.isConnected) {
      onRemoved();
      doc.documentElement.append(host);
    }
    if (host.style.cssText !== ownStyle) host.style.cssText = HOST_STYLE;
    for (const { name } of [...host.attributes])
      if (name !== 'style' && name !== 'popover') host.removeAttribute(name);
    if (host.getAttribute('popover') !== 'manual') host.popover = 'manual';
    if (!host.matches(':popover-open')) raiseHost(host);
  };
  const observer = new MutationObserver(() => {
    frame ||= view.requestAnimationFrame(restore);
  });
  observer.observe(doc.documentElement, { childList: true });
  observer.observe(host, { attributes: true });
  return () => {
    observer.disconnect();
    if (frame) view.cancelAnimationFrame(frame);
  };
}

/**
 * A constructed style sheet is not subject to the page's Content-Security-Policy; where it
 * cannot be adopted, a <style> element inside our own shadow root is the fallback.
 */
export function adoptStyles(doc: Document, shadow: ShadowRoot, css: string) {
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}
