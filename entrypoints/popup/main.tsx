import { render } from 'preact';
import { managedStore, startingLanguage } from '../../utils/storage/managed-policy';
import { teamListsStore } from '../../utils/storage/team-lists';
import type { PageServices } from '../../components/ThisPagePanel';
import { TIP_IDS } from '../../utils/texts/ids';
import type { Lang, TipId } from '../../utils/texts/ids';
import {
  highlightSettingsStore,
  languageStore,
  myTipsStore,
  ownTermsStore,
} from '../../utils/storage/stores';
import { download } from '../../components/download';
import { storedDataServices } from '../../utils/storage/stored-data';
import {
  activePdfAddress,
  askPageTerms,
  openPdfInViewer,
  revealTerm,
  showEveryday,
} from './active-tab';
import { App } from './App';
import { sidePanelOpener } from './side-panel';
import '../../assets/views.css';

// For the start-up benchmark (tests/bench/popup-startup.mjs): when our code starts running.
performance.mark('popup-script-start');

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const chosen = await languageStore.get();
  performance.mark('popup-language-read');
  const initialLang = chosen ?? (await startingLanguage());
  const remember = (lang: Lang) => {
    languageStore
      .update(() => lang)
      .catch((error: unknown) => {
        console.warn('Holding Space Companion: could not remember the language choice', error);
      });
  };
  const pageServices: PageServices = {
    askPageTerms,
    revealTerm: (id) => void revealTerm(id),
    showEveryday,
    activePdf: activePdfAddress,
    openPdf: (address) => void openPdfInViewer(address),
  };
  const tipParam = new URLSearchParams(location.search).get('tip');
  const initialTip = TIP_IDS.find((id): id is TipId => id === tipParam) ?? null;
  render(
    <App
      initialLang={initialLang}
      onLanguageChosen={remember}
      pageServices={pageServices}
      myTips={myTipsStore}
      ownTerms={ownTermsStore}
      settings={highlightSettingsStore}
      teamLists={teamListsStore}
      managed={managedStore}
      newId={() => crypto.randomUUID()}
      initialTip={initialTip}
      storedData={storedDataServices(download)}
      openPanel={sidePanelOpener() ?? undefined}
    />,
    root,
  );
  // For the start-up benchmark (tests/bench/popup-startup.mjs): the popup's first render.
  performance.mark('popup-rendered');
}

void start();
