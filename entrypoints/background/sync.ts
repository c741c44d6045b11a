import { browser } from 'wxt/browser';
import { readManaged } from '../../utils/storage/managed-policy';
import { purgeTombstones } from '../../utils/my-data/merge';
import { readPreferences } from '../../utils/my-data/model';
import type { Versioned } from '../../utils/my-data/model';
import {
  afterFailure,
  afterWrites,
  budgetWait,
  classifySyncError,
  readSyncBudget,
} from '../../utils/my-data/sync-budget';
import type { SyncError } from '../../utils/my-data/sync-budget';
import { planSyncWrite } from '../../utils/my-data/sync-plan';
import type { SyncPlan } from '../../utils/my-data/sync-plan';
import {
  myTipsItem,
  ownTermsItem,
  preferencesItem,
  readTermsUnlocked,
  readTipsUnlocked,
  whenMigrated,
  withDataLock,
  writeTermsUnlocked,
  writeTipsUnlocked,
} from '../../utils/storage/my-data';
import { syncBudgetItem, syncStatusItem } from '../../utils/storage/sync-status';

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
 * Forgets tombstones older than their keep time (TOMBSTONE_DAYS) while sync is off, so
 * they do not pile up for ever; with sync on, each round's plan does it. Under the lock.
 * Vergeet oude verwijderingen ook als sync uit staat.
 */
export async function pruneLocalTombstones(now: number): Promise<void> {
  await whenMigrated();
  await withDataLock(async () => {
    const tips = await readTipsUnlocked();
    const terms = await readTermsUnlocked();
    const keptTips = purgeTombstones(tips.records, now);
    const keptTerms = purgeTombstones(terms.records, now);
    if (!tips.wrongShape && keptTips.length !== tips.records.length)
      await writeTipsUnlocked(keptTips, tips);
    if (!terms.wrongShape && keptTerms.length !== terms.records.length)
      await writeTermsUnlocked(keptTerms, terms);
  });
}

/** The write operations a plan makes: one `remove` and one `set`, each only if needed. */
const writeOps = (plan: SyncPlan) =>
  Number(plan.toRemove.length > 0) + Number(Object.keys(plan.toSet).length > 0);

/**
 * Writes the plan to storage.sync within the write budget. Returns the error (null when
 * written, or nothing to write) and, when sync should try again by itself, in how long.
 */
async function writePlan(
  plan: SyncPlan,
  now: number,
): Promise<{ error: SyncError | null; retryIn: number | null }> {
  const ops = writeOps(plan);
  if (ops === 0) return { error: null, retryIn: null };
  const budget = readSyncBudget(await syncBudgetItem.getValue());
  const { wait, reason } = budgetWait(budget, now, ops);
  if (wait > 0) return { error: reason, retryIn: wait };
  try {
    if (plan.toRemove.length > 0) await browser.storage.sync.remove(plan.toRemove);
    if (Object.keys(plan.toSet).length > 0) await browser.storage.sync.set(plan.toSet);
  } catch (cause) {
    const error = classifySyncError(cause);
    const next = afterFailure(budget, now, ops, error);
    await syncBudgetItem.setValue(next);
    return { error, retryIn: next.notBefore === null ? null : next.notBefore - now };
  }
  await syncBudgetItem.setValue(afterWrites(budget, now, ops));
  return { error: null, retryIn: null };
}

/**
 * One sync round: merges local and synced records (newest edit of a record wins,
 * deletions remembered), stores the merge locally first (keeping entries it cannot read),
 * then writes to sync what fits its quotas and its write budget. With sync off, only old
 * tombstones are forgotten. Returns in how many ms to run again by itself, or null.
 */
export async function syncRound(now: number = Date.now()): Promise<number | null> {
  // An organisation can keep sync off (browser policy): the user's switch then waits.
  const allowed = (await readManaged()).syncAllowed !== false;
  if (!allowed || !readPreferences(await preferencesItem.getValue()).syncEnabled) {
    await pruneLocalTombstones(now);
    return null;
  }
  await whenMigrated();
  return withDataLock(async () => {
    const tips = await readTipsUnlocked();
    const terms = await readTermsUnlocked();
    // A stored value that is not a list is never written over; the views offer to save it.
    if (tips.wrongShape || terms.wrongShape) return null;
    const remote = await browser.storage.sync.get(null);
    const plan = planSyncWrite({ tips: tips.records, terms: terms.records }, remote, { now });
    if (!sameRecords(plan.merged.tips, tips.records))
      await writeTipsUnlocked(plan.merged.tips, tips);
    if (!sameRecords(plan.merged.terms, terms.records))
      await writeTermsUnlocked(plan.merged.terms, terms);
    const { error, retryIn } = await writePlan(plan, now);
    await syncStatusItem.setValue({
      lastSyncAt: error === null ? now : ((await syncStatusItem.getValue())?.lastSyncAt ?? null),
      bytesUsed: plan.bytesUsed,
      bytesTotal: plan.bytesTotal,
      notSynced: plan.notSynced,
      heldBack: plan.heldBack,
      error,
      retryAt: retryIn === null ? null : now + retryIn,
    });
    return retryIn;
  });
}

/**
 * Optional sync through the browser's own storage.sync, off by default. Local storage stays
 * the source of truth; see syncRound. After a write-rate limit or a failure it tries again
 * by itself, waiting longer each time (a service worker that stops in between tries again
 * when it next starts).
 */
export function startSync(): void {
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      let retryIn: number | null = null;
      do {
        again = false;
        retryIn = await syncRound();
      } while (again);
      clearTimeout(retryTimer);
      if (retryIn !== null) retryTimer = setTimeout(() => void run(), retryIn);
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
    if (readPreferences(next).syncEnabled && !readPreferences(previous).syncEnabled) void run();
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync' || area === 'managed') soon();
  });
  void run();
}
