import { termName } from '../utils/highlight/term-sources';
import { useEffect, useState } from 'preact/hooks';
import type { Content } from '../utils/texts';
import type { OwnTerm } from '../utils/my-data/model';
import type { Store } from '../utils/storage/store';
import { useStoredValue } from './stored-value';
import type { PageTermsReply } from '../utils/messages';
import { DEFAULT_HIGHLIGHT_SETTINGS } from '../utils/settings/highlight-settings';
import type { HighlightSettings } from '../utils/settings/highlight-settings';
import { HighlightSettingsForm } from './HighlightSettingsForm';
import { ThisPage } from './ThisPage';

/** What the "This page" view needs from the browser; the popup passes the real ones. */
export interface PageServices {
  askPageTerms: () => Promise<PageTermsReply | null>;
  revealTerm: (id: string) => void;
  /** Asks the page to show the everyday words it held back; resolves once it has. */
  showEveryday: () => Promise<void>;
  /** The address of the PDF the current tab shows, if it shows one. */
  activePdf?: () => Promise<string | null>;
  /** Opens that PDF in the extension's viewer. */
  openPdf?: (address: string) => void;
  /**
   * Where the view stays open while the user browses (the side panel): calls the listener
   * when the tab it is about changes or finishes loading; returns the unsubscribe.
   */
  onPageChange?: (listener: () => void) => () => void;
}

interface Props {
  content: Content;
  services: PageServices;
  ownTerms: Store<OwnTerm[]>;
  /** The highlight settings, the same store the options page uses. */
  settings: Store<HighlightSettings>;
  /** The team lists' terms in use, to name them. */
  teamTerms?: readonly { id: string; term: string }[];
}

export function ThisPagePanel({
  content,
  services,
  ownTerms,
  settings: settingsStore,
  teamTerms = [],
}: Props) {
  const own = useStoredValue(ownTerms);
  const nameOf = (id: string) => termName(id, content.glossary, own, teamTerms);
  const [page, setPage] = useState<PageTermsReply | null | undefined>(undefined);
  const settings = useStoredValue(settingsStore) ?? DEFAULT_HIGHLIGHT_SETTINGS;

  useEffect(() => {
    let live = true;
    const refreshPage = () => {
      // The page applies a settings change at once; ask again a moment later.
      setTimeout(() => {
        void services.askPageTerms().then((reply) => live && setPage(reply));
      }, 150);
    };
    void services.askPageTerms().then((reply) => live && setPage(reply));
    const unwatch = settingsStore.watch(refreshPage);
    // Another tab, or a page that finished loading: ask now, and once more when the page
    // has had a moment to finish its first scan.
    let later: ReturnType<typeof setTimeout> | undefined;
    const unfollow = services.onPageChange?.(() => {
      void services.askPageTerms().then((reply) => live && setPage(reply));
      clearTimeout(later);
      later = setTimeout(() => {
        void services.askPageTerms().then((reply) => live && setPage(reply));
      }, 700);
    });
    return () => {
      live = false;
      unwatch();
      unfollow?.();
      clearTimeout(later);
    };
  }, [services, settingsStore]);

  return (
    <>
      <section aria-labelledby="this-page-heading">
        <h2 id="this-page-heading" class="visually-hidden">
          {content.ui.tabThisPage}
        </h2>
        <ThisPage
          content={content}
          page={page}
          onReveal={services.revealTerm}
          onShowEveryday={() => {
            void services
              .showEveryday()
              .then(() => services.askPageTerms())
              .then((reply) => setPage(reply));
          }}
          termName={nameOf}
        />
      </section>
      <HighlightSettingsForm
        content={content}
        settings={settings}
        site={page ? page.hostname : null}
        siteOffByOrganisation={page?.siteDisabledByOrganisation === true}
        onChange={(change) => {
          settingsStore.update(change).catch((error: unknown) => {
            console.warn(
              'Holding Space Companion: could not save the highlighting settings',
              error,
            );
          });
        }}
        termName={nameOf}
      />
    </>
  );
}
