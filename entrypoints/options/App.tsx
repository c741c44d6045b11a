import { termName } from '../../utils/highlight/term-sources';
import { useEffect } from 'preact/hooks';
import { AnnounceContext, LiveRegion, useAnnouncer } from '../../components/announcer';
import { BackupPanel } from '../../components/BackupPanel';
import type { BackupServices } from '../../components/BackupPanel';
import { HighlightSettingsForm } from '../../components/HighlightSettingsForm';
import { MyTipsPanel } from '../../components/MyTipsPanel';
import { OwnTermsPanel } from '../../components/OwnTermsPanel';
import { Shortcuts } from '../../components/Shortcuts';
import type { ShortcutInfo } from '../../components/Shortcuts';
import { SitesOffList } from '../../components/SitesOffList';
import { useStoredValue } from '../../components/stored-value';
import { content } from '../../utils/texts';
import { LANGS } from '../../utils/texts/ids';
import type { Lang } from '../../utils/texts/ids';
import type { MyTip, OwnTerm } from '../../utils/my-data/model';
import type { HighlightSettings } from '../../utils/settings/highlight-settings';
import type { Preferences } from '../../utils/storage/my-data';
import type { Store } from '../../utils/storage/store';
import type { SyncStatus } from '../../utils/storage/sync-status';
import { SyncPanel } from '../../components/SyncPanel';
import { TeamListShare } from '../../components/TeamListShare';
import { TeamListsPanel } from '../../components/TeamListsPanel';
import type { ReadonlyStore } from '../../utils/storage/store';
import type { ManagedPolicy } from '../../utils/my-data/managed-policy';
import type { SharedTeamList, StoredTeamList } from '../../utils/my-data/team-lists';
import { activeTeamTerms } from '../../utils/highlight/team-terms';
import { NO_STORED_DATA, SectionBoundary, StoredDataNotice } from '../../components/StoredData';
import type { StoredDataServices } from '../../components/StoredData';
import type { ComponentChildren } from 'preact';

export interface OptionsStores {
  myTips: Store<MyTip[]>;
  ownTerms: Store<OwnTerm[]>;
  settings: Store<HighlightSettings>;
  preferences: Store<Preferences>;
  language: Store<Lang | null>;
  syncStatus: Store<SyncStatus>;
  teamLists: Store<StoredTeamList[]>;
  sharedTeamLists: Store<SharedTeamList[]>;
  /** What the organisation set through browser policy (read-only). */
  managed: ReadonlyStore<ManagedPolicy>;
}

interface Props {
  stores: OptionsStores;
  browserLang: Lang;
  shortcuts: ShortcutInfo[];
  onChangeShortcuts: (() => void) | null;
  newId: () => string;
  /** Randomness for new ids (crypto.randomUUID in the page). */
  random?: () => string;
  backup: BackupServices;
  /** When stored data cannot be read: what, and saving all of it to a file. */
  storedData?: StoredDataServices;
}

/** The options page: everything of the user's, with room to work. */
export function OptionsApp({
  stores,
  browserLang,
  shortcuts,
  onChangeShortcuts,
  newId,
  random = newId,
  backup,
  storedData = NO_STORED_DATA,
}: Props) {
  const chosen = useStoredValue(stores.language);
  const settings = useStoredValue(stores.settings);
  const preferences = useStoredValue(stores.preferences);
  const ownTerms = useStoredValue(stores.ownTerms);
  const teamLists = useStoredValue(stores.teamLists);
  const managed = useStoredValue(stores.managed);
  const [announcement, setAnnouncement] = useAnnouncer();
  const lang = chosen ?? browserLang;
  const c = content[lang];
  const { ui } = c;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = ui.optionsTitle;
  }, [lang, ui]);

  const teamTerms = activeTeamTerms(teamLists ?? [], managed?.teamLists ?? []);
  const nameOf = (id: string) => termName(id, c.glossary, ownTerms, teamTerms);
  const fail = () => setAnnouncement(ui.saveFailed);
  // Each part on its own: one that cannot be shown leaves the others working.
  const guard = (children: ComponentChildren) => (
    <SectionBoundary ui={ui} services={storedData}>
      {children}
    </SectionBoundary>
  );

  return (
    <AnnounceContext.Provider value={setAnnouncement}>
      <header class="options-header">
        <h1>{ui.optionsTitle}</h1>
      </header>
      <main class="options">
        <StoredDataNotice ui={ui} services={storedData} />
        <section class="options-section" id="my-tips" aria-labelledby="options-my-tips">
          <h2 id="options-my-tips">{ui.tabMyTips}</h2>
          {guard(<MyTipsPanel content={c} store={stores.myTips} newId={newId} />)}
          {preferences && (
            <label class="switch">
              <input
                type="checkbox"
                checked={preferences.keepPageAddress}
                onChange={(event) => {
                  const keepPageAddress = event.currentTarget.checked;
                  stores.preferences.update((p) => ({ ...p, keepPageAddress })).catch(fail);
                }}
              />
              <span>{ui.keepPageAddress}</span>
            </label>
          )}
        </section>
        <section class="options-section" id="own-terms">
          {guard(<OwnTermsPanel content={c} store={stores.ownTerms} newId={newId} />)}
        </section>
        <section class="options-section" id="team-lists" aria-labelledby="options-team-lists">
          <h2 id="options-team-lists">{c.teamLists.title}</h2>
          {guard(
            <TeamListsPanel
              content={c}
              stores={{ lists: stores.teamLists, managed: stores.managed, myTips: stores.myTips }}
              newId={newId}
            />,
          )}
          <h3>{c.teamLists.shareTitle}</h3>
          <p class="intro">{c.teamLists.shareIntro}</p>
          {guard(
            <TeamListShare
              content={c}
              myTips={stores.myTips}
              ownTerms={stores.ownTerms}
              shared={stores.sharedTeamLists}
              download={backup.download}
              random={random}
            />,
          )}
        </section>
        <section class="options-section" id="language" aria-labelledby="options-language">
          <h2 id="options-language">{ui.languageTitle}</h2>
          {managed?.defaultLanguage && (
            <p class="hint">
              {c.teamLists.languageSetByOrganisation(ui.languageNames[managed.defaultLanguage])}
            </p>
          )}
          <fieldset class="choice">
            <legend>{ui.languageIntro}</legend>
            {([null, ...LANGS] as (Lang | null)[]).map((option) => (
              <label key={option ?? 'browser'}>
                <input
                  type="radio"
                  name="language"
                  checked={chosen === option}
                  onChange={() => void stores.language.update(() => option).catch(fail)}
                />
                <span lang={option ?? undefined}>
                  {option ? ui.languageNames[option] : ui.languageFollowBrowser}
                </span>
              </label>
            ))}
          </fieldset>
        </section>
        {settings &&
          guard(
            <section class="options-section" id="highlighting">
              <HighlightSettingsForm
                content={c}
                settings={settings}
                site={null}
                onChange={(change) => void stores.settings.update(change).catch(fail)}
                termName={nameOf}
              />
              <SitesOffList
                content={c}
                settings={settings}
                organisationSites={managed?.disabledSites ?? []}
                onChange={(change) => void stores.settings.update(change).catch(fail)}
              />
            </section>,
          )}
        {guard(
          <SyncPanel
            content={c}
            preferences={stores.preferences}
            status={stores.syncStatus}
            onError={fail}
            syncForbidden={managed?.syncAllowed === false}
          />,
        )}
        {guard(<BackupPanel content={c} services={backup} />)}
        <section class="options-section" id="privacy" aria-labelledby="options-privacy">
          <h2 id="options-privacy">{ui.privacyTitle}</h2>
          {ui.privacyText.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
        <section class="options-section" id="shortcuts">
          <Shortcuts content={c} shortcuts={shortcuts} onChange={onChangeShortcuts} />
        </section>
      </main>
      <LiveRegion announcement={announcement} />
    </AnnounceContext.Provider>
  );
}
