import { describe, expect, it } from 'vitest';
import {
  askTermFrame,
  countTerms,
  isFromOwnPages,
  isToBackground,
  isToContent,
} from '../../utils/messages';

describe('countTerms', () => {
  it('counts each term, most frequent first', () => {
    expect(
      countTerms(['trigger', 'rescuing', 'trigger', 'burnout', 'trigger', 'rescuing']),
    ).toEqual([
      { id: 'trigger', count: 3 },
      { id: 'rescuing', count: 2 },
      { id: 'burnout', count: 1 },
    ]);
  });

  it('orders terms found equally often by id', () => {
    expect(countTerms(['safety', 'agency', 'burnout', 'agency', 'safety', 'burnout'])).toEqual([
      { id: 'agency', count: 2 },
      { id: 'burnout', count: 2 },
      { id: 'safety', count: 2 },
    ]);
  });

  it('gives nothing for a page without terms', () => {
    expect(countTerms([])).toEqual([]);
  });
});

describe('isToContent', () => {
  it.each([
    { type: 'page-terms' },
    { type: 'reveal-term', id: 'rescuing' },
    { type: 'command', command: 'next-highlight' },
  ])('accepts $type', (message) => {
    expect(isToContent(message)).toBe(true);
  });

  it.each([null, undefined, 'page-terms', 42, {}, { type: 'other' }, { type: 'badge', count: 1 }])(
    'rejects %j',
    (message) => {
      expect(isToContent(message)).toBe(false);
    },
  );
});

describe('isToBackground', () => {
  it.each([
    { type: 'open-tip', tip: 'ego-aside' },
    { type: 'badge', count: 3 },
    { type: 'badge', count: null },
    { type: 'card-texts', lang: 'nl' },
    { type: 'glossary-forms' },
    { type: 'hide-term', id: 'drama-triangle' },
    { type: 'toggle-site' },
  ])('accepts $type', (message) => {
    expect(isToBackground(message)).toBe(true);
  });

  it.each([null, undefined, 'badge', 42, {}, { type: 'other' }, { type: 'page-terms' }])(
    'rejects %j',
    (message) => {
      expect(isToBackground(message)).toBe(false);
    },
  );
});

describe('isFromOwnPages: who the PDF viewer answers', () => {
  const own = 'chrome-extension://abcdefghijklmnop/';
  it('answers the background and the extension’s own pages', () => {
    expect(isFromOwnPages(`${own}background.js`, own)).toBe(true);
    expect(isFromOwnPages(`${own}popup.html`, own)).toBe(true);
    expect(isFromOwnPages('moz-extension://1234/sidepanel.html', 'moz-extension://1234/')).toBe(
      true,
    );
  });
  it('refuses a content script (its address is the page’s), another extension, or no address', () => {
    expect(isFromOwnPages('https://example.org/dossier', own)).toBe(false);
    expect(isFromOwnPages('chrome-extension://otherextension/page.html', own)).toBe(false);
    expect(isFromOwnPages(`https://evil.example/${own}`, own)).toBe(false);
    expect(isFromOwnPages(undefined, own)).toBe(false);
    expect(isFromOwnPages(`${own}x`, '')).toBe(false);
  });
});

describe('askTermFrame: where a finished "Highlight this term" form is answered', () => {
  it('is the frame that asked, else the top frame, never every frame', () => {
    expect(askTermFrame(7)).toBe(7);
    expect(askTermFrame(0)).toBe(0);
    expect(askTermFrame(undefined)).toBe(0);
    expect(askTermFrame(-1)).toBe(0);
    expect(askTermFrame(1.5)).toBe(0);
    expect(askTermFrame('3')).toBe(0);
  });
});
