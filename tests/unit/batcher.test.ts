import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBatcher } from '../../utils/highlight/batcher';
import type { Timers } from '../../utils/highlight/batcher';

const QUIET_MS = 50;
const MAX_WAIT_MS = 500;

const timers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function setup() {
  const runs: Set<number>[] = [];
  const batcher = createBatcher<number>((items) => runs.push(items), {
    quietMs: QUIET_MS,
    maxWaitMs: MAX_WAIT_MS,
    timers,
  });
  return { batcher, runs };
}

describe('createBatcher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('turns a storm of 10,000 changes into exactly one run with every distinct item', () => {
    const { batcher, runs } = setup();
    for (let i = 0; i < 10_000; i++) batcher.add(i);
    expect(runs).toHaveLength(0);
    expect(batcher.pending).toBe(10_000);

    vi.advanceTimersByTime(QUIET_MS);

    expect(runs).toHaveLength(1);
    expect(runs[0]).toBeInstanceOf(Set);
    expect(runs[0]!.size).toBe(10_000);
    expect(runs[0]!.has(0)).toBe(true);
    expect(runs[0]!.has(9_999)).toBe(true);
    expect(batcher.pending).toBe(0);

    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    expect(runs).toHaveLength(1);
  });

  it('runs only after quietMs without new items', () => {
    const { batcher, runs } = setup();
    batcher.add(1);
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(runs).toHaveLength(0);
    batcher.add(2); // restarts the quiet period
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(runs).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([new Set([1, 2])]);
  });

  it('never waits longer than maxWaitMs, even when items keep coming every few ms', () => {
    const { batcher, runs } = setup();
    let next = 0;
    // An item every 10 ms: the quiet period never passes.
    for (let elapsed = 0; elapsed < MAX_WAIT_MS; elapsed += 10) {
      batcher.add(next++);
      vi.advanceTimersByTime(10);
    }
    expect(runs).toHaveLength(1);
    expect(runs[0]!.size).toBe(MAX_WAIT_MS / 10);
    expect([...runs[0]!]).toEqual(Array.from({ length: MAX_WAIT_MS / 10 }, (_, i) => i));

    // The stream goes on: a second batch is handed over maxWaitMs after its first item.
    for (let elapsed = 0; elapsed < MAX_WAIT_MS; elapsed += 10) {
      batcher.add(next++);
      vi.advanceTimersByTime(10);
    }
    expect(runs).toHaveLength(2);
    expect(runs[1]!.size).toBe(MAX_WAIT_MS / 10);
    expect(runs[1]!.has(0)).toBe(false);
  });

  it('flush() hands over what is pending at once, and nothing runs again later', () => {
    const { batcher, runs } = setup();
    batcher.add(1);
    batcher.add(2);
    batcher.flush();
    expect(runs).toEqual([new Set([1, 2])]);
    expect(batcher.pending).toBe(0);
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    expect(runs).toHaveLength(1);
  });

  it('flush() with nothing pending does not run', () => {
    const { batcher, runs } = setup();
    batcher.flush();
    expect(runs).toHaveLength(0);
  });

  it('cancel() drops what is pending: nothing runs', () => {
    const { batcher, runs } = setup();
    batcher.add(1);
    batcher.add(2);
    batcher.cancel();
    expect(batcher.pending).toBe(0);
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    expect(runs).toHaveLength(0);
    batcher.flush();
    expect(runs).toHaveLength(0);
  });

  it('hands over an item added many times only once', () => {
    const { batcher, runs } = setup();
    for (let i = 0; i < 100; i++) batcher.add(i % 3);
    expect(batcher.pending).toBe(3);
    vi.advanceTimersByTime(QUIET_MS);
    expect(runs).toEqual([new Set([0, 1, 2])]);
  });

  it('starts a new batch after a run, with its own quiet and maximum wait', () => {
    const { batcher, runs } = setup();
    batcher.add(1);
    vi.advanceTimersByTime(QUIET_MS);
    expect(runs).toEqual([new Set([1])]);

    batcher.add(1);
    batcher.add(2);
    expect(batcher.pending).toBe(2);
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([new Set([1]), new Set([1, 2])]);
  });

  it('starts a new batch after cancel(), with a fresh maximum wait', () => {
    const { batcher, runs } = setup();
    // A stream of items for most of maxWaitMs, then dropped.
    for (let elapsed = 0; elapsed < MAX_WAIT_MS - 100; elapsed += 10) {
      batcher.add(-1 - elapsed);
      vi.advanceTimersByTime(10);
    }
    batcher.cancel();
    // Items keep coming: the old batch's deadline must not cut the new one short.
    for (let elapsed = 0; elapsed < MAX_WAIT_MS - 10; elapsed += 10) {
      batcher.add(elapsed);
      vi.advanceTimersByTime(10);
    }
    expect(runs).toHaveLength(0);
    vi.advanceTimersByTime(10);
    expect(runs).toHaveLength(1);
    expect([...runs[0]!].every((item) => item >= 0)).toBe(true);
    expect(runs[0]!.size).toBe((MAX_WAIT_MS - 10) / 10);
  });
});
