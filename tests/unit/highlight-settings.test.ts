import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  completeSettings,
  DEFAULT_HIGHLIGHT_SETTINGS,
  isHighlightingOn,
  siteKey,
  toggleSite,
} from '../../utils/settings/highlight-settings';
import { highlightSettings } from '../../utils/storage/highlight-settings';
import type { HighlightSettings } from '../../utils/settings/highlight-settings';

const settings = (change: Partial<HighlightSettings> = {}): HighlightSettings => ({
  ...DEFAULT_HIGHLIGHT_SETTINGS,
  ...change,
});

describe('completeSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(completeSettings(null)).toEqual(DEFAULT_HIGHLIGHT_SETTINGS);
    expect(completeSettings(undefined)).toEqual(DEFAULT_HIGHLIGHT_SETTINGS);
    expect(completeSettings({})).toEqual(DEFAULT_HIGHLIGHT_SETTINGS);
  });

  it('keeps valid stored values', () => {
    const stored: HighlightSettings = {
      paused: true,
      disabledSites: ['example.org'],
      hiddenTerms: ['rescuing'],
      style: 'background',
      colour: 'violet',
      showBadge: true,
      everydayWords: 'everywhere',
    };
    expect(completeSettings(stored)).toEqual(stored);
  });

  it('replaces values of the wrong kind with defaults', () => {
    const stored = {
      paused: 'yes',
      style: 'neon',
      colour: 3,
      disabledSites: 'x',
      hiddenTerms: [1, 'a'],
      showBadge: 1,
      everydayWords: 'sometimes',
    } as unknown as Partial<HighlightSettings>;
    expect(completeSettings(stored)).toEqual({
      ...DEFAULT_HIGHLIGHT_SETTINGS,
      hiddenTerms: ['a'],
    });
  });

  it('fills in only what is missing', () => {
    expect(completeSettings({ colour: 'amber' })).toEqual({
      ...DEFAULT_HIGHLIGHT_SETTINGS,
      colour: 'amber',
    });
  });
});

describe('siteKey', () => {
  it('remembers a site by its host name without a leading "www." and in lower case', () => {
    expect(siteKey('www.Example.ORG')).toBe('example.org');
    expect(siteKey('example.org')).toBe('example.org');
    expect(siteKey('WWW.example.org')).toBe('example.org');
  });

  it('leaves a "www" elsewhere in the name alone', () => {
    expect(siteKey('news.www.example.org')).toBe('news.www.example.org');
    expect(siteKey('wwwexample.org')).toBe('wwwexample.org');
  });
});

describe('isHighlightingOn', () => {
  it('is on by default', () => {
    expect(isHighlightingOn(settings(), 'example.org')).toBe(true);
  });

  it('is off everywhere while paused', () => {
    expect(isHighlightingOn(settings({ paused: true }), 'example.org')).toBe(false);
  });

  it('is off on a site the user switched off, with or without "www."', () => {
    const off = settings({ disabledSites: ['example.org'] });
    expect(isHighlightingOn(off, 'example.org')).toBe(false);
    expect(isHighlightingOn(off, 'www.example.org')).toBe(false);
    expect(isHighlightingOn(off, 'WWW.Example.org')).toBe(false);
    expect(isHighlightingOn(off, 'other.org')).toBe(true);
  });
});

describe('toggleSite', () => {
  it('switches a site off, then on again', () => {
    const off = toggleSite(settings(), 'www.example.org');
    expect(off.disabledSites).toEqual(['example.org']);
    expect(isHighlightingOn(off, 'example.org')).toBe(false);

    const on = toggleSite(off, 'example.org');
    expect(on.disabledSites).toEqual([]);
    expect(isHighlightingOn(on, 'www.example.org')).toBe(true);
  });

  it('leaves other sites and settings as they were, and does not change its input', () => {
    const before = settings({ disabledSites: ['a.org'], colour: 'blue' });
    const after = toggleSite(before, 'b.org');
    expect(after).toEqual({ ...before, disabledSites: ['a.org', 'b.org'] });
    expect(before.disabledSites).toEqual(['a.org']);
  });
});

describe('highlightSettings storage item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults on a fresh install', async () => {
    expect(await highlightSettings.getValue()).toEqual(DEFAULT_HIGHLIGHT_SETTINGS);
  });

  it('remembers changed settings in local storage', async () => {
    const changed = settings({ paused: true, disabledSites: ['example.org'], style: 'background' });
    await highlightSettings.setValue(changed);
    expect(await highlightSettings.getValue()).toEqual(changed);
    expect(await fakeBrowser.storage.local.get('highlightSettings')).toEqual({
      highlightSettings: changed,
    });
  });
});
