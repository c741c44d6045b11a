import { storage } from 'wxt/utils/storage';
import type { NotSyncedReason, SyncKind } from '../my-data/sync-plan';

/** What the last sync did, for the options page's meter and messages. */
export interface SyncStatus {
  lastSyncAt: number | null;
  bytesUsed: number;
  bytesTotal: number;
  /** Records kept in this browser only, and why. */
  notSynced: { id: string; kind: SyncKind; reason: NotSyncedReason }[];
  /** The browser refused the write (quota or otherwise); the local data is untouched. */
  error: 'quota' | 'failed' | null;
}

export const EMPTY_SYNC_STATUS: SyncStatus = {
  lastSyncAt: null,
  bytesUsed: 0,
  bytesTotal: 102400,
  notSynced: [],
  error: null,
};

export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', {
  fallback: EMPTY_SYNC_STATUS,
  version: 1,
});
