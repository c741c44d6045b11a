import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TOMBSTONE_DAYS } from '../../utils/my-data/model';
import type { MyTip } from '../../utils/my-data/model';
import {
  afterFailure,
  afterWrites,
  backoffDelay,
  budgetWait,
  classifySyncError,
  EMPTY_SYNC_BUDGET,
  SYNC_WRITE_BUDGET,
  SYNC_WRITE_LIMITS,
} from '../../utils/my-data/sync-budget';

const NOW = 1_750_000_000_000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('telling sync’s errors apart', () => {
  it('reads Chrome’s write-rate errors as such, not as a full sync space', () => {
    expect(classifySyncError(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'))).toBe(
      'rate-minute',
    );
    expect(classifySyncError(new Error('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded'))).toBe(
      'rate-hour',
    );
    expect(classifySyncError(new Error('QUOTA_BYTES quota exceeded'))).toBe('quota');
    expect(classifySyncError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe('quota');
    expect(classifySyncError(new Error('MAX_ITEMS quota exceeded'))).toBe('quota');
    expect(classifySyncError('Something else')).toBe('failed');
  });

  it('backs off longer each time, within bounds; a full space waits for the next change', () => {
    expect([1, 2, 3, 10].map((n) => backoffDelay('rate-minute', n))).toEqual([
      MINUTE,
      2 * MINUTE,
      4 * MINUTE,
      15 * MINUTE,
    ]);
    expect(backoffDelay('rate-hour', 1)).toBe(HOUR);
    expect(backoffDelay('failed', 1)).toBe(30_000);
    expect(backoffDelay('failed', 50)).toBe(30 * MINUTE);
    expect(backoffDelay('quota', 1)).toBeNull();
  });
});

describe('the write budget', () => {
  it('stays below the browser’s limits', () => {
    expect(SYNC_WRITE_BUDGET.perMinute).toBeLessThan(SYNC_WRITE_LIMITS.perMinute);
    expect(SYNC_WRITE_BUDGET.perHour).toBeLessThan(SYNC_WRITE_LIMITS.perHour);
  });

  it('lets writes through while there is room', () => {
    expect(budgetWait(EMPTY_SYNC_BUDGET, NOW, 2)).toEqual({ wait: 0, reason: null });
  });

  it('waits for the minute when this minute’s budget is used', () => {
    const times = Array.from({ length: SYNC_WRITE_BUDGET.perMinute }, (_, i) => NOW - 30_000 + i);
    const budget = { ...EMPTY_SYNC_BUDGET, writes: times };
    const { wait, reason } = budgetWait(budget, NOW, 1);
    expect(reason).toBe('rate-minute');
    expect(wait).toBe(30_000); // until the oldest write is a minute old
  });

  it('budgets the hour: spreads writes so the hourly limit is never reached', () => {
    const full = {
      ...EMPTY_SYNC_BUDGET,
      writes: Array.from({ length: SYNC_WRITE_BUDGET.perHour }, (_, i) => NOW - HOUR + 1 + i),
    };
    expect(budgetWait(full, NOW, 1)).toEqual({ wait: 1, reason: 'rate-hour' });
    expect(budgetWait(full, NOW + HOUR, 1)).toEqual({ wait: 0, reason: null });
  });

  it('waits out a back-off, and forgets it after a good write', () => {
    const failed = afterFailure(EMPTY_SYNC_BUDGET, NOW, 1, 'rate-minute');
    expect(budgetWait(failed, NOW + 1000, 1)).toEqual({
      wait: MINUTE - 1000,
      reason: 'rate-minute',
    });
    const twice = afterFailure(failed, NOW + MINUTE, 1, 'rate-minute');
    expect(twice.notBefore).toBe(NOW + MINUTE + 2 * MINUTE);
    const ok = afterWrites(twice, NOW + 4 * MINUTE, 2);
    expect(ok).toMatchObject({ failures: 0, notBefore: null, reason: null });
    expect(ok.writes.filter((time) => time === NOW + 4 * MINUTE)).toHaveLength(2);
  });

  it('forgets writes older than an hour', () => {
    const old = afterWrites({ ...EMPTY_SYNC_BUDGET, writes: [NOW - 2 * HOUR] }, NOW, 1);
    expect(old.writes).toEqual([NOW]);
  });
});

const tip = (id: string, updatedAt: number, extra: Partial<MyTip> = {}): MyTip => ({
  id,
  text: `Tip ${id}`,
  note: '',
  tags: [],
  order: 0,
  createdAt: 1,
  updatedAt,
  ...extra,
});

describe('a sync round in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  const load = () => import('../../entrypoints/background/sync');
  const status = async () =>
    (await fakeBrowser.storage.local.get<{ syncStatus?: Record<string, unknown> }>('syncStatus'))
      .syncStatus;

  it('a write-rate error is reported as such and retried after a back-off', async () => {
    await fakeBrowser.storage.local.set({
      preferences: { keepPageAddress: true, syncEnabled: true },
      myTips: [tip('a', NOW - 10)],
      myTips$: { v: 2 },
    });
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    const { syncRound } = await load();

    expect(await syncRound(NOW)).toBe(MINUTE);
    expect(await status()).toMatchObject({ error: 'rate-minute', retryAt: NOW + MINUTE });

    // Before the back-off is over, nothing is tried.
    expect(await syncRound(NOW + 10_000)).toBe(MINUTE - 10_000);
    expect(set).toHaveBeenCalledTimes(1);

    // After it, the write goes through.
    expect(await syncRound(NOW + MINUTE)).toBeNull();
    expect(set).toHaveBeenCalledTimes(2);
    expect(await status()).toMatchObject({ error: null, retryAt: null });
    expect(await fakeBrowser.storage.sync.get('tip:a')).toEqual({ 'tip:a': tip('a', NOW - 10) });
  });

  it('a full sync space is reported as full and waits for the next change', async () => {
    await fakeBrowser.storage.local.set({
      preferences: { keepPageAddress: true, syncEnabled: true },
      myTips: [tip('a', NOW - 10)],
      myTips$: { v: 2 },
    });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const { syncRound } = await load();
    expect(await syncRound(NOW)).toBeNull();
    expect(await status()).toMatchObject({ error: 'quota', retryAt: null });
  });

  it('with sync off, tombstones older than their keep time are still forgotten', async () => {
    const old = NOW - (TOMBSTONE_DAYS + 1) * DAY;
    const recent = NOW - DAY;
    await fakeBrowser.storage.local.set({
      myTips: [
        tip('live', old),
        tip('old', old, { deleted: true, text: '' }),
        tip('new', recent, { deleted: true, text: '' }),
      ],
      myTips$: { v: 2 },
      ownTerms: [
        {
          id: 'gone',
          term: '',
          variants: [],
          explanation: '',
          createdAt: 1,
          updatedAt: old,
          deleted: true,
        },
      ],
    });
    const { syncRound } = await load();
    expect(await syncRound(NOW)).toBeNull();
    const stored = await fakeBrowser.storage.local.get<{ myTips: MyTip[]; ownTerms: unknown[] }>([
      'myTips',
      'ownTerms',
    ]);
    expect(stored.myTips.map((t) => t.id)).toEqual(['live', 'new']);
    expect(stored.ownTerms).toEqual([]);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
