import type { Store } from '../../../components/stored-value';

/** A Store kept in memory, shared by every view given it (like two open extension pages). */
export function memoryStore<T>(initial: T): Store<T> & { value: T } {
  const listeners = new Set<(value: T) => void>();
  const store = {
    value: initial,
    get: () => Promise.resolve(store.value),
    watch: (listener: (value: T) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (change: (current: T) => T) => {
      store.value = change(store.value);
      listeners.forEach((listener) => listener(store.value));
      return Promise.resolve();
    },
  };
  return store;
}
