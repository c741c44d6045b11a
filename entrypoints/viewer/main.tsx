import { render } from 'preact';
import { startingLanguage } from '../../utils/storage/managed-policy';
import { fileParam } from '../../utils/pdf/input';
import { languageStore } from '../../utils/storage/stores';
import '../../assets/views.css';
import './viewer.css';
import { ViewerApp } from './App';
import { startViewerHighlighting } from './highlighting';
import type { ViewerHighlighting } from './highlighting';

let highlighting: ViewerHighlighting | null = null;

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  // The language the other pages use: the stored choice (followed as it changes), else the
  // organisation's default, else the browser's.
  const browserLang = await startingLanguage();
  render(
    <ViewerApp
      language={languageStore}
      browserLang={browserLang}
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

void start();
