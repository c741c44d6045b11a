import { render } from 'preact';
import { startingLanguage } from '../../utils/storage/managed-policy';
import { languageStore } from '../../utils/storage/stores';
import '../../assets/views.css';
import '../../assets/full-page.css';
import './style.css';
import { PocketCardApp } from './App';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const browserLang = await startingLanguage();
  // The language shown in the popup: read before the first render, so the card never
  // flashes in the other language (or prints in it).
  const chosen = await languageStore.get().catch(() => null);
  render(
    <PocketCardApp
      language={languageStore}
      browserLang={browserLang}
      initialLang={chosen ?? browserLang}
      onPrint={() => window.print()}
    />,
    root,
  );
}

void start();
