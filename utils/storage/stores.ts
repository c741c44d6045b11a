import type { Store } from './store';
import type { MyTip, OwnTerm } from '../my-data/model';
import { readPreferences } from '../my-data/model';
import { readStoredTerms, readStoredTips } from '../my-data/read-records';
import type { Lang } from '../texts/ids';
import { withDataLock } from './data-lock';
import { completeSettings } from '../settings/highlight-settings';
import type { HighlightSettings } from '../settings/highlight-settings';
import { highlightSettings, updateHighlightSettings } from './highlight-settings';
import { languageChoice, readLanguage } from './language-choice';
import {
  myTipsItem,
  ownTermsItem,
  preferencesItem,
  readMyTips,
  readOwnTerms,
  updateMyTips,
  updateOwnTerms,
} from './my-data';
import type { Preferences } from './my-data';
import { readSyncStatus, syncStatusItem } from './sync-status';
import type { SyncStatus } from './sync-status';

/**
 * The user's data as the views use it: read, watched for changes from other views, updated.
 * Every read goes through a reader that never throws for a stored value of the wrong shape,
 * and every update runs under the one data lock (./data-lock.ts).
 */
export const myTipsStore: Store<MyTip[]> = {
  get: readMyTips,
  watch: (listener) => myTipsItem.watch((value) => listener(readStoredTips(value).records)),
  update: updateMyTips,
};

export const ownTermsStore: Store<OwnTerm[]> = {
  get: readOwnTerms,
  watch: (listener) => ownTermsItem.watch((value) => listener(readStoredTerms(value).records)),
  update: updateOwnTerms,
};

export const highlightSettingsStore: Store<HighlightSettings> = {
  get: () => highlightSettings.getValue().then(completeSettings),
  watch: (listener) => highlightSettings.watch((value) => listener(completeSettings(value))),
  update: updateHighlightSettings,
};

export const preferencesStore: Store<Preferences> = {
  get: () => preferencesItem.getValue().then(readPreferences),
  watch: (listener) => preferencesItem.watch((value) => listener(readPreferences(value))),
  update: (change) =>
    withDataLock(async () => {
      const current = readPreferences(await preferencesItem.getValue());
      await preferencesItem.setValue(change(current));
    }),
};

export const languageStore: Store<Lang | null> = {
  get: () => languageChoice.getValue().then(readLanguage),
  watch: (listener) => languageChoice.watch((value) => listener(readLanguage(value))),
  update: (change) =>
    withDataLock(async () => {
      const current = readLanguage(await languageChoice.getValue());
      await languageChoice.setValue(change(current));
    }),
};

export const syncStatusStore: Store<SyncStatus> = {
  get: () => syncStatusItem.getValue().then(readSyncStatus),
  watch: (listener) => syncStatusItem.watch((value) => listener(readSyncStatus(value))),
  update: (change) =>
    withDataLock(async () => {
      const current = readSyncStatus(await syncStatusItem.getValue());
      await syncStatusItem.setValue(change(current));
    }),
};
