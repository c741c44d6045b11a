/**
 * What restoring a backup does: a preview of the changes first (added, updated, unchanged,
 * removed), then the import itself, merged per record or replacing everything. Plain
 * TypeScript; the file itself is read by ./backup-format.ts.
 */
import { mergeSharedLists, mergeTeamLists } from './team-lists';
import type { BackupData } from './backup-format';
import { completeSettings } from '../settings/highlight-settings';
import { clampRecordTimes, editStamp } from './clock';
import type { MyTip, OwnTerm } from './model';
import { termTombstone } from './terms-ops';
import { tipTombstone } from './tips-ops';

export type ImportMode = 'merge' | 'replace';

/** What an import would do to one kind of record (tips or terms); lists of ids. */
export interface RecordChanges {
  /** In the backup, not among the current live records. */
  added: string[];
  /** In both, with different content. */
  updated: string[];
  /** In both, with the same content (`updatedAt` not counted). */
  unchanged: string[];
  /** Only for 'replace': live now, not in the backup; always empty for 'merge'. */
  removed: string[];
  counts: { added: number; updated: number; unchanged: number; removed: number };
  /** How many live records there will be after the import (compare with LIMITS.records). */
  liveAfter: number;
}

export interface ImportPreview {
  mode: ImportMode;
  tips: RecordChanges;
  terms: RecordChanges;
  /**
   * Whether the import will change highlight settings, language or preferences: always
   * false for 'merge' (which keeps the current settings); for 'replace', whether the
   * backup's differ from the current ones, `syncEnabled` not counted (it is never imported).
   */
  settingsChanged: boolean;
  /** Whether the backup's settings differ from the current ones at all, whatever the mode. */
  settingsDiffer: boolean;
  /** Team lists (as a whole, by id): added, updated to another version, unchanged, removed. */
  teamLists: { added: number; updated: number; unchanged: number; removed: number };
}

// ---------------------------------------------------------------------------------------
// Importing

type Rec = MyTip | OwnTerm;

/** A record's content as a canonical string: keys sorted, `updatedAt` and `deleted` and
 * undefined values left out. */
function contentKey(record: Rec): string {
  const canonical = (value: unknown, top: boolean): unknown => {
    if (Array.isArray(value)) return value.map((item) => canonical(item, false));
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) {
        if (top && (key === 'updatedAt' || key === 'deleted')) continue;
        const item = (value as Record<string, unknown>)[key];
        if (item !== undefined) out[key] = canonical(item, false);
      }
      return out;
    }
    return value;
  };
  return JSON.stringify(canonical(record, true));
}

const sameContent = (a: Rec, b: Rec) => contentKey(a) === contentKey(b);

function liveById<T extends Rec>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records)
    if (!record.deleted && !map.has(record.id)) map.set(record.id, record);
  return map;
}

function changes<T extends Rec>(
  current: readonly T[],
  incoming: readonly T[],
  mode: ImportMode,
): RecordChanges {
  const live = liveById(current);
  const incomingLive = liveById(incoming);
  const added: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  for (const record of incomingLive.values()) {
    const existing = live.get(record.id);
    if (!existing) added.push(record.id);
    else if (sameContent(existing, record)) unchanged.push(record.id);
    else updated.push(record.id);
  }
  const removed =
    mode === 'replace' ? [...live.keys()].filter((recordId) => !incomingLive.has(recordId)) : [];
  const liveAfter = mode === 'replace' ? incomingLive.size : live.size + added.length;
  return {
    added,
    updated,
    unchanged,
    removed,
    counts: {
      added: added.length,
      updated: updated.length,
      unchanged: unchanged.length,
      removed: removed.length,
    },
    liveAfter,
  };
}

function sameSettings(a: BackupData, b: BackupData, countSync: boolean): boolean {
  const settings = (data: BackupData) =>
    JSON.stringify({
      ...completeSettings(data.highlightSettings),
      language: data.language,
      keepPageAddress: data.preferences.keepPageAddress,
      syncEnabled: countSync ? data.preferences.syncEnabled : null,
    });
  return settings(a) === settings(b);
}

/** What importing `incoming` into `current` in `mode` would do, for the user to confirm. */
export function previewImport(
  current: BackupData,
  incoming: BackupData,
  mode: ImportMode,
): ImportPreview {
  return {
    mode,
    tips: changes(current.myTips, incoming.myTips, mode),
    terms: changes(current.ownTerms, incoming.ownTerms, mode),
    settingsChanged: mode === 'replace' && !sameSettings(current, incoming, false),
    settingsDiffer: !sameSettings(current, incoming, true),
    teamLists: teamListChanges(current, incoming, mode),
  };
}

/** What an import does to the team lists, counted by list (see applyImport). */
function teamListChanges(
  current: BackupData,
  incoming: BackupData,
  mode: ImportMode,
): ImportPreview['teamLists'] {
  const after =
    mode === 'merge' ? mergeTeamLists(current.teamLists, incoming.teamLists) : incoming.teamLists;
  const before = new Map(current.teamLists.map((entry) => [entry.list.id, entry.list.version]));
  const afterIds = new Set(after.map((entry) => entry.list.id));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const entry of after) {
    const version = before.get(entry.list.id);
    if (version === undefined) added++;
    else if (version !== entry.list.version) updated++;
    else unchanged++;
  }
  const removed = current.teamLists.filter((entry) => !afterIds.has(entry.list.id)).length;
  return { added, updated, unchanged, removed };
}

/**
 * The records after an import, in the current list's order with new ones after it.
 *
 * Every record the import changes (because the backup's differs, or it brings back one
 * deleted here) is stamped as an edit (`now`, or just after the record it replaces, see
 * editStamp), whatever its time in the file: the import is the user's newest
 * edit, and sync on other devices merges by `updatedAt`, so an older stamp would let an
 * older copy (or a tombstone this device already forgot) on another device win and undo
 * the import. Records with the same content are kept exactly as they are.
 *
 * 'merge': current-only records stay (live ones and tombstones).
 * 'replace': live current records not in the backup become tombstones stamped `now`, so
 * other devices learn of the removal; existing tombstones stay.
 */
function importRecords<T extends Rec>(
  current: readonly T[],
  incoming: readonly T[],
  mode: ImportMode,
  now: number,
  tombstone: (record: T, now: number) => T,
  stampNew: boolean,
): T[] {
  const incomingLive = liveById(incoming);
  const placed = new Set<string>();
  const result: T[] = [];
  for (const record of current) {
    if (placed.has(record.id)) continue; // a list should not hold an id twice; keep the first
    placed.add(record.id);
    const replacement = incomingLive.get(record.id);
    if (replacement) {
      // A live record with the same content stays as it is; a changed one, or a tombstone
      // the backup brings back, takes the backup's record.
      result.push(
        !record.deleted && sameContent(record, replacement)
          ? record
          : { ...clampRecordTimes(replacement, now), updatedAt: editStamp(record.updatedAt, now) },
      );
    } else if (mode === 'replace' && !record.deleted) {
      result.push(tombstone(record, now));
    } else {
      result.push(record);
    }
  }
  // A record this browser has never had keeps its own time, so a backup restored into a
  // fresh browser round-trips exactly; but never more than a day ahead of this clock
  // (clampTime), or a file stamped 2100 would win every later merge. With sync on, it is
  // stamped `now` like any other write, so a deletion another device still remembers
  // cannot undo the restore.
  for (const record of incomingLive.values()) {
    if (placed.has(record.id)) continue;
    const clamped = clampRecordTimes(record, now);
    result.push(stampNew ? { ...clamped, updatedAt: now } : clamped);
  }
  return result;
}

/**
 * The complete data after importing `incoming` into `current`; pure. The caller stores the
 * result in one write.
 *
 * - 'replace': tips and terms become the backup's (see importRecords for tombstones and
 *   stamps); highlight settings, language and `keepPageAddress` are the backup's, but
 *   `syncEnabled` keeps its current value: importing a file must not switch sync on or off
 *   behind the user's back.
 * - 'merge': "an imported record wins over the current one when it differs": the backup's
 *   new records are added, records in both take the backup's content when it differs, and
 *   records only here stay. Settings, language and preferences stay as they are: a merge
 *   only adds and updates tips and terms.
 */
export function applyImport(
  current: BackupData,
  incoming: BackupData,
  mode: ImportMode,
  now: number,
): BackupData {
  const stampNew = current.preferences.syncEnabled;
  const myTips = importRecords(current.myTips, incoming.myTips, mode, now, tipTombstone, stampNew);
  const ownTerms = importRecords(
    current.ownTerms,
    incoming.ownTerms,
    mode,
    now,
    termTombstone,
    stampNew,
  );
  if (mode === 'merge') {
    return {
      myTips,
      ownTerms,
      highlightSettings: current.highlightSettings,
      language: current.language,
      preferences: current.preferences,
      teamLists: mergeTeamLists(current.teamLists, incoming.teamLists),
      sharedTeamLists: mergeSharedLists(current.sharedTeamLists, incoming.sharedTeamLists),
    };
  }
  return {
    myTips,
    ownTerms,
    teamLists: incoming.teamLists,
    sharedTeamLists: incoming.sharedTeamLists,
    highlightSettings: completeSettings(incoming.highlightSettings),
    language: incoming.language,
    preferences: {
      keepPageAddress: incoming.preferences.keepPageAddress,
      syncEnabled: current.preferences.syncEnabled,
    },
  };
}
