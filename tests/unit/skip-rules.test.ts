import { describe, expect, it } from 'vitest';
import { INLINE_TAGS, isSkipped } from '../../utils/highlight/skip-rules';

function element(tag: string, attributes: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

describe('isSkipped', () => {
  it.each(['input', 'textarea', 'select', 'option'])('skips the form field <%s>', (tag) => {
    expect(isSkipped(element(tag))).toBe(true);
  });

  it.each(['', 'true', 'plaintext-only', 'TRUE'])(
    'skips editable content (contenteditable="%s")',
    (value) => {
      expect(isSkipped(element('div', { contenteditable: value }))).toBe(true);
    },
  );

  it('does not skip contenteditable="false"', () => {
    expect(isSkipped(element('div', { contenteditable: 'false' }))).toBe(false);
  });

  it.each(['script', 'style', 'noscript', 'template'])('skips <%s>', (tag) => {
    expect(isSkipped(element(tag))).toBe(true);
  });

  it.each(['code', 'pre'])('skips code in <%s>', (tag) => {
    expect(isSkipped(element(tag))).toBe(true);
  });

  it('skips an element that acts as a text box (role="textbox")', () => {
    expect(isSkipped(element('div', { role: 'textbox' }))).toBe(true);
  });

  it('skips hidden content', () => {
    expect(isSkipped(element('div', { hidden: '' }))).toBe(true);
    expect(isSkipped(element('span', { 'aria-hidden': 'true' }))).toBe(true);
  });

  it('does not skip aria-hidden="false"', () => {
    expect(isSkipped(element('span', { 'aria-hidden': 'false' }))).toBe(false);
  });

  it('skips the same elements in an XHTML document, where tag names stay lower case', () => {
    const xhtml = document.implementation.createDocument('http://www.w3.org/1999/xhtml', 'html');
    const script = xhtml.createElementNS('http://www.w3.org/1999/xhtml', 'script');
    expect(isSkipped(script)).toBe(true);
    const em = xhtml.createElementNS('http://www.w3.org/1999/xhtml', 'em');
    expect(INLINE_TAGS.has(em.localName)).toBe(true);
  });

  it.each(['p', 'div', 'span', 'em', 'a', 'li', 'h1'])(
    'does not skip ordinary text in <%s>',
    (tag) => {
      expect(isSkipped(element(tag))).toBe(false);
    },
  );

  it('does not skip ordinary elements with unrelated attributes', () => {
    expect(isSkipped(element('p', { class: 'intro', id: 'x', role: 'note' }))).toBe(false);
    expect(isSkipped(element('a', { href: '#top' }))).toBe(false);
  });
});

describe('INLINE_TAGS', () => {
  it.each(['em', 'strong', 'a', 'span'])('treats <%s> as part of the line of text', (tag) => {
    expect(INLINE_TAGS.has(element(tag).localName)).toBe(true);
  });

  it.each(['p', 'div', 'li', 'br'])('treats <%s> as a break between blocks of text', (tag) => {
    expect(INLINE_TAGS.has(element(tag).localName)).toBe(false);
  });
});
