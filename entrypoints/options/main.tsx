import { render } from 'preact';
import { browser } from 'wxt/browser';
import { managedStore, startingLanguage } from '../../utils/storage/managed-policy';
import { sharedTeamListsStore, teamListsStore } from '../../utils/storage/team-lists';
import {
  highlightSettingsStore,
  languageStore,
  myTipsStore,
  ownTermsStore,
  preferencesStore,
  syncStatusStore,
} from '../../utils/storage/stores';
import '../../assets/views.css';
import '../../assets/full-page.css';
import { OptionsApp } from './App';
import { changeBackupData, loadBackupData } from '../../utils/storage/backup-data';
import { download } from '../../components/download';
import { storedDataServices } from '../../utils/storage/stored-data';

import type { ShortcutInfo } from '../../components/Shortcuts';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const commands = await browser.commands.getAll();
  const shortcuts: ShortcutInfo[] = commands
    .filter((command) => command.name && !command.name.startsWith('_'))
    .map((command) => ({
      name: command.name ?? '',
      description: command.description ?? command.name ?? '',
      shortcut: command.shortcut ?? '',
    }));
  // Firefox (137+) can open its shortcut settings; Chrome opens its shortcuts page in a tab.
  const firefoxCommands = browser.commands as typeof browser.commands & {
    openShortcutSettings?: () => Promise<void>;
  };
  const onChangeShortcuts = firefoxCommands.openShortcutSettings
    ? () => void firefoxCommands.openShortcutSettings?.()
    : navigator.userAgent.includes('Chrome/')
      ? () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })
      : null;
  const browserLang = await startingLanguage();
  render(
    <OptionsApp
      stores={{
        myTips: myTipsStore,
        ownTerms: ownTermsStore,
        settings: highlightSettingsStore,
        preferences: preferencesStore,
        language: languageStore,
        syncStatus: syncStatusStore,
        teamLists: teamListsStore,
        sharedTeamLists: sharedTeamListsStore,
        managed: managedStore,
      }}
      browserLang={browserLang}
      shortcuts={shortcuts}
      onChangeShortcuts={onChangeShortcuts}
      newId={() => crypto.randomUUID()}
      random={() => crypto.randomUUID()}
      backup={{ load: loadBackupData, change: changeBackupData, download }}
      storedData={storedDataServices(download)}
    />,
    root,
  );
}

void start();
