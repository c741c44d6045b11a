/**
 * Per-record merge of two copies of the same list (this device's and another device's),
 * and forgetting old tombstones. Plain TypeScript, no browser globals.
 */
import { DAY_MS } from './clock';
import { TOMBSTONE_DAYS } from './model';
import type { Versioned } from './model';

/**
 * Merges `incoming` into `local`, record by record: per id, the record with the greater
 * `updatedAt` wins; on a tie the local one stays. Tombstones are records like any other, so
 * a newer tombstone deletes and a newer edit resurrects. Order: local's order for ids it
 * knows, then ids new to it in `incoming`'s order. Neither input is changed; records are
 * returned as they are (not copied).
 *
 * A list should not hold an id twice; if one does, the newest of its copies counts (the
 * first on a tie) at the place of its first copy.
 */
export function mergeRecords<T extends Versioned>(
  local: readonly T[],
  incoming: readonly T[],
): T[] {
  const winners = new Map<string, T>();
  const order: string[] = [];
  // Local records are taken first, so a later record replaces one only when strictly newer.
  for (const record of [...local, ...incoming]) {
    const current = winners.get(record.id);
    if (current === undefined) {
      winners.set(record.id, record);
      order.push(record.id);
    } else if (record.updatedAt > current.updatedAt) {
      winners.set(record.id, record);
    }
  }
  return order.map((id) => winners.get(id)!);
}

/**
 * Forgets tombstones older than `days` (their `updatedAt`, the time of deletion, is more
 * than `days` days before `now`). Live records are always kept, however old.
 */
export function purgeTombstones<T extends Versioned>(
  records: readonly T[],
  now: number,
  days = TOMBSTONE_DAYS,
): T[] {
  const cutoff = now - days * DAY_MS;
  return records.filter((record) => !record.deleted || record.updatedAt >= cutoff);
}
