import { render } from 'preact';
import { startingLanguage } from '../../utils/storage/managed-policy';
import type { PageServices } from '../../components/ThisPagePanel';
import { TIP_IDS } from '../../utils/texts/ids';
import type { TipId } from '../../utils/texts/ids';
import { languageStore } from '../../utils/storage/stores';
import {
  activePdfAddress,
  askPageTerms,
  openPdfInViewer,
  revealTerm,
  showEveryday,
} from './active-tab';
import { App } from '../../components/app/App';
import { appStores, rememberLanguage } from '../../components/app/app-services';
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
  performance.mark('popup-language-ready');
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
      onLanguageChosen={rememberLanguage}
      pageServices={pageServices}
      {...appStores}
      initialTip={initialTip}
      openPanel={sidePanelOpener() ?? undefined}
    />,
    root,
  );
  // For the start-up benchmark (tests/bench/popup-startup.mjs): the popup's first render.
  performance.mark('popup-rendered');
}

void start();
