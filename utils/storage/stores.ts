import type { Store } from './store';
import type { MyTip, OwnTerm } from '../my-data/model';
import type { Lang } from '../content/ids';
import { completeSettings, highlightSettings, updateHighlightSettings } from './highlight-settings';
import type { HighlightSettings } from './highlight-settings';
import { languageChoice } from './language-choice';
import {
  DEFAULT_PREFERENCES,
  myTipsItem,
  ownTermsItem,
  preferencesItem,
  updateMyTips,
  updateOwnTerms,
  withDataLock,
} from './my-data';
import type { Preferences } from './my-data';
import { EMPTY_SYNC_STATUS, syncStatusItem } from './sync-status';
import type { SyncStatus } from './sync-status';

/** The user's data as the views use it: read, watched for changes from other views, updated. */
export const myTipsStore: Store<MyTip[]> = {
  get: () => myTipsItem.getValue(),
  watch: (listener) => myTipsItem.watch((value) => listener(value ?? [])),
  update: updateMyTips,
};

export const ownTermsStore: Store<OwnTerm[]> = {
  get: () => ownTermsItem.getValue(),
  watch: (listener) => ownTermsItem.watch((value) => listener(value ?? [])),
  update: updateOwnTerms,
};

export const highlightSettingsStore: Store<HighlightSettings> = {
  get: () => highlightSettings.getValue().then(completeSettings),
  watch: (listener) => highlightSettings.watch((value) => listener(completeSettings(value))),
  update: updateHighlightSettings,
};

export const preferencesStore: Store<Preferences> = {
  get: () => preferencesItem.getValue().then((value) => ({ ...DEFAULT_PREFERENCES, ...value })),
  watch: (listener) =>
    preferencesItem.watch((value) => listener({ ...DEFAULT_PREFERENCES, ...value })),
  update: (change) =>
    withDataLock(async () => {
      const current = { ...DEFAULT_PREFERENCES, ...(await preferencesItem.getValue()) };
      await preferencesItem.setValue(change(current));
    }),
};

export const languageStore: Store<Lang | null> = {
  get: () => languageChoice.getValue(),
  watch: (listener) => languageChoice.watch((value) => listener(value)),
  update: async (change) => languageChoice.setValue(change(await languageChoice.getValue())),
};

export const syncStatusStore: Store<SyncStatus> = {
  get: () => syncStatusItem.getValue(),
  watch: (listener) => syncStatusItem.watch((value) => listener(value ?? EMPTY_SYNC_STATUS)),
  update: async (change) => syncStatusItem.setValue(change(await syncStatusItem.getValue())),
};
