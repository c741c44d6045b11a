/**
 * The user's own data: My tips and own highlight terms. Plain TypeScript, no browser
 * globals. Every record carries its own `updatedAt`, and a deleted record stays behind as
 * a tombstone (`deleted: true`) for a while, so that two devices merge per record (newest
 * edit of a record wins; a deletion is remembered) instead of overwriting whole lists.
 */
import type { TipId } from '../texts/ids';

/** Where a tip picked from a page came from ("Add to My tips" on selected text). */
export interface TipSource {
  /** The selected text, as the user selected it. */
  quote: string;
  pageTitle: string;
  /** Left out when the user turned off keeping page addresses. */
  url?: string;
}

export interface MyTip {
  id: string;
  /** Short text of the tip ("ask before advising"). Empty for a kept built-in tip. */
  text: string;
  note: string;
  tags: string[];
  /** A built-in tip kept in My tips: shown from the content, in the current language. */
  builtIn?: TipId;
  source?: TipSource;
  /** Position in the list: lower first. Moving a tip changes only its own order. */
  order: number;
  createdAt: number;
  updatedAt: number;
  deleted?: true;
}

export interface OwnTerm {
  id: string;
  /** The headword shown on the card. */
  term: string;
  /** Other forms that find it; the headword always finds it too. */
  variants: string[];
  explanation: string;
  createdAt: number;
  updatedAt: number;
  deleted?: true;
}

/** Anything that merges per record. */
export interface Versioned {
  id: string;
  updatedAt: number;
  deleted?: true;
}

/** Limits that keep a record small enough for the browser's sync (8 KB per item). */
export const LIMITS = {
  /** Ids are UUIDs (36 characters); a little room for other ones. */
  id: 100,
  tipText: 500,
  tipNote: 2000,
  tag: 40,
  tagsPerTip: 12,
  quote: 1500,
  pageTitle: 300,
  url: 2000,
  term: 80,
  variantsPerTerm: 20,
  explanation: 400,
  /** Tips and terms each. */
  records: 1000,
} as const;

/** Tombstones older than this are forgotten. */
export const TOMBSTONE_DAYS = 90;

export interface Preferences {
  /** Keep the page address with a tip added from a page. */
  keepPageAddress: boolean;
  /** Mirror My tips and own terms through the browser's own sync. */
  syncEnabled: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { keepPageAddress: true, syncEnabled: false };

/** Preferences from any stored value: each one that is not a boolean takes its default. */
export function readPreferences(raw: unknown): Preferences {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const flag = (key: keyof Preferences) =>
    typeof value[key] === 'boolean' ? value[key] : DEFAULT_PREFERENCES[key];
  return { keepPageAddress: flag('keepPageAddress'), syncEnabled: flag('syncEnabled') };
}

/** How many records of a list are live (not tombstones). */
export function liveCount(records: readonly Versioned[]): number {
  return records.reduce((count, record) => (record.deleted ? count : count + 1), 0);
}

/**
 * Whether a change from `before` to `after` takes a list past `limit` live records. A list
 * already past it (from an older version) may still be edited and shrunk, never grown.
 */
export function growsPastLimit(
  before: readonly Versioned[],
  after: readonly Versioned[],
  limit: number = LIMITS.records,
): boolean {
  const next = liveCount(after);
  return next > limit && next > liveCount(before);
}

/**
 * A change refused because the list would hold more than it may (LIMITS.records, or a
 * settings list's limit); nothing was written. / De lijst is vol; er is niets opgeslagen.
 */
export class ListFullError extends Error {
  constructor(what: string) {
    super(`${what}: the list is full; nothing was saved`);
    this.name = 'ListFullError';
  }
}

/** By name, not `instanceof`: the error may come from another copy of this module. */
export const isListFull = (error: unknown): error is ListFullError =>
  error instanceof Error && error.name === 'ListFullError';
