import { useEffect, useState } from 'preact/hooks';

import type { Store } from '../utils/storage/store';

export type { Store };

/**
 * The current value of a store, kept up to date when another view (popup, options page,
 * background) changes it. `undefined` until it has been read.
 */
export function useStoredValue<T>(store: Pick<Store<T>, 'get' | 'watch'>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void store.get().then((loaded) => live && setValue(loaded));
    const unwatch = store.watch((next) => live && setValue(next));
    return () => {
      live = false;
      unwatch();
    };
  }, [store]);
  return value;
}
