import { render } from 'preact';
import { browser } from 'wxt/browser';
import { pickLanguage } from '../../utils/i18n/pick-language';
import { fileParam } from '../../utils/pdf/input';
import { languageStore } from '../../utils/storage/stores';
import '../../assets/views.css';
import './viewer.css';
import { ViewerApp } from './App';
import { startViewerHighlighting } from './highlighting';
import type { ViewerHighlighting } from './highlighting';

let highlighting: ViewerHighlighting | null = null;

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  // The language the other pages use: the stored choice (followed as it changes), else the
  // browser's.
  render(
    <ViewerApp
      language={languageStore}
      browserLang={pickLanguage(browser.i18n.getUILanguage())}
      initial={fileParam(location.search)}
      onDocument={(opened) => {
        highlighting?.stop();
        highlighting = opened
          ? startViewerHighlighting(opened, opened.hostname, opened.lang)
          : null;
      }}
    />,
    root,
  );
}

start();
