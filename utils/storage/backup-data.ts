import { storage } from 'wxt/utils/storage';
import type { BackupData } from '../my-data/backup-format';
import { ListFullError, readPreferences } from '../my-data/model';
import type { MyTip, OwnTerm } from '../my-data/model';
import type { StoredList } from '../my-data/read-records';
import { completeSettings, settingsListsGrowPastLimit } from '../settings/highlight-settings';
import { highlightSettings } from './highlight-settings';
import { readSharedTeamLists, readStoredTeamLists } from '../my-data/team-lists';
import type { StoredTeamList, StoredTeamLists } from '../my-data/team-lists';
import { sharedTeamListsItem, teamListsItem } from './team-lists';
import { languageChoice, readLanguage } from './language-choice';
import {
  checkListChange,
  ownTermsItem,
  preferencesItem,
  readTermsUnlocked,
  UnreadableDataError,
  readTipsUnlocked,
  tipsWrite,
  whenMigrated,
  withDataLock,
  withUnreadable,
} from './my-data';

interface Stored {
  data: BackupData;
  tips: StoredList<MyTip>;
  terms: StoredList<OwnTerm>;
  teamLists: StoredTeamLists;
}

/** Everything a backup holds as stored now, read with the readers (never throws for bad
 * shapes), and the two lists as stored (for what they could not read). */
async function loadStored(): Promise<Stored> {
  const [tips, terms, settings, language, preferences, teamLists, shared] = await Promise.all([
    readTipsUnlocked(),
    readTermsUnlocked(),
    highlightSettings.getValue(),
    languageChoice.getValue(),
    preferencesItem.getValue(),
    storage.getItem<unknown>(teamListsItem.key),
    sharedTeamListsItem.getValue(),
  ]);
  const team = readStoredTeamLists(teamLists);
  return {
    data: {
      myTips: tips.records,
      ownTerms: terms.records,
      highlightSettings: completeSettings(settings),
      language: readLanguage(language),
      preferences: readPreferences(preferences),
      teamLists: team.lists,
      sharedTeamLists: readSharedTeamLists(shared),
    },
    tips,
    terms,
    teamLists: team,
  };
}

/** Everything a backup holds, as stored now. */
export async function loadBackupData(): Promise<BackupData> {
  await whenMigrated();
  return (await loadStored()).data;
}

/**
 * Applies a change to everything at once: read, change and write under the data lock, the
 * write being one storage call, so it applies whole or not at all. WXT keeps an item's
 * format version beside it (`myTips$`); it goes in the same call (tipsWrite), or tips
 * restored into a fresh profile would count as version 1 and be migrated again.
 *
 * Rejects, writing nothing, with a ListFullError when a list would pass its limit, and with
 * an UnreadableDataError when a stored list is not a list. Entries of the lists that could
 * not be read are kept, unchanged.
 */
export async function changeBackupData(change: (current: BackupData) => BackupData): Promise<void> {
  await whenMigrated();
  await withDataLock(async () => {
    const stored = await loadStored();
    const next = change(stored.data);
    checkListChange('myTips', stored.tips, next.myTips);
    checkListChange('ownTerms', stored.terms, next.ownTerms);
    if (stored.teamLists.wrongShape) throw new UnreadableDataError('teamLists');
    if (settingsListsGrowPastLimit(stored.data.highlightSettings, next.highlightSettings))
      throw new ListFullError('highlightSettings');
    await storage.setItems([
      ...tipsWrite(withUnreadable(next.myTips, stored.tips)),
      { item: ownTermsItem, value: withUnreadable(next.ownTerms, stored.terms) },
      { item: highlightSettings, value: next.highlightSettings },
      { item: languageChoice, value: next.language },
      { item: preferencesItem, value: next.preferences },
      {
        item: teamListsItem,
        value: [...next.teamLists, ...(stored.teamLists.unreadable as StoredTeamList[])],
      },
      { item: sharedTeamListsItem, value: next.sharedTeamLists },
    ]);
  });
}
