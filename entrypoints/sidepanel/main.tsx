import { render } from 'preact';
import { startingLanguage } from '../../utils/storage/managed-policy';
import type { PageServices } from '../../components/ThisPagePanel';
import { languageStore } from '../../utils/storage/stores';
import { panelSectionStore } from '../../utils/storage/panel-section';
import { App, SECTION_IDS } from '../../components/app/App';
import { appStores, rememberLanguage } from '../../components/app/app-services';
import type { Section } from '../../components/app/App';
import { followActiveTab } from './followed-tab';
import '../../assets/views.css';

/**
 * The side panel (Chrome) / sidebar (Firefox): the popup's App in its panel layout, which
 * stays open beside the page. It opens in the section the user was on last, and its
 * *This page* follows the active tab. Nothing is focused on open: the page keeps the focus
 * until the user clicks into the panel.
 */
async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const [chosen, remembered] = await Promise.all([
    languageStore.get(),
    panelSectionStore.get().catch(() => null),
  ]);
  const initialLang = chosen ?? (await startingLanguage());
  const initialSection = SECTION_IDS.find((s) => s === remembered) ?? 'tips';
  let last: string | null = remembered;
  const rememberSection = (section: Section) => {
    if (section === last) return;
    last = section;
    panelSectionStore
      .update(() => section)
      .catch((error: unknown) => {
        console.warn('Holding Space Companion: could not remember the section', error);
      });
  };
  const tab = followActiveTab();
  const pageServices: PageServices = {
    askPageTerms: tab.askPageTerms,
    revealTerm: (id) => void tab.revealTerm(id),
    showEveryday: tab.showEveryday,
    onPageChange: tab.onChange,
  };
  render(
    <App
      surface="panel"
      initialLang={initialLang}
      onLanguageChosen={rememberLanguage}
      initialSection={initialSection}
      onSectionChange={rememberSection}
      pageServices={pageServices}
      {...appStores}
    />,
    root,
  );
}

void start();
