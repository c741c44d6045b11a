/**
 * The team lists a user keeps (added from files; an organisation's come from policy, see
 * ./managed-policy.ts), and the lists the user shared, so a new version keeps the same id.
 * Plain TypeScript, no browser globals: reading the stored values and the operations on
 * them. Kept apart from My tips: a team list is read-only, and goes as a whole.
 */
import type { Lang } from '../texts/ids';
import { readTeamList } from './team-list-format';
import type { TeamList } from './team-list-format';

/** A list the user added: switched on or off as a whole. */
export interface StoredTeamList {
  list: TeamList;
  enabled: boolean;
  /** When it was added (or last updated to a newer version), ms since 1970. */
  addedAt: number;
}

/** What the share tool remembers of a list the user shared: enough for its next version. */
export interface SharedTeamList {
  id: string;
  name: string;
  publisher: string;
  version: number;
  language: Lang;
  tipIds: string[];
  termIds: string[];
}

/** The most lists a user keeps (an organisation can set as many again). */
export const TEAM_LISTS_LIMIT = 20;

/**
 * What all kept lists together may take, as UTF-8 JSON: 5 MB. Chrome gives an extension
 * 10 MB of local storage without the "unlimitedStorage" permission, which My tips and own
 * terms share; and a backup, which holds the lists too, stays well within its size limit.
 */
export const TEAM_LISTS_MAX_BYTES = 5 * 1024 * 1024;

/** The size of lists as stored: UTF-8 bytes of their JSON. */
export function teamListsBytes(lists: readonly StoredTeamList[]): number {
  return new TextEncoder().encode(JSON.stringify(lists)).length;
}

export interface StoredTeamLists {
  lists: StoredTeamList[];
  /** Entries that could not be read: kept as they are, written back unchanged. */
  unreadable: unknown[];
  /** The stored value is there but is not a list: nothing may be written over it. */
  wrongShape: boolean;
}

/** The stored team lists as far as they can be read; never throws. */
export function readStoredTeamLists(raw: unknown): StoredTeamLists {
  if (raw === undefined || raw === null) return { lists: [], unreadable: [], wrongShape: false };
  if (!Array.isArray(raw)) return { lists: [], unreadable: [], wrongShape: true };
  const lists: StoredTeamList[] = [];
  const unreadable: unknown[] = [];
  for (const entry of raw as unknown[]) {
    const value = entry as Partial<StoredTeamList> | null;
    const read = readTeamList(value?.list);
    if (
      read.ok &&
      typeof value?.enabled === 'boolean' &&
      typeof value.addedAt === 'number' &&
      !lists.some((kept) => kept.list.id === read.list.id)
    ) {
      lists.push({ list: read.list, enabled: value.enabled, addedAt: value.addedAt });
    } else {
      unreadable.push(entry);
    }
  }
  return { lists, unreadable, wrongShape: false };
}

/** The lists the share tool remembers, as far as they can be read; never throws. */
export function readSharedTeamLists(raw: unknown): SharedTeamList[] {
  if (!Array.isArray(raw)) return [];
  const strings = (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((item) => typeof item === 'string');
  return (raw as Partial<SharedTeamList>[]).filter(
    (entry): entry is SharedTeamList =>
      typeof entry?.id === 'string' &&
      typeof entry.name === 'string' &&
      typeof entry.publisher === 'string' &&
      typeof entry.version === 'number' &&
      (entry.language === 'en' || entry.language === 'nl') &&
      strings(entry.tipIds) &&
      strings(entry.termIds),
  );
}

/**
 * Thrown when adding a list would take the user past TEAM_LISTS_LIMIT lists (`count`) or
 * past TEAM_LISTS_MAX_BYTES (`size`).
 */
export class TeamListsFullError extends Error {
  constructor(readonly reason: 'count' | 'size') {
    super(
      reason === 'count'
        ? `At most ${TEAM_LISTS_LIMIT} team lists`
        : `Team lists take at most ${TEAM_LISTS_MAX_BYTES} bytes`,
    );
    this.name = 'TeamListsFullError';
  }
}

/**
 * Adds `list`, or replaces the kept list of the same id (a newer version, checked by the
 * caller with compareTeamLists): a replaced list keeps its place and whether it was on.
 */
export function putTeamList(
  lists: readonly StoredTeamList[],
  list: TeamList,
  now: number,
): StoredTeamList[] {
  const index = lists.findIndex((kept) => kept.list.id === list.id);
  if (index === -1 && lists.length >= TEAM_LISTS_LIMIT) throw new TeamListsFullError('count');
  const next =
    index === -1
      ? [...lists, { list, enabled: true, addedAt: now }]
      : lists.map((kept, i) => (i === index ? { ...kept, list, addedAt: now } : kept));
  if (teamListsBytes(next) > TEAM_LISTS_MAX_BYTES) throw new TeamListsFullError('size');
  return next;
}

export function setTeamListEnabled(
  lists: readonly StoredTeamList[],
  id: string,
  enabled: boolean,
): StoredTeamList[] {
  return lists.map((kept) => (kept.list.id === id ? { ...kept, enabled } : kept));
}

export function removeTeamList(lists: readonly StoredTeamList[], id: string): StoredTeamList[] {
  return lists.filter((kept) => kept.list.id !== id);
}

/**
 * Merges lists from a backup into the kept ones: a list of a new id is added (while there
 * is room: TEAM_LISTS_LIMIT and TEAM_LISTS_MAX_BYTES), and one the user has is replaced
 * only by a higher version. Nothing is removed.
 */
export function mergeTeamLists(
  kept: readonly StoredTeamList[],
  incoming: readonly StoredTeamList[],
): StoredTeamList[] {
  let merged = [...kept];
  for (const entry of incoming) {
    const mine = merged.find((k) => k.list.id === entry.list.id);
    const next = !mine
      ? [...merged, entry]
      : entry.list.version > mine.list.version
        ? merged.map((k) => (k === mine ? entry : k))
        : merged;
    if (next.length <= TEAM_LISTS_LIMIT && teamListsBytes(next) <= TEAM_LISTS_MAX_BYTES)
      merged = next;
  }
  return merged;
}

/** Lists the user shared, merged by id: the higher version wins. */
export function mergeSharedLists(
  kept: readonly SharedTeamList[],
  incoming: readonly SharedTeamList[],
): SharedTeamList[] {
  let merged = [...kept];
  for (const entry of incoming) {
    const mine = merged.find((k) => k.id === entry.id);
    if (!mine) merged = [...merged, entry];
    else if (entry.version > mine.version) merged = merged.map((k) => (k === mine ? entry : k));
  }
  return merged.slice(0, TEAM_LISTS_LIMIT);
}

/** Remembers a list the user shared (its newest version replaces an older one). */
export function rememberSharedList(
  shared: readonly SharedTeamList[],
  list: SharedTeamList,
): SharedTeamList[] {
  return [list, ...shared.filter((entry) => entry.id !== list.id)].slice(0, TEAM_LISTS_LIMIT);
}

/** A list as the views show it: the organisation's (always on, read-only) or the user's. */
export interface ShownTeamList {
  list: TeamList;
  enabled: boolean;
  /** Set by the organisation through browser policy: can't be switched off or removed. */
  managed: boolean;
}

/**
 * The lists to show: the organisation's first, then the user's own, less any of theirs that
 * the organisation set too (its version is the one that counts).
 */
export function shownTeamLists(
  user: readonly StoredTeamList[],
  managed: readonly TeamList[],
): ShownTeamList[] {
  const managedIds = new Set(managed.map((list) => list.id));
  return [
    ...managed.map((list) => ({ list, enabled: true, managed: true })),
    ...user
      .filter((entry) => !managedIds.has(entry.list.id))
      .map((entry) => ({ list: entry.list, enabled: entry.enabled, managed: false })),
  ];
}
