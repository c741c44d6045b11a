/**
 * Time stamps that keep merges honest. Sync and import merge per record by `updatedAt`
 * (see ./merge.ts), so a record stamped far in the future (a wrong clock, an edited file)
 * would win every merge for ever. Two rules keep that from happening:
 *
 * - a time that comes from outside (a backup file, another device through sync) is taken
 *   as at most one day ahead of this device's clock (clampTime);
 * - an edit is stamped later than the record it changes, even when this device's clock is
 *   behind that record's (editStamp), so the edit always wins over what it replaced.
 *
 * Tijdstempels die samenvoegen eerlijk houden: een tijd van buiten (back-up, sync) telt
 * hoogstens één dag vooruit, en een bewerking is altijd later dan wat ze vervangt.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** How far ahead of this device's clock a time from outside may be. */
export const MAX_AHEAD_MS = DAY_MS;

/** `time`, but at most MAX_AHEAD_MS after `now`. */
export function clampTime(time: number, now: number): number {
  return Math.min(time, now + MAX_AHEAD_MS);
}

/** A record with its times clamped (see clampTime); the same object when nothing changes. */
export function clampRecordTimes<T extends { createdAt: number; updatedAt: number }>(
  record: T,
  now: number,
): T {
  const createdAt = clampTime(record.createdAt, now);
  const updatedAt = clampTime(record.updatedAt, now);
  if (createdAt === record.createdAt && updatedAt === record.updatedAt) return record;
  return { ...record, createdAt, updatedAt };
}

/** The stamp of an edit to a record last stamped `previous`: now, or just after `previous`. */
export function editStamp(previous: number, now: number): number {
  return Number.isFinite(previous) ? Math.max(now, previous + 1) : now;
}
