/** A stored value a view reads, watches and changes (real: WXT storage; tests: in memory). */
export interface Store<T> {
  get: () => Promise<T>;
  watch: (listener: (value: T) => void) => () => void;
  /** Read-modify-write; rejects when it could not be saved. */
  update: (change: (current: T) => T) => Promise<void>;
}

/** A value the views read and watch but never change (what the organisation set). */
export type ReadonlyStore<T> = Pick<Store<T>, 'get' | 'watch'>;
