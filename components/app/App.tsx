import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { AnnounceContext, LiveRegion, useAnnouncer } from '../announcer';
import { LanguageSwitch } from '../LanguageSwitch';
import type { HighlightSettings } from '../../utils/settings/highlight-settings';
import type { Store } from '../stored-value';
import { useStoredValue } from '../stored-value';
import { SearchResults } from '../SearchResults';
import { OpenPdfButton } from '../OpenPdfButton';
import { NO_STORED_DATA, SectionBoundary, StoredDataNotice } from '../StoredData';
import type { StoredDataServices } from '../StoredData';
import { Tabs } from '../Tabs';
import type { PageServices } from '../ThisPagePanel';
import type { TabDef } from '../Tabs';
import { content } from '../../utils/texts';
import type { Lang, TipId } from '../../utils/texts/ids';
import type { Answers } from '../../utils/texts/self-check-readout';
import { tipOfTheDay } from '../../utils/texts/tip-of-the-day';
import { isListFull } from '../../utils/my-data/model';
import type { MyTip, OwnTerm } from '../../utils/my-data/model';
import { addTip, visibleTips } from '../../utils/my-data/tips-ops';
import { buildSearchIndex, myTipDocs, search, teamListDocs } from '../../utils/search/search';
import { shownTeamLists } from '../../utils/my-data/team-lists';
import type { StoredTeamList } from '../../utils/my-data/team-lists';
import type { ManagedPolicy } from '../../utils/my-data/managed-policy';
import { activeTeamTerms } from '../../utils/highlight/team-terms';
import { useCopyTeamTip } from '../copy-team-tip';
import { SECTIONS, sectionOf } from './sections';
import type { Section, SectionProps } from './sections';
import type { Surface } from './surface';
import type { ReadonlyStore } from '../../utils/storage/store';

export type { Section } from './sections';
export { SECTION_IDS } from './sections';
export type { Surface } from './surface';

interface Props {
  initialLang: Lang;
  onLanguageChosen: (lang: Lang) => void;
  pageServices: PageServices;
  myTips: Store<MyTip[]>;
  ownTerms: Store<OwnTerm[]>;
  settings: Store<HighlightSettings>;
  /** The team lists the user added, and what the organisation set (its team lists among it). */
  teamLists?: ReadonlyStore<StoredTeamList[]>;
  managed?: ReadonlyStore<ManagedPolicy>;
  newId: () => string;
  /** A tip to open at once (from a hover card's "open this tip"). */
  initialTip?: TipId | null;
  today?: Date;
  /** When stored data cannot be read: what, and saving all of it to a file. */
  storedData?: StoredDataServices;
  surface?: Surface;
  /** The section to start in (the side panel's remembered one). */
  initialSection?: Section;
  /** Told each time the section changes (the side panel remembers it). */
  onSectionChange?: (section: Section) => void;
  /** Opens the side panel beside the page (the popup's "keep open" button); absent where it can't. */
  openPanel?: () => void;
}

const NO_TEAM_LISTS: ReadonlyStore<StoredTeamList[]> = {
  get: () => Promise.resolve([]),
  watch: () => () => undefined,
};
const NO_POLICY: ReadonlyStore<ManagedPolicy> = {
  get: () => Promise.resolve({ problems: [] }),
  watch: () => () => undefined,
};

export function App({
  initialLang,
  onLanguageChosen,
  pageServices,
  myTips,
  ownTerms,
  settings,
  teamLists = NO_TEAM_LISTS,
  managed = NO_POLICY,
  newId,
  initialTip = null,
  today = new Date(),
  storedData = NO_STORED_DATA,
  surface = 'popup',
  initialSection = 'tips',
  onSectionChange,
  openPanel,
}: Props) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [section, setSection] = useState<Section>(initialTip ? 'tips' : initialSection);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<TipId>>(
    new Set(initialTip ? [initialTip] : []),
  );
  const [focusTip, setFocusTip] = useState<TipId | null>(initialTip);
  const [answers, setAnswers] = useState<Answers>({});
  const [showReadout, setShowReadout] = useState(false);
  const [announcement, setAnnouncement] = useAnnouncer();

  const c = content[lang];
  const { ui } = c;
  const storedTips = useStoredValue(myTips);
  const liveTips = useMemo(() => visibleTips(storedTips ?? []), [storedTips]);
  const kept = useMemo(
    () => new Set(liveTips.flatMap((tip) => (tip.builtIn ? [tip.builtIn] : []))),
    [liveTips],
  );
  const userLists = useStoredValue(teamLists);
  const policy = useStoredValue(managed);
  // The lists in use: the organisation's, and the user's that are switched on.
  const teams = useMemo(
    () => shownTeamLists(userLists ?? [], policy?.teamLists ?? []).filter((shown) => shown.enabled),
    [userLists, policy],
  );
  const teamTerms = useMemo(
    () => activeTeamTerms(userLists ?? [], policy?.teamLists ?? []),
    [userLists, policy],
  );
  const copyTeamTip = useCopyTeamTip(c, myTips, newId);
  const index = useMemo(
    () => [
      ...myTipDocs(liveTips, c),
      ...teamListDocs(teams.map((shown) => shown.list)),
      ...buildSearchIndex(c),
    ],
    [c, liveTips, teams],
  );
  const hits = useMemo(() => search(index, query), [index, query]);
  const [focusMyTip, setFocusMyTip] = useState<string | null>(null);
  const searching = query.trim() !== '';
  const todaysTip = tipOfTheDay(today);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = ui.appName;
  }, [lang, ui]);

  useEffect(() => {
    onSectionChange?.(section);
  }, [section, onSectionChange]);

  // After "open this tip" from elsewhere: bring the opened card into view and focus it.
  useLayoutEffect(() => {
    if (!focusTip) return;
    const toggle = document.getElementById(`tip-toggle-${focusTip}`);
    toggle?.scrollIntoView({ block: 'nearest' });
    toggle?.focus();
    setFocusTip(null);
  }, [focusTip]);

  const toggleTip = useCallback((id: TipId) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const openTip = useCallback((id: TipId) => {
    setQuery('');
    setSection('tips');
    setExpanded((current) => new Set(current).add(id));
    setFocusTip(id);
  }, []);

  const keepTip = (id: TipId) => {
    myTips
      .update((list) => addTip(list, { text: '', builtIn: id }, Date.now(), newId()))
      .then(
        () => setAnnouncement(ui.tipKept),
        (error: unknown) => setAnnouncement(isListFull(error) ? ui.tooManyTips : ui.saveFailed),
      );
  };

  const openMyTip = (id: string) => {
    setQuery('');
    setSection('my-tips');
    setFocusMyTip(id);
  };

  const chooseLanguage = (next: Lang) => {
    setLang(next);
    onLanguageChosen(next);
  };

  const selectSection = (next: Section) => {
    setQuery('');
    setSection(next);
  };

  const tabs: TabDef<Section>[] = SECTIONS.filter((def) => def.place.tab).map((def) => ({
    id: def.id,
    label: def.label(ui),
  }));
  const onTab = sectionOf(section).place.tab;
  const sectionProps: SectionProps = {
    c,
    surface,
    todaysTip,
    expanded,
    onToggleTip: toggleTip,
    onOpenTip: openTip,
    kept,
    onKeepTip: keepTip,
    myTips,
    newId,
    focusMyTip,
    onMyTipFocused: () => setFocusMyTip(null),
    teams,
    onCopyTeamTip: copyTeamTip,
    answers,
    onAnswer: (id, answer) => setAnswers((current) => ({ ...current, [id]: answer })),
    showReadout,
    onShowReadout: () => setShowReadout(true),
    onResetSelfCheck: () => {
      setAnswers({});
      setShowReadout(false);
    },
    pageServices,
    ownTerms,
    settings,
    teamTerms,
  };

  return (
    <AnnounceContext.Provider value={setAnnouncement}>
      <header class="app-header">
        <div class="brand">
          <h1>{ui.appName}</h1>
          <p class="tagline">{ui.tagline}</p>
        </div>
        <div class="header-actions">
          {SECTIONS.map((def) =>
            def.place.tab ? null : (
              <button
                key={def.id}
                type="button"
                class={def.place.buttonClass}
                aria-pressed={section === def.id && !searching}
                onClick={() => selectSection(def.id)}
              >
                {def.label(ui)}
              </button>
            ),
          )}
          <LanguageSwitch lang={lang} ui={ui} onChange={chooseLanguage} />
        </div>
      </header>
      <div class="search" role="search">
        <label for="search-input" class="visually-hidden">
          {ui.searchLabel}
        </label>
        <input
          id="search-input"
          type="search"
          placeholder={ui.searchPlaceholder}
          value={query}
          autoComplete="off"
          spellcheck={false}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query !== '') {
              event.preventDefault();
              setQuery('');
            }
          }}
        />
      </div>
      <main>
        <StoredDataNotice ui={ui} services={storedData} />
        {openPanel && (
          <p class="open-panel">
            <button type="button" class="link-button" onClick={openPanel}>
              {ui.openSidePanel}
            </button>
          </p>
        )}
        {pageServices.activePdf && pageServices.openPdf && (
          <OpenPdfButton ui={ui} findPdf={pageServices.activePdf} open={pageServices.openPdf} />
        )}
        <Tabs
          tabs={tabs}
          selected={section}
          label={ui.sectionsLabel}
          active={!searching && onTab}
          onSelect={selectSection}
        >
          {/* One part that cannot be shown leaves the tabs, search and the others working. */}
          <SectionBoundary key={searching ? 'search' : section} ui={ui} services={storedData}>
            {searching ? (
              <SearchResults
                content={c}
                query={query.trim()}
                hits={hits}
                onOpenTip={openTip}
                myTips={new Map(liveTips.map((tip) => [tip.id, tip]))}
                onOpenMyTip={openMyTip}
                teamLists={teams}
                onCopyTeamTip={copyTeamTip}
              />
            ) : (
              sectionOf(section).render(sectionProps)
            )}
          </SectionBoundary>
        </Tabs>
      </main>
      <LiveRegion announcement={announcement} />
    </AnnounceContext.Provider>
  );
}
