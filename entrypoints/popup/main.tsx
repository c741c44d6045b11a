import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pickLanguage } from '../../utils/i18n/pick-language';
import { languageChoice } from '../../utils/storage/language-choice';
import { App } from './App';
import './style.css';

// For the start-up benchmark (tests/bench/popup-startup.mjs): when our code starts running.
performance.mark('popup-script-start');

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const chosen = await languageChoice.getValue();
  performance.mark('popup-language-read');
  const initialLang = chosen ?? pickLanguage(browser.i18n.getUILanguage());
  const remember = (lang: Parameters<typeof languageChoice.setValue>[0]) => {
    languageChoice.setValue(lang).catch((error: unknown) => {
      console.warn('Holding Space Companion: could not remember the language choice', error);
    });
  };
  render(<App initialLang={initialLang} onLanguageChosen={remember} />, root);
  // For the start-up benchmark (tests/bench/popup-startup.mjs): the popup's first render.
  performance.mark('popup-rendered');
}

void start();
