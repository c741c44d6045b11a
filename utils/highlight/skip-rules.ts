/**
 * Which parts of a page are never highlighted, and which elements keep a block's text
 * together. Names are `Element.localName`s: lower case for HTML elements in HTML and in
 * XHTML documents alike (`tagName` is upper case in the one, lower case in the other).
 * The extension's own card is known by reference, not by a name (see hover-card.ts).
 */

/** Never searched, nor anything inside them. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'title',
  'head',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
]);

/**
 * Elements that are part of the line of text around them: a term may run across them
 * ("holding <em>space</em>"). Everything else starts a new block of text.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);

export interface ElementLike {
  localName: string;
  hasAttributes(): boolean;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

/** True for an element whose contents are never highlighted. */
export function isSkipped(element: ElementLike): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (!element.hasAttributes()) return false; // most elements: no attribute to look at
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  return role === 'textbox' || role === 'code';
}
