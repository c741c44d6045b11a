import { download } from '../download';
import type { Lang } from '../../utils/texts/ids';
import { managedStore } from '../../utils/storage/managed-policy';
import { storedDataServices } from '../../utils/storage/stored-data';
import {
  highlightSettingsStore,
  languageStore,
  myTipsStore,
  ownTermsStore,
} from '../../utils/storage/stores';
import { teamListsStore } from '../../utils/storage/team-lists';

/** What the App reads and keeps, the same in the popup and in the side panel. */
export const appStores = {
  myTips: myTipsStore,
  ownTerms: ownTermsStore,
  settings: highlightSettingsStore,
  teamLists: teamListsStore,
  managed: managedStore,
  newId: () => crypto.randomUUID(),
  storedData: storedDataServices(download),
};

/** Keeps the language the user chose (a failed write only costs the choice next time). */
export function rememberLanguage(lang: Lang): void {
  languageStore
    .update(() => lang)
    .catch((error: unknown) => {
      console.warn('Holding Space Companion: could not remember the language choice', error);
    });
}
