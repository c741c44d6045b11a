/**
 * The highlighter's settings as a model: their types, defaults, completing a stored value,
 * site keys and the on/off rules. Plain TypeScript, no browser globals; the storage item
 * that holds them is in ../storage/highlight-settings.ts.
 */

/** Words with an everyday sense: only on pages about care (default), everywhere, never. */
export const EVERYDAY_MODES = ['care-pages', 'everywhere', 'never'] as const;
export type EverydayMode = (typeof EVERYDAY_MODES)[number];

export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** A small palette that keeps contrast on light pages; see highlighting/highlight.css. */
export const HIGHLIGHT_COLOURS = ['teal', 'amber', 'violet', 'blue'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

export interface HighlightSettings {
  /** Everywhere off, until switched on again. */
  paused: boolean;
  /** Host names where the user said "not on this site". */
  disabledSites: string[];
  /** Glossary ids the user said "don't highlight this term" for. */
  hiddenTerms: string[];
  style: HighlightStyle;
  colour: HighlightColour;
  /** Show the number of distinct terms on the page on the toolbar icon. */
  showBadge: boolean;
  /** Words with an everyday sense: only on pages about care (default), everywhere, never. */
  everydayWords: EverydayMode;
}

export const DEFAULT_HIGHLIGHT_SETTINGS: HighlightSettings = {
  paused: false,
  disabledSites: [],
  hiddenTerms: [],
  style: 'underline',
  colour: 'teal',
  showBadge: false,
  everydayWords: 'care-pages',
};

/**
 * Settings from any stored value, completed with defaults for anything missing or of the
 * wrong kind (a value that is not an object at all gives the defaults).
 */
export function completeSettings(stored: unknown): HighlightSettings {
  const s: Partial<Record<keyof HighlightSettings, unknown>> =
    typeof stored === 'object' && stored !== null ? stored : {};
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  return {
    paused: typeof s.paused === 'boolean' ? s.paused : DEFAULT_HIGHLIGHT_SETTINGS.paused,
    disabledSites: strings(s.disabledSites),
    hiddenTerms: strings(s.hiddenTerms),
    style: HIGHLIGHT_STYLES.includes(s.style as HighlightStyle)
      ? (s.style as HighlightStyle)
      : DEFAULT_HIGHLIGHT_SETTINGS.style,
    colour: HIGHLIGHT_COLOURS.includes(s.colour as HighlightColour)
      ? (s.colour as HighlightColour)
      : DEFAULT_HIGHLIGHT_SETTINGS.colour,
    showBadge:
      typeof s.showBadge === 'boolean' ? s.showBadge : DEFAULT_HIGHLIGHT_SETTINGS.showBadge,
    everydayWords: EVERYDAY_MODES.includes(s.everydayWords as EverydayMode)
      ? (s.everydayWords as EverydayMode)
      : DEFAULT_HIGHLIGHT_SETTINGS.everydayWords,
  };
}

/** The key a site is remembered by: its host name, without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isHighlightingOn(settings: HighlightSettings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(siteKey(hostname));
}

/** The settings with this site switched off, or on again. */
export function toggleSite(settings: HighlightSettings, hostname: string): HighlightSettings {
  const key = siteKey(hostname);
  const disabledSites = settings.disabledSites.includes(key)
    ? settings.disabledSites.filter((site) => site !== key)
    : [...settings.disabledSites, key];
  return { ...settings, disabledSites };
}

/**
 * The most entries the two lists of sites and terms switched off may hold: room for every
 * own term (LIMITS.records) and the glossary, and far more sites than anyone switches off.
 * A backup holding this many always imports (see ../my-data/backup-format.ts).
 */
export const SETTINGS_LIST_LIMIT = 2000;

/** Host names are at most 253 characters (DNS): the longest site the list keeps. */
export const SITE_LENGTH_LIMIT = 253;

/** Whether a change grows one of the settings' lists past SETTINGS_LIST_LIMIT. */
export function settingsListsGrowPastLimit(
  before: HighlightSettings,
  after: HighlightSettings,
): boolean {
  return (['disabledSites', 'hiddenTerms'] as const).some(
    (key) => after[key].length > SETTINGS_LIST_LIMIT && after[key].length > before[key].length,
  );
}
