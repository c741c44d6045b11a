import { storage } from 'wxt/utils/storage';
import type { BackupData } from '../my-data/backup';
import { DEFAULT_PREFERENCES } from '../my-data/model';
import { completeSettings, highlightSettings } from './highlight-settings';
import { languageChoice } from './language-choice';
import {
  MY_TIPS_VERSION,
  myTipsItem,
  ownTermsItem,
  preferencesItem,
  withDataLock,
} from './my-data';

/** Everything a backup holds, as stored now. */
export async function loadBackupData(): Promise<BackupData> {
  const [myTips, ownTerms, settings, language, preferences] = await Promise.all([
    myTipsItem.getValue(),
    ownTermsItem.getValue(),
    highlightSettings.getValue(),
    languageChoice.getValue(),
    preferencesItem.getValue(),
  ]);
  return {
    myTips,
    ownTerms,
    highlightSettings: completeSettings(settings),
    language,
    preferences: { ...DEFAULT_PREFERENCES, ...preferences },
  };
}

/**
 * Applies a change to everything at once: read, change and write under the data lock, the
 * write being one storage call, so it applies whole or not at all. WXT keeps an item's
 * format version beside it (`myTips$`) but writes it only through `setValue`; it goes in
 * the same call here, or tips restored into a fresh profile would count as version 1 and
 * be migrated again by the next view that opens.
 */
export async function changeBackupData(change: (current: BackupData) => BackupData): Promise<void> {
  await withDataLock(async () => {
    const next = change(await loadBackupData());
    await storage.setItems([
      { item: myTipsItem, value: next.myTips },
      { key: `${myTipsItem.key}$`, value: { v: MY_TIPS_VERSION } },
      { item: ownTermsItem, value: next.ownTerms },
      { item: highlightSettings, value: next.highlightSettings },
      { item: languageChoice, value: next.language },
      { item: preferencesItem, value: next.preferences },
    ]);
  });
}
