import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { About } from '../../components/About';
import { AnnounceContext, LiveRegion, useAnnouncer } from '../../components/announcer';
import { Guide } from '../../components/Guide';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { MyTipsPanel } from '../../components/MyTipsPanel';
import type { HighlightSettings } from '../../utils/settings/highlight-settings';
import type { Store } from '../../components/stored-value';
import { useStoredValue } from '../../components/stored-value';
import { PrincipleList } from '../../components/PrincipleList';
import { SearchResults } from '../../components/SearchResults';
import { SelfCheck } from '../../components/SelfCheck';
import { OpenPdfButton } from '../../components/OpenPdfButton';
import { NO_STORED_DATA, SectionBoundary, StoredDataNotice } from '../../components/StoredData';
import type { StoredDataServices } from '../../components/StoredData';
import { Tabs } from '../../components/Tabs';
import { ThisPagePanel } from '../../components/ThisPagePanel';
import type { PageServices } from '../../components/ThisPagePanel';
import type { TabDef } from '../../components/Tabs';
import { SafetyNote } from '../../components/SafetyNote';
import { TipList } from '../../components/TipList';
import { TipOfTheDay } from '../../components/TipOfTheDay';
import { content } from '../../utils/texts';
import { LIMITED_CHOICE_IDS, SELF_CARE_IDS } from '../../utils/texts/ids';
import type { Lang, SelfCheckId, TipId } from '../../utils/texts/ids';
import type { Answer, Answers } from '../../utils/texts/self-check-readout';
import { tipOfTheDay } from '../../utils/texts/tip-of-the-day';
import { isListFull } from '../../utils/my-data/model';
import type { MyTip, OwnTerm } from '../../utils/my-data/model';
import { addTip, visibleTips } from '../../utils/my-data/tips-ops';
import { buildSearchIndex, myTipDocs, search, teamListDocs } from '../../utils/search/search';
import { shownTeamLists } from '../../utils/my-data/team-lists';
import type { StoredTeamList } from '../../utils/my-data/team-lists';
import type { ManagedPolicy } from '../../utils/my-data/managed-policy';
import { activeTeamTerms } from '../../utils/highlight/team-terms';
import { TeamListView } from '../../components/TeamListView';
import { useCopyTeamTip } from '../../components/TeamListsPanel';
import type { ReadonlyStore } from '../../components/TeamListsPanel';

export type Section =
  'tips' | 'my-tips' | 'principles' | 'self-check' | 'this-page' | 'about' | 'self-care';

/** Every section, for reading a remembered one back (the side panel). */
export const SECTIONS: readonly Section[] = [
  'tips',
  'my-tips',
  'principles',
  'self-check',
  'this-page',
  'about',
  'self-care',
];

/**
 * Where the view is shown: the toolbar popup, or the side panel (Chrome) / sidebar
 * (Firefox) that stays open beside the page, from 300 px wide to as wide as the user drags it.
 */
export type Surface = 'popup' | 'panel';

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

  const tabs: TabDef<Section>[] = [
    { id: 'tips', label: ui.tabTips },
    { id: 'my-tips', label: ui.tabMyTips },
    { id: 'principles', label: ui.tabPrinciples },
    { id: 'self-check', label: ui.tabSelfCheck },
    { id: 'this-page', label: ui.tabThisPage },
  ];

  return (
    <AnnounceContext.Provider value={setAnnouncement}>
      <header class="app-header">
        <div class="brand">
          <h1>{ui.appName}</h1>
          <p class="tagline">{ui.tagline}</p>
        </div>
        <div class="header-actions">
          <button
            type="button"
            class="self-care-button"
            aria-pressed={section === 'self-care' && !searching}
            onClick={() => selectSection('self-care')}
          >
            {ui.selfCareButton}
          </button>
          <button
            type="button"
            class="about-button"
            aria-pressed={section === 'about' && !searching}
            onClick={() => selectSection('about')}
          >
            {ui.aboutButton}
          </button>
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
          active={!searching && section !== 'about' && section !== 'self-care'}
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
            ) : section === 'tips' ? (
              <>
                {/* One tap from the tips (popup and side panel) to where to turn in danger. */}
                <details class="in-danger">
                  <summary>{ui.inDanger}</summary>
                  <SafetyNote safety={c.safety} level={3} />
                </details>
                <TipOfTheDay id={todaysTip} tip={c.tips[todaysTip]} ui={ui} onOpen={openTip} />
                <TipList
                  tips={c.tips}
                  ui={ui}
                  expanded={expanded}
                  onToggle={toggleTip}
                  kept={kept}
                  onKeep={keepTip}
                  examples={c.tipExamples}
                  copyCues={surface === 'panel'}
                />
                <p class="pocket-card-link">
                  <a href="/pocket-card.html" target="_blank" rel="noopener">
                    {ui.pocketCardLink}
                    <span class="visually-hidden"> {ui.opensInNewTab}</span>
                  </a>
                </p>
              </>
            ) : section === 'my-tips' ? (
              <>
                <MyTipsPanel
                  content={c}
                  store={myTips}
                  newId={newId}
                  focusId={focusMyTip}
                  onFocused={() => setFocusMyTip(null)}
                />
                {teams.length > 0 && (
                  <section class="team-lists" aria-labelledby="team-lists-heading">
                    <h2 id="team-lists-heading">{c.teamLists.title}</h2>
                    {teams.map((shown) => (
                      <TeamListView
                        key={shown.list.id}
                        content={c}
                        shown={shown}
                        onCopyTip={copyTeamTip}
                      />
                    ))}
                  </section>
                )}
              </>
            ) : section === 'principles' ? (
              <>
                <PrincipleList principles={c.principles} ui={ui} />
                <Guide guide={c.limitedChoice} ids={LIMITED_CHOICE_IDS} idPrefix="limited-choice" />
              </>
            ) : section === 'self-check' ? (
              <SelfCheck
                content={c}
                answers={answers}
                onAnswer={(id: SelfCheckId, answer: Answer) =>
                  setAnswers((current) => ({ ...current, [id]: answer }))
                }
                showReadout={showReadout}
                onShowReadout={() => setShowReadout(true)}
                onReset={() => {
                  setAnswers({});
                  setShowReadout(false);
                }}
                onOpenTip={openTip}
              />
            ) : section === 'about' ? (
              <About about={c.about} ui={ui} safety={c.safety} />
            ) : section === 'self-care' ? (
              <Guide guide={c.selfCare} ids={SELF_CARE_IDS} idPrefix="self-care" />
            ) : (
              <ThisPagePanel
                content={c}
                services={pageServices}
                ownTerms={ownTerms}
                settings={settings}
                teamTerms={teamTerms}
              />
            )}
          </SectionBoundary>
        </Tabs>
      </main>
      <LiveRegion announcement={announcement} />
    </AnnounceContext.Provider>
  );
}
