import type { CardTexts } from '../utils/texts/card-texts';
import type { TipId } from '../utils/texts/ids';

export interface CardActions {
  openTip: (tip: TipId) => void;
  hideTerm: (id: string) => void;
}

/** A new element of ours, with a class and text (never HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Fills the card with one term: its headword, explanation, source, a button per related
 * tip and "don't highlight this term". All text is set as text. The buttons ignore clicks
 * that did not come from the user (a page's script can't press them).
 */
export function fillCard(
  target: HTMLElement,
  id: string,
  texts: CardTexts,
  actions: CardActions,
  afterHide: () => void,
): void {
  const doc = target.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) =>
    element(doc, tag, className, text);
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
    afterHide();
  });
  row.append(hideButton);
  target.append(row);
}
