/**
 * Runs a read-modify-write of the user's data one at a time across the popup, the options
 * page and the background (they share the extension's origin, so a Web Lock covers them
 * all), so two views editing at once never overwrite each other's change. Every write of
 * stored data from those goes through it: tips, terms, settings, language, preferences,
 * sync status, migrations. Not re-entrant: never call it (or anything that takes it) from
 * inside a task.
 *
 * A content script runs in the page's origin, so its Web Locks are the page's: there this
 * only orders the page's own writes.
 *
 * Eén slot voor alle schrijfacties van de extensiepagina's en de achtergrond.
 */
export async function withDataLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return task();
  return locks.request('hsc-user-data', task);
}
