/**
 * A stand-in for the Web Locks API (navigator.locks), which happy-dom lacks: requests for a
 * name run one at a time, in order. `held` lets a test hold the lock and see who waits.
 */
export interface FakeLocks {
  request: <T>(name: string, task: () => Promise<T>) => Promise<T>;
  /** Takes the lock until the returned function is called. */
  hold: (name: string) => Promise<() => void>;
}

export function installFakeLocks(): FakeLocks & { uninstall: () => void } {
  const tails = new Map<string, Promise<unknown>>();
  const request = <T>(name: string, task: () => Promise<T>): Promise<T> => {
    const result = (tails.get(name) ?? Promise.resolve()).then(task);
    tails.set(
      name,
      result.catch(() => undefined),
    );
    return result;
  };
  const hold = (name: string) =>
    new Promise<() => void>((taken) => {
      void request(name, () => new Promise<void>((release) => taken(release)));
    });
  Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
  return {
    request,
    hold,
    uninstall: () => {
      delete (navigator as unknown as Record<string, unknown>).locks;
    },
  };
}
