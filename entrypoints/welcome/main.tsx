import { render } from 'preact';
import { browser } from 'wxt/browser';
import { startingLanguage } from '../../utils/storage/managed-policy';
import { languageStore } from '../../utils/storage/stores';
import '../../assets/views.css';
import '../../assets/full-page.css';
import { WelcomeApp } from './App';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const browserLang = await startingLanguage();
  render(
    <WelcomeApp
      language={languageStore}
      browserLang={browserLang}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
}

void start();
