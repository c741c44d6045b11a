import { storage } from 'wxt/utils/storage';
import { migrateTipsV1ToV2 } from '../my-data/migrations';
import type { MyTipV1 } from '../my-data/migrations';
import { DEFAULT_PREFERENCES } from '../my-data/model';
import type { MyTip, OwnTerm, Preferences } from '../my-data/model';
import { ownTermsItem } from './own-terms';

/**
 * The user's own data in local storage, the source of truth (sync, when on, mirrors it).
 * Versioned from the first day: WXT's storage keeps a version beside each item and runs
 * the migrations when an older version is read.
 */
export const MY_TIPS_VERSION = 2;
export const myTipsItem = storage.defineItem<MyTip[]>('local:myTips', {
  fallback: [],
  version: MY_TIPS_VERSION,
  migrations: { 2: (v1: MyTipV1[]) => migrateTipsV1ToV2(v1) },
});

export { ownTermsItem } from './own-terms';

export { DEFAULT_PREFERENCES };
export type { Preferences };

export const preferencesItem = storage.defineItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});

/**
 * Runs a read-modify-write of the user's data one at a time across the popup, the options
 * page and the background (they share the extension's origin, so a Web Lock covers them
 * all), so two views editing at once never overwrite each other's change.
 */
export async function withDataLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return task();
  return locks.request('hsc-user-data', task);
}

export async function updateMyTips(change: (tips: MyTip[]) => MyTip[]): Promise<void> {
  await withDataLock(async () => myTipsItem.setValue(change(await myTipsItem.getValue())));
}

export async function updateOwnTerms(change: (terms: OwnTerm[]) => OwnTerm[]): Promise<void> {
  await withDataLock(async () => ownTermsItem.setValue(change(await ownTermsItem.getValue())));
}
