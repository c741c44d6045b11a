/**
 * Which parts of a page are never highlighted, and which elements keep a block's text
 * together. Tag names are upper case, as `Element.tagName` gives them in HTML documents.
 */

/** The extension's own UI host element (see entrypoints/content/hover-card.ts). */
export const OWN_UI_TAG = 'HSC-COMPANION';

/** Never searched, nor anything inside them. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'TITLE',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'svg',
  'SVG',
  'math',
  'MATH',
  OWN_UI_TAG,
]);

/**
 * Elements that are part of the line of text around them: a term may run across them
 * ("holding <em>space</em>"). Everything else starts a new block of text.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
]);

export interface ElementLike {
  tagName: string;
  hasAttributes(): boolean;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

/** True for an element whose contents are never highlighted. */
export function isSkipped(element: ElementLike): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  if (!element.hasAttributes()) return false; // most elements: no attribute to look at
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  return role === 'textbox' || role === 'code';
}
