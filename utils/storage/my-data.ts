import { storage } from 'wxt/utils/storage';
import { MY_TIPS_KEY, PREFERENCES_KEY } from './keys';
import { migrateTipsV1ToV2 } from '../my-data/migrations';
import type { MyTipV1 } from '../my-data/migrations';
import { DEFAULT_PREFERENCES, growsPastLimit, ListFullError } from '../my-data/model';
import type { MyTip, OwnTerm, Preferences, Versioned } from '../my-data/model';
import { readStoredTerms, readStoredTips } from '../my-data/read-records';
import type { StoredList } from '../my-data/read-records';
import { withDataLock } from './data-lock';
import { ownTermsItem } from './own-terms';

/**
 * The user's own data in local storage, the source of truth (sync, when on, mirrors it).
 * Versioned from the first day: WXT keeps a version beside each item (`myTips$`).
 *
 * Every write from the extension's pages and the background goes through withDataLock,
 * migrations included (see migrateStoredData). Every read goes through a reader that
 * never throws: what cannot be read is kept as it is and written back unchanged.
 *
 * Alle schrijfacties lopen via één slot; wat niet te lezen is, blijft bewaard.
 */
export const MY_TIPS_VERSION = 2;
// No `migrations` option: WXT would run them as soon as a view loads this module, in every
// view at once and outside the lock. migrateStoredData runs them, under the lock.
export const myTipsItem = storage.defineItem<MyTip[]>(`local:${MY_TIPS_KEY}`, {
  fallback: [],
  version: MY_TIPS_VERSION,
});

/** Where WXT keeps the format version of My tips. */
const MY_TIPS_META_KEY = `${myTipsItem.key}$` as const;

export { ownTermsItem } from './own-terms';

export { DEFAULT_PREFERENCES };
export type { Preferences };

export const preferencesItem = storage.defineItem<Preferences>(`local:${PREFERENCES_KEY}`, {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});

export { withDataLock };

/** The stored value is there but has a shape no reader knows (not a list where one belongs):
 * it is left as it is, and nothing is written over it. */
export class UnreadableDataError extends Error {
  constructor(what: string) {
    super(`${what}: the stored value cannot be read; it was left as it is`);
    this.name = 'UnreadableDataError';
  }
}

// ---------------------------------------------------------------------------------------
// Migrations

/**
 * Brings My tips to the current format, under the lock, in one write (value and version
 * together). A value that is not a list is left alone (the readers set it aside); nothing
 * stored yet needs nothing. Safe to run any number of times, from any view.
 */
export async function migrateStoredData(): Promise<void> {
  await withDataLock(async () => {
    const [raw, meta] = await Promise.all([
      storage.getItem<unknown>(myTipsItem.key),
      storage.getMeta<{ v?: unknown }>(myTipsItem.key),
    ]);
    const version = typeof meta.v === 'number' ? meta.v : 1;
    if (version >= MY_TIPS_VERSION || !Array.isArray(raw)) return;
    await storage.setItems(tipsWrite(migrateTipsV1ToV2(raw as MyTipV1[])));
  });
}

let migrated: Promise<void> | undefined;

/** Runs migrateStoredData once per view (again after a failure). Never rejects. */
export function whenMigrated(): Promise<void> {
  migrated ??= migrateStoredData().catch((error: unknown) => {
    migrated = undefined;
    console.warn('Holding Space Companion: could not migrate the stored data', error);
  });
  return migrated;
}

// ---------------------------------------------------------------------------------------
// Reading and writing the two lists. The `…Unlocked` ones are for use inside withDataLock.

/** What a write of My tips stores: the list and its format version, in one call. */
export function tipsWrite(value: readonly unknown[]) {
  return [
    { item: myTipsItem, value: value as MyTip[] },
    { key: MY_TIPS_META_KEY, value: { v: MY_TIPS_VERSION } },
  ];
}

export async function readTipsUnlocked(): Promise<StoredList<MyTip>> {
  return readStoredTips(await storage.getItem<unknown>(myTipsItem.key));
}

export async function readTermsUnlocked(): Promise<StoredList<OwnTerm>> {
  return readStoredTerms(await storage.getItem<unknown>(ownTermsItem.key));
}

/** The list to store: the new records, then the entries that could not be read, unchanged. */
export function withUnreadable<T>(records: readonly T[], stored: StoredList<unknown>): T[] {
  return [...records, ...(stored.unreadable as T[])];
}

export async function writeTipsUnlocked(tips: readonly MyTip[], stored: StoredList<MyTip>) {
  await storage.setItems(tipsWrite(withUnreadable(tips, stored)));
}

export async function writeTermsUnlocked(terms: readonly OwnTerm[], stored: StoredList<OwnTerm>) {
  await ownTermsItem.setValue(withUnreadable(terms, stored));
}

/** My tips as far as they can be read (migrated first). Never rejects for a bad value. */
export async function readMyTips(): Promise<MyTip[]> {
  await whenMigrated();
  return (await readTipsUnlocked()).records;
}

/** Own terms as far as they can be read. */
export async function readOwnTerms(): Promise<OwnTerm[]> {
  return (await readTermsUnlocked()).records;
}

/** The checks every change of a list passes before it is written; throws if one fails. */
export function checkListChange<T extends Versioned>(
  what: string,
  stored: StoredList<T>,
  next: readonly T[],
): void {
  if (stored.wrongShape) throw new UnreadableDataError(what);
  if (growsPastLimit(stored.records, next)) throw new ListFullError(what);
}

/**
 * Read-modify-write of My tips under the lock. Rejects, writing nothing, with a
 * ListFullError when the change would take the list past LIMITS.records, and with an
 * UnreadableDataError when the stored value is not a list.
 */
export async function updateMyTips(change: (tips: MyTip[]) => MyTip[]): Promise<void> {
  await whenMigrated();
  await withDataLock(async () => {
    const stored = await readTipsUnlocked();
    const next = change(stored.records);
    checkListChange('myTips', stored, next);
    await writeTipsUnlocked(next, stored);
  });
}

/** Read-modify-write of own terms under the lock; rejects like updateMyTips. */
export async function updateOwnTerms(change: (terms: OwnTerm[]) => OwnTerm[]): Promise<void> {
  await withDataLock(async () => {
    const stored = await readTermsUnlocked();
    const next = change(stored.records);
    checkListChange('ownTerms', stored, next);
    await writeTermsUnlocked(next, stored);
  });
}
