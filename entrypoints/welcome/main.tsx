import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pickLanguage } from '../../utils/i18n/pick-language';
import { languageStore } from '../../utils/storage/stores';
import '../../assets/views.css';
import '../../assets/full-page.css';
import { WelcomeApp } from './App';

const root = document.getElementById('app');
if (root) {
  render(
    <WelcomeApp
      language={languageStore}
      browserLang={pickLanguage(browser.i18n.getUILanguage())}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
}
