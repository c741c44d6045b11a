/**
 * The browser's limits on how often sync may be written, as pure functions: telling a
 * write-rate error from a full sync space, waiting with back-off after one, and keeping
 * within the limits in the first place. Plain TypeScript, no browser globals.
 *
 * Chrome allows 120 write operations a minute and 1,800 an hour on storage.sync (each
 * `set` or `remove` call is one); past that a call fails with
 * "MAX_WRITE_OPERATIONS_PER_MINUTE" or "…_PER_HOUR quota exceeded". Firefox has no such
 * limits but the same budget does no harm there.
 *
 * De schrijflimieten van sync: een te-vaak-fout is iets anders dan een volle sync-ruimte;
 * daarna wachten we steeds wat langer, en we blijven er zelf onder.
 */

export const SYNC_ERRORS = ['quota', 'rate-minute', 'rate-hour', 'failed'] as const;
/** 'quota': sync space is full; 'rate-…': too many writes this minute or hour. */
export type SyncError = (typeof SYNC_ERRORS)[number];

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;

/** The browser's limits (Chrome's storage.sync MAX_WRITE_OPERATIONS_PER_…). */
export const SYNC_WRITE_LIMITS = { perMinute: 120, perHour: 1800 } as const;
/** What this extension allows itself: below the limits, so a burst never reaches them. */
export const SYNC_WRITE_BUDGET = { perMinute: 100, perHour: 1500 } as const;

/** What a failed write to storage.sync means. The rate limits are checked first: their
 * messages say "quota exceeded" too. */
export function classifySyncError(cause: unknown): SyncError {
  const text = cause instanceof Error ? cause.message : String(cause);
  if (/WRITE[_ ]OPERATIONS[_ ]PER[_ ]HOUR/i.test(text)) return 'rate-hour';
  if (/WRITE[_ ]OPERATIONS[_ ]PER[_ ]MINUTE/i.test(text)) return 'rate-minute';
  if (/quota/i.test(text)) return 'quota';
  return 'failed';
}

/**
 * How long to wait after the `failures`-th failure in a row before trying again; null for a
 * full sync space (waiting does not make room: it is tried again at the next change).
 * A minute limit: 1, 2, 4… minutes, at most 15. The hour limit: an hour. Anything else:
 * 30 seconds, doubling, at most 30 minutes.
 */
export function backoffDelay(error: SyncError, failures: number): number | null {
  const doubling = (start: number, max: number) =>
    Math.min(max, start * 2 ** Math.max(0, Math.min(failures, 20) - 1));
  switch (error) {
    case 'quota':
      return null;
    case 'rate-minute':
      return doubling(MINUTE_MS, 15 * MINUTE_MS);
    case 'rate-hour':
      return HOUR_MS;
    case 'failed':
      return doubling(30 * 1000, 30 * MINUTE_MS);
  }
}

/** What this device remembers of its writes to sync (kept in local storage). */
export interface SyncBudget {
  /** When write operations were made (or tried) in the last hour. */
  writes: number[];
  /** Failed rounds in a row. */
  failures: number;
  /** No writes before this time (after a failure); null: none pending. */
  notBefore: number | null;
  /** Why `notBefore` is set. */
  reason: SyncError | null;
}

export const EMPTY_SYNC_BUDGET: SyncBudget = {
  writes: [],
  failures: 0,
  notBefore: null,
  reason: null,
};

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** The budget from any stored value; anything unreadable starts afresh. */
export function readSyncBudget(raw: unknown): SyncBudget {
  if (typeof raw !== 'object' || raw === null) return EMPTY_SYNC_BUDGET;
  const b = raw as Record<string, unknown>;
  return {
    writes: Array.isArray(b.writes) ? (b.writes as unknown[]).filter(isTime) : [],
    failures: isTime(b.failures) && b.failures >= 0 ? Math.floor(b.failures) : 0,
    notBefore: isTime(b.notBefore) ? b.notBefore : null,
    reason: (SYNC_ERRORS as readonly unknown[]).includes(b.reason) ? (b.reason as SyncError) : null,
  };
}

/** Writes within the last hour before `now`, oldest first. */
function recentWrites(writes: readonly number[], now: number): number[] {
  return writes.filter((time) => time > now - HOUR_MS && time <= now).sort((a, b) => a - b);
}

/** How long until `ops` more writes fit in a window of `windowMs` holding `limit`. */
function windowWait(
  recent: readonly number[],
  now: number,
  ops: number,
  windowMs: number,
  limit: number,
) {
  const inWindow = recent.filter((time) => time > now - windowMs);
  const over = inWindow.length + ops - limit;
  return over <= 0 ? 0 : inWindow[over - 1]! + windowMs - now;
}

/**
 * How long to wait before `ops` write operations may be made: 0 when now; else the time
 * and why (a back-off still running, or this device's own budget for the minute or hour).
 */
export function budgetWait(
  budget: SyncBudget,
  now: number,
  ops: number,
): { wait: number; reason: SyncError | null } {
  const recent = recentWrites(budget.writes, now);
  const waits: [number, SyncError][] = [
    [budget.notBefore === null ? 0 : budget.notBefore - now, budget.reason ?? 'failed'],
    [windowWait(recent, now, ops, HOUR_MS, SYNC_WRITE_BUDGET.perHour), 'rate-hour'],
    [windowWait(recent, now, ops, MINUTE_MS, SYNC_WRITE_BUDGET.perMinute), 'rate-minute'],
  ];
  const [wait, reason] = waits.reduce((longest, next) => (next[0] > longest[0] ? next : longest));
  return wait > 0 ? { wait, reason } : { wait: 0, reason: null };
}

/** The budget after `ops` write operations at `now` that succeeded. */
export function afterWrites(budget: SyncBudget, now: number, ops: number): SyncBudget {
  return {
    writes: [...recentWrites(budget.writes, now), ...Array<number>(ops).fill(now)],
    failures: 0,
    notBefore: null,
    reason: null,
  };
}

/** The budget after a write that failed with `error` (its `ops` tries count as writes). */
export function afterFailure(
  budget: SyncBudget,
  now: number,
  ops: number,
  error: SyncError,
): SyncBudget {
  const failures = budget.failures + 1;
  const delay = backoffDelay(error, failures);
  return {
    writes: [...recentWrites(budget.writes, now), ...Array<number>(ops).fill(now)],
    failures,
    notBefore: delay === null ? null : now + delay,
    reason: delay === null ? null : error,
  };
}
