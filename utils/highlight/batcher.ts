/**
 * Collects work items (changed parts of a page) and hands them over in one batch: after
 * `quietMs` without new items, or `maxWaitMs` after the first one at the latest. A storm
 * of thousands of mutations becomes one rescan. No browser globals: timers are passed in.
 */
export interface Timers {
  set: (callback: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

export interface Batcher<T> {
  add: (item: T) => void;
  /** Hands over what is pending now (if anything). */
  flush: () => void;
  /** Forgets what is pending. */
  cancel: () => void;
  readonly pending: number;
}

export function createBatcher<T>(
  run: (items: Set<T>) => void,
  { quietMs, maxWaitMs, timers }: { quietMs: number; maxWaitMs: number; timers: Timers },
): Batcher<T> {
  let items = new Set<T>();
  let quietTimer: unknown = null;
  let maxTimer: unknown = null;
  const clearTimers = () => {
    if (quietTimer !== null) timers.clear(quietTimer);
    if (maxTimer !== null) timers.clear(maxTimer);
    quietTimer = maxTimer = null;
  };
  const flush = () => {
    clearTimers();
    if (items.size === 0) return;
    const batch = items;
    items = new Set();
    run(batch);
  };
  return {
    add(item) {
      items.add(item);
      if (quietTimer !== null) timers.clear(quietTimer);
      quietTimer = timers.set(flush, quietMs);
      maxTimer ??= timers.set(flush, maxWaitMs);
    },
    flush,
    cancel() {
      clearTimers();
      items = new Set();
    },
    get pending() {
      return items.size;
    },
  };
}
