import { useEffect, useState } from 'preact/hooks';
import type { Content } from '../utils/content';
import type { PageTermsReply } from '../utils/messages';
import { DEFAULT_HIGHLIGHT_SETTINGS } from '../utils/storage/highlight-settings';
import type { HighlightSettings } from '../utils/storage/highlight-settings';
import { HighlightSettingsForm } from './HighlightSettingsForm';
import { ThisPage } from './ThisPage';

/** What the "This page" view needs from the browser; the popup passes the real ones. */
export interface PageServices {
  askPageTerms: () => Promise<PageTermsReply | null>;
  revealTerm: (id: string) => void;
  loadSettings: () => Promise<HighlightSettings>;
  watchSettings: (listener: (settings: HighlightSettings) => void) => () => void;
  updateSettings: (change: (current: HighlightSettings) => HighlightSettings) => void;
}

export function ThisPagePanel({ content, services }: { content: Content; services: PageServices }) {
  const [page, setPage] = useState<PageTermsReply | null | undefined>(undefined);
  const [settings, setSettings] = useState<HighlightSettings>(DEFAULT_HIGHLIGHT_SETTINGS);

  useEffect(() => {
    let live = true;
    const refreshPage = () => {
      // The page applies a settings change at once; ask again a moment later.
      setTimeout(() => {
        void services.askPageTerms().then((reply) => live && setPage(reply));
      }, 150);
    };
    void services.askPageTerms().then((reply) => live && setPage(reply));
    void services.loadSettings().then((loaded) => live && setSettings(loaded));
    const unwatch = services.watchSettings((next) => {
      setSettings(next);
      refreshPage();
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [services]);

  return (
    <>
      <section aria-labelledby="this-page-heading">
        <h2 id="this-page-heading" class="visually-hidden">
          {content.ui.tabThisPage}
        </h2>
        <ThisPage content={content} page={page} onReveal={services.revealTerm} />
      </section>
      <HighlightSettingsForm
        content={content}
        settings={settings}
        site={page ? page.hostname : null}
        onChange={services.updateSettings}
      />
    </>
  );
}
