import { storage } from 'wxt/utils/storage';
import { SYNC_STATUS_KEY, SYNC_BUDGET_KEY } from './keys';
import type { SyncKind } from '../my-data/sync-records';
import type { NotSyncedReason } from '../my-data/sync-plan';
import { EMPTY_SYNC_BUDGET, SYNC_ERRORS } from '../my-data/sync-budget';
import type { SyncBudget, SyncError } from '../my-data/sync-budget';

/** What the last sync did, for the options page's meter and messages. */
export interface SyncStatus {
  lastSyncAt: number | null;
  bytesUsed: number;
  bytesTotal: number;
  /** Records kept in this browser only, and why. */
  notSynced: { id: string; kind: SyncKind; reason: NotSyncedReason }[];
  /** Records from other browsers not taken in here: the list is full (LIMITS.records). */
  heldBack: { id: string; kind: SyncKind }[];
  /** The browser refused the write, or sync is waiting for its write limits; the local
   * data is untouched. */
  error: SyncError | null;
  /** When sync tries again by itself (after a write-rate limit or a failure); null: at the
   * next change. */
  retryAt: number | null;
}

export const EMPTY_SYNC_STATUS: SyncStatus = {
  lastSyncAt: null,
  bytesUsed: 0,
  bytesTotal: 102400,
  notSynced: [],
  heldBack: [],
  error: null,
  retryAt: null,
};

export const syncStatusItem = storage.defineItem<SyncStatus>(`local:${SYNC_STATUS_KEY}`, {
  fallback: EMPTY_SYNC_STATUS,
  version: 1,
});

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isKind = (value: unknown): value is SyncKind => value === 'tip' || value === 'term';
const NOT_SYNCED_REASONS: readonly NotSyncedReason[] = ['item-too-large', 'quota-full'];

function entries<T extends { id: string; kind: SyncKind }>(
  value: unknown,
  extra: (entry: Record<string, unknown>) => Omit<T, 'id' | 'kind'> | null,
): T[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const fields = entry as Record<string, unknown>;
    if (typeof fields.id !== 'string' || !isKind(fields.kind)) return [];
    const rest = extra(fields);
    return rest ? [{ id: fields.id, kind: fields.kind, ...rest } as T] : [];
  });
}

/** The status from any stored value; a field missing or of the wrong kind takes its empty value. */
export function readSyncStatus(raw: unknown): SyncStatus {
  const s = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const error = (SYNC_ERRORS as readonly unknown[]).includes(s.error)
    ? (s.error as SyncError)
    : null;
  return {
    lastSyncAt: isNumber(s.lastSyncAt) ? s.lastSyncAt : null,
    bytesUsed: isNumber(s.bytesUsed) ? s.bytesUsed : EMPTY_SYNC_STATUS.bytesUsed,
    bytesTotal:
      isNumber(s.bytesTotal) && s.bytesTotal > 0 ? s.bytesTotal : EMPTY_SYNC_STATUS.bytesTotal,
    notSynced: entries<SyncStatus['notSynced'][number]>(s.notSynced, (fields) =>
      (NOT_SYNCED_REASONS as readonly unknown[]).includes(fields.reason)
        ? { reason: fields.reason as NotSyncedReason }
        : null,
    ),
    heldBack: entries<SyncStatus['heldBack'][number]>(s.heldBack, () => ({})),
    error,
    retryAt: isNumber(s.retryAt) ? s.retryAt : null,
  };
}

/** This device's recent writes to sync and any back-off (see ../my-data/sync-budget.ts). */
export const syncBudgetItem = storage.defineItem<SyncBudget>(`local:${SYNC_BUDGET_KEY}`, {
  fallback: EMPTY_SYNC_BUDGET,
  version: 1,
});
