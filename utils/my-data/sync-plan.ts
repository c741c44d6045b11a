/**
 * Planning what to write to the browser's sync storage (storage.sync), as pure functions.
 * Plain TypeScript, no browser globals: the caller reads storage.sync, asks for a plan,
 * stores `merged` locally (storage.local stays the source of truth) and then applies the
 * plan with one `remove(toRemove)` and one `set(toSet)` (one write operation each, which
 * matters for sync's per-minute write limits; removing first frees room for the set).
 *
 * Every record is its own sync item (./sync-records.ts); sizes are counted as the browser
 * counts them (./sync-size.ts).
 */
import { clampRecordTimes } from './clock';
import { mergeRecords, purgeTombstones } from './merge';
import { LIMITS, TOMBSTONE_DAYS } from './model';
import type { MyTip, OwnTerm, Versioned } from './model';
import { isFields } from './read-records';
import {
  fromSyncEntries,
  syncKey,
  TERM_KEY_PREFIX,
  termKey,
  TIP_KEY_PREFIX,
  tipKey,
} from './sync-records';
import type { SyncKind } from './sync-records';
import { itemSize, RESERVED_BYTES, RESERVED_ITEMS, SYNC_QUOTA } from './sync-size';

export type NotSyncedReason = 'item-too-large' | 'quota-full';

export interface SyncPlan {
  /** What local storage should hold now: local merged with sync, old tombstones purged. */
  merged: { tips: MyTip[]; terms: OwnTerm[] };
  /** Items to write to storage.sync, in the order they were placed. */
  toSet: Record<string, MyTip | OwnTerm>;
  /** Keys to remove from storage.sync: tombstones forgotten here. */
  toRemove: string[];
  /** Records kept here (they stay in `merged`) but not written to sync. */
  notSynced: { id: string; kind: SyncKind; reason: NotSyncedReason }[];
  /**
   * Live records from sync not taken in here because the list would pass LIMITS.records:
   * they stay in sync as they are (never removed or overwritten), for when there is room.
   */
  heldBack: { id: string; kind: SyncKind }[];
  /** Bytes storage.sync holds after the plan is applied (all keys, for the meter). */
  bytesUsed: number;
  bytesTotal: number;
  /** Items storage.sync holds after the plan is applied (all keys). */
  itemsUsed: number;
}

export interface SyncPlanOptions {
  /** Now, for forgetting old tombstones and clamping times. Default: Date.now(). */
  now?: number;
  tombstoneDays?: number;
  /** The most live records of each kind. Default: LIMITS.records. */
  maxRecords?: number;
}

interface Candidate {
  kind: SyncKind;
  record: MyTip | OwnTerm;
  key: string;
  index: number;
}

/**
 * Merged records without the tombstones old enough to forget, except deletions that are
 * news to one side (the record is live here or live in sync): those stay one more round, so
 * that the deletion reaches this device and sync before it is forgotten.
 */
function purge<T extends Versioned>(
  merged: readonly T[],
  sides: readonly (readonly T[])[],
  now: number,
  days: number,
): T[] {
  const keep = new Set(purgeTombstones(merged, now, days).map((record) => record.id));
  for (const side of sides) for (const record of side) if (!record.deleted) keep.add(record.id);
  return merged.filter((record) => keep.has(record.id));
}

/**
 * The merged records with no more live ones than `limit`. Records live here always stay
 * (even if there are more of them, from an older version); live records new here (only in
 * sync, or in sync and deleted here) are taken newest first while there is room. A record
 * held back keeps its local copy (a tombstone) or is left out; its sync item is untouched.
 */
export function admitWithinCap<T extends Versioned>(
  merged: readonly T[],
  local: readonly T[],
  limit: number,
): { records: T[]; heldBack: string[] } {
  const localById = new Map<string, T>();
  for (const record of local) if (!localById.has(record.id)) localById.set(record.id, record);
  const liveHere = (id: string) => {
    const here = localById.get(id);
    return here !== undefined && !here.deleted;
  };
  let live = merged.filter((record) => !record.deleted && liveHere(record.id)).length;
  const newcomers = merged
    .filter((record) => !record.deleted && !liveHere(record.id))
    .sort((a, b) => b.updatedAt - a.updatedAt);
  const held = new Set<string>();
  for (const record of newcomers) {
    if (live < limit) live++;
    else held.add(record.id);
  }
  if (held.size === 0) return { records: [...merged], heldBack: [] };
  const records = merged.flatMap((record) => {
    if (!held.has(record.id)) return [record];
    const here = localById.get(record.id);
    return here ? [here] : [];
  });
  return { records, heldBack: [...held] };
}

/** Records with their times clamped (see clampTime), and the ids whose `updatedAt` was. */
function clampAll<T extends MyTip | OwnTerm>(
  records: readonly T[],
  now: number,
): { records: T[]; clamped: Set<string> } {
  const clamped = new Set<string>();
  const out = records.map((record) => {
    const next = clampRecordTimes(record, now);
    if (next.updatedAt !== record.updatedAt) clamped.add(record.id);
    return next;
  });
  return { records: out, clamped };
}

/**
 * Merges this device's tips and terms with what storage.sync holds (per record, see
 * mergeRecords), forgets tombstones older than TOMBSTONE_DAYS, and plans the write:
 *
 * - every merged record whose sync copy is missing, unreadable or older (smaller
 *   `updatedAt`) goes to `toSet`, if it fits. A sync copy with the same `updatedAt` counts
 *   as the same record even if it differs (two devices edited it in the same millisecond):
 *   rewriting it would make the two devices overwrite each other on every sync, since a
 *   tie keeps each device's own copy;
 * - a record whose item is larger than SYNC_QUOTA.perItemBytes is 'item-too-large';
 * - a record that would take sync past `totalBytes − RESERVED_BYTES` or
 *   `maxItems − RESERVED_ITEMS` is 'quota-full' (keys other than tips and terms use up the
 *   reserve first; only what they use beyond it comes out of the records' share). A write
 *   that does not grow sync always fits.
 *
 * Placement order: tombstones first (they are small, usually free room by replacing a
 * live copy, and a deletion must reach other devices), then live records newest edit first
 * (`updatedAt` descending; ties: tips before terms, then merged order). Unchanged items
 * already in sync keep their place and are never pushed out. Placement is greedy: a record
 * that does not fit is skipped, and smaller ones after it may still fit.
 *
 * Nothing is lost: records that do not fit stay in `merged` and are listed in `notSynced`
 * (an older sync copy of such a record stays in sync).
 *
 * Tombstones older than `tombstoneDays` are left out of `merged` and their sync keys go to
 * `toRemove`, except a deletion that is news to one side (the record is still live here or
 * in sync): that tombstone stays, and is written, for one more round. `tip:`/`term:` items
 * that cannot be read are left alone (they may come from a newer version) unless a merged
 * record overwrites them.
 *
 * Times more than a day ahead of `now`, here or in sync, count as a day ahead (a sync item
 * so clamped is rewritten); and the merge never makes a list pass `maxRecords` live records
 * (see admitWithinCap: what does not fit stays in sync, listed in `heldBack`).
 */
export function planSyncWrite(
  local: { tips: readonly MyTip[]; terms: readonly OwnTerm[] },
  remote: Record<string, unknown>,
  options: SyncPlanOptions = {},
): SyncPlan {
  const now = options.now ?? Date.now();
  const days = options.tombstoneDays ?? TOMBSTONE_DAYS;
  const limit = options.maxRecords ?? LIMITS.records;
  const all: Record<string, unknown> = isFields(remote) ? remote : {};
  const read = fromSyncEntries(all);

  // No time counts as more than a day ahead (see ../my-data/clock.ts); a sync item whose
  // time was clamped is rewritten with the clamped time, so it stops winning elsewhere too.
  const localTips = clampAll(local.tips, now).records;
  const localTerms = clampAll(local.terms, now).records;
  const syncedTips = clampAll(read.tips, now);
  const syncedTerms = clampAll(read.terms, now);
  const rewrite = new Set([
    ...[...syncedTips.clamped].map(tipKey),
    ...[...syncedTerms.clamped].map(termKey),
  ]);
  const synced = { tips: syncedTips.records, terms: syncedTerms.records };

  const cappedTips = admitWithinCap(
    purge(mergeRecords(localTips, synced.tips), [localTips, synced.tips], now, days),
    localTips,
    limit,
  );
  const cappedTerms = admitWithinCap(
    purge(mergeRecords(localTerms, synced.terms), [localTerms, synced.terms], now, days),
    localTerms,
    limit,
  );
  const tips = cappedTips.records;
  const terms = cappedTerms.records;
  const heldBack: SyncPlan['heldBack'] = [
    ...cappedTips.heldBack.map((id) => ({ id, kind: 'tip' as const })),
    ...cappedTerms.heldBack.map((id) => ({ id, kind: 'term' as const })),
  ];

  const mergedKeys = new Set<string>([
    ...tips.map((tip) => tipKey(tip.id)),
    ...terms.map((term) => termKey(term.id)),
    ...heldBack.map(({ kind, id }) => syncKey(kind, id)),
  ]);
  const remoteRecords = new Map<string, MyTip | OwnTerm>([
    ...synced.tips.map((tip) => [tipKey(tip.id), tip] as const),
    ...synced.terms.map((term) => [termKey(term.id), term] as const),
  ]);
  const toRemove = [...remoteRecords.keys()].filter((key) => !mergedKeys.has(key));
  const removed = new Set(toRemove);

  // What sync holds before the write, without the removed keys.
  const sizes = new Map<string, number>();
  let bytesUsed = 0;
  let otherBytes = 0;
  let otherItems = 0;
  for (const [key, value] of Object.entries(all)) {
    if (removed.has(key)) continue;
    const size = itemSize(key, value);
    sizes.set(key, size);
    bytesUsed += size;
    if (!key.startsWith(TIP_KEY_PREFIX) && !key.startsWith(TERM_KEY_PREFIX)) {
      otherBytes += size;
      otherItems++;
    }
  }
  let itemsUsed = sizes.size;
  const byteLimit = SYNC_QUOTA.totalBytes - Math.max(0, RESERVED_BYTES - otherBytes);
  const itemLimit = SYNC_QUOTA.maxItems - Math.max(0, RESERVED_ITEMS - otherItems);

  const candidates: Candidate[] = [];
  const consider = (kind: SyncKind, record: MyTip | OwnTerm, index: number): void => {
    const key = syncKey(kind, record.id);
    const current = remoteRecords.get(key);
    // Merged is never older than the sync copy; write only when it is newer (see above).
    if (current && current.updatedAt >= record.updatedAt && !rewrite.has(key)) return;
    candidates.push({ kind, record, key, index });
  };
  tips.forEach((tip, index) => consider('tip', tip, index));
  terms.forEach((term, index) => consider('term', term, tips.length + index));
  candidates.sort(
    (a, b) =>
      Number(!a.record.deleted) - Number(!b.record.deleted) ||
      b.record.updatedAt - a.record.updatedAt ||
      a.index - b.index,
  );

  const toSet: Record<string, MyTip | OwnTerm> = {};
  const notSynced: SyncPlan['notSynced'] = [];
  for (const { kind, record, key } of candidates) {
    const size = itemSize(key, record);
    if (size > SYNC_QUOTA.perItemBytes) {
      notSynced.push({ id: record.id, kind, reason: 'item-too-large' });
      continue;
    }
    const previous = sizes.get(key);
    const growth = size - (previous ?? 0);
    const fitsBytes = growth <= 0 || bytesUsed + growth <= byteLimit;
    const fitsItems = previous !== undefined || itemsUsed + 1 <= itemLimit;
    if (!fitsBytes || !fitsItems) {
      notSynced.push({ id: record.id, kind, reason: 'quota-full' });
      continue;
    }
    toSet[key] = record;
    sizes.set(key, size);
    bytesUsed += growth;
    if (previous === undefined) itemsUsed++;
  }

  return {
    merged: { tips, terms },
    toSet,
    toRemove,
    notSynced,
    heldBack,
    bytesUsed,
    bytesTotal: SYNC_QUOTA.totalBytes,
    itemsUsed,
  };
}

/**
 * The visible meter: bytes in use out of the total, and a whole percentage that shows
 * at least 1 while anything is used and 100 only when sync is really full.
 */
export function syncMeter(bytesUsed: number): { used: number; total: number; percent: number } {
  const total = SYNC_QUOTA.totalBytes;
  const used = Number.isFinite(bytesUsed) ? Math.max(0, bytesUsed) : 0;
  let percent = Math.round((used / total) * 100);
  if (used > 0) percent = Math.max(1, percent);
  if (used < total) percent = Math.min(99, percent);
  return { used, total, percent: Math.min(100, percent) };
}
