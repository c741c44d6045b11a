import { browser } from 'wxt/browser';
import type { Versioned } from '../../utils/my-data/model';
import { planSyncWrite } from '../../utils/my-data/sync-plan';
import {
  myTipsItem,
  ownTermsItem,
  preferencesItem,
  withDataLock,
} from '../../utils/storage/my-data';
import { syncStatusItem } from '../../utils/storage/sync-status';

/** Local changes are pushed to sync after this quiet moment (sync limits writes per minute). */
const PUSH_DELAY_MS = 1500;

const sameRecords = (a: readonly Versioned[], b: readonly Versioned[]) =>
  a.length === b.length &&
  a.every(
    (record, i) =>
      record.id === b[i]?.id &&
      record.updatedAt === b[i]?.updatedAt &&
      record.deleted === b[i]?.deleted,
  );

/**
 * Optional sync through the browser's own storage.sync, off by default. Local storage stays
 * the source of truth: each round merges local and synced records (newest edit of a record
 * wins, deletions remembered), stores the merge locally first, then writes to sync only
 * what fits its quotas. What does not fit stays in this browser and is reported.
 */
export function startSync(): void {
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const syncOnce = async () => {
    const preferences = await preferencesItem.getValue();
    if (!preferences.syncEnabled) return;
    await withDataLock(async () => {
      const tips = await myTipsItem.getValue();
      const terms = await ownTermsItem.getValue();
      const remote = await browser.storage.sync.get(null);
      const plan = planSyncWrite({ tips, terms }, remote, { now: Date.now() });
      if (!sameRecords(plan.merged.tips, tips)) await myTipsItem.setValue(plan.merged.tips);
      if (!sameRecords(plan.merged.terms, terms)) await ownTermsItem.setValue(plan.merged.terms);
      let error: 'quota' | 'failed' | null = null;
      try {
        if (plan.toRemove.length > 0) await browser.storage.sync.remove(plan.toRemove);
        if (Object.keys(plan.toSet).length > 0) await browser.storage.sync.set(plan.toSet);
      } catch (cause) {
        error = /quota/i.test(String(cause)) ? 'quota' : 'failed';
      }
      await syncStatusItem.setValue({
        lastSyncAt: Date.now(),
        bytesUsed: plan.bytesUsed,
        bytesTotal: plan.bytesTotal,
        notSynced: plan.notSynced,
        error,
      });
    });
  };

  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await syncOnce();
      } while (again);
    } catch (error) {
      console.warn('Holding Space Companion: sync round failed; local data is untouched', error);
    } finally {
      running = false;
    }
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), PUSH_DELAY_MS);
  };

  myTipsItem.watch(soon);
  ownTermsItem.watch(soon);
  preferencesItem.watch((next, previous) => {
    if (next.syncEnabled && !previous?.syncEnabled) void run();
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') soon();
  });
  void run();
}
