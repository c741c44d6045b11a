import type { JSX } from 'preact';
import { About } from '../About';
import { Guide } from '../Guide';
import { MyTipsPanel } from '../MyTipsPanel';
import { PrincipleList } from '../PrincipleList';
import { SafetyNote } from '../SafetyNote';
import { SelfCheck } from '../SelfCheck';
import type { Store } from '../stored-value';
import { TeamListView } from '../TeamListView';
import { ThisPagePanel } from '../ThisPagePanel';
import type { PageServices } from '../ThisPagePanel';
import { TipList } from '../TipList';
import { TipOfTheDay } from '../TipOfTheDay';
import type { Content } from '../../utils/texts';
import { LIMITED_CHOICE_IDS, SELF_CARE_IDS } from '../../utils/texts/ids';
import type { SelfCheckId, TipId } from '../../utils/texts/ids';
import type { UiText } from '../../utils/texts/ui-types';
import type { Answer, Answers } from '../../utils/texts/self-check-readout';
import type { MyTip, OwnTerm } from '../../utils/my-data/model';
import type { ShownTeamList } from '../../utils/my-data/team-lists';
import type { TeamTip } from '../../utils/my-data/team-list-format';
import type { HighlightSettings } from '../../utils/settings/highlight-settings';
import type { Surface } from './surface';

/**
 * What a section is shown with: the App's state and what the user can do from it. The App
 * (./App.tsx) makes one of these for each render; a section takes what it needs.
 */
export interface SectionProps {
  c: Content;
  surface: Surface;
  todaysTip: TipId;
  expanded: ReadonlySet<TipId>;
  onToggleTip: (id: TipId) => void;
  onOpenTip: (id: TipId) => void;
  kept: ReadonlySet<TipId>;
  onKeepTip: (id: TipId) => void;
  myTips: Store<MyTip[]>;
  newId: () => string;
  focusMyTip: string | null;
  onMyTipFocused: () => void;
  teams: readonly ShownTeamList[];
  onCopyTeamTip: (tip: TeamTip) => void;
  answers: Answers;
  onAnswer: (id: SelfCheckId, answer: Answer) => void;
  showReadout: boolean;
  onShowReadout: () => void;
  onResetSelfCheck: () => void;
  pageServices: PageServices;
  ownTerms: Store<OwnTerm[]>;
  settings: Store<HighlightSettings>;
  teamTerms: readonly { id: string; term: string }[];
}

interface SectionDef {
  id: string;
  /** Opened from the tabs, or from a button in the header (with this class). */
  place: { tab: true } | { tab: false; buttonClass: string };
  label: (ui: UiText) => string;
  render: (props: SectionProps) => JSX.Element;
}

/**
 * The popup's and side panel's sections, in the order of their tabs (then the header's
 * buttons): the one list the section type, the tabs, the header buttons and the body come
 * from. A new section is one entry here, and its texts.
 */
export const SECTIONS = [
  {
    id: 'tips',
    place: { tab: true },
    label: (ui) => ui.tabTips,
    render: (p) => (
      <>
        {/* One tap from the tips (popup and side panel) to where to turn in danger. */}
        <details class="in-danger">
          <summary>{p.c.ui.inDanger}</summary>
          <SafetyNote safety={p.c.safety} level={3} />
        </details>
        <TipOfTheDay
          id={p.todaysTip}
          tip={p.c.tips[p.todaysTip]}
          ui={p.c.ui}
          onOpen={p.onOpenTip}
        />
        <TipList
          tips={p.c.tips}
          ui={p.c.ui}
          expanded={p.expanded}
          onToggle={p.onToggleTip}
          kept={p.kept}
          onKeep={p.onKeepTip}
          examples={p.c.tipExamples}
          copyCues={p.surface === 'panel'}
        />
        <p class="pocket-card-link">
          <a href="/pocket-card.html" target="_blank" rel="noopener">
            {p.c.ui.pocketCardLink}
            <span class="visually-hidden"> {p.c.ui.opensInNewTab}</span>
          </a>
        </p>
      </>
    ),
  },
  {
    id: 'my-tips',
    place: { tab: true },
    label: (ui) => ui.tabMyTips,
    render: (p) => (
      <>
        <MyTipsPanel
          content={p.c}
          store={p.myTips}
          newId={p.newId}
          focusId={p.focusMyTip}
          onFocused={p.onMyTipFocused}
        />
        {p.teams.length > 0 && (
          <section class="team-lists" aria-labelledby="team-lists-heading">
            <h2 id="team-lists-heading">{p.c.teamLists.title}</h2>
            {p.teams.map((shown) => (
              <TeamListView
                key={shown.list.id}
                content={p.c}
                shown={shown}
                onCopyTip={p.onCopyTeamTip}
              />
            ))}
          </section>
        )}
      </>
    ),
  },
  {
    id: 'principles',
    place: { tab: true },
    label: (ui) => ui.tabPrinciples,
    render: (p) => (
      <>
        <PrincipleList principles={p.c.principles} ui={p.c.ui} />
        <Guide guide={p.c.limitedChoice} ids={LIMITED_CHOICE_IDS} idPrefix="limited-choice" />
      </>
    ),
  },
  {
    id: 'self-check',
    place: { tab: true },
    label: (ui) => ui.tabSelfCheck,
    render: (p) => (
      <SelfCheck
        content={p.c}
        answers={p.answers}
        onAnswer={p.onAnswer}
        showReadout={p.showReadout}
        onShowReadout={p.onShowReadout}
        onReset={p.onResetSelfCheck}
        onOpenTip={p.onOpenTip}
      />
    ),
  },
  {
    id: 'this-page',
    place: { tab: true },
    label: (ui) => ui.tabThisPage,
    render: (p) => (
      <ThisPagePanel
        content={p.c}
        services={p.pageServices}
        ownTerms={p.ownTerms}
        settings={p.settings}
        teamTerms={p.teamTerms}
      />
    ),
  },
  {
    id: 'self-care',
    place: { tab: false, buttonClass: 'self-care-button' },
    label: (ui) => ui.selfCareButton,
    render: (p) => <Guide guide={p.c.selfCare} ids={SELF_CARE_IDS} idPrefix="self-care" />,
  },
  {
    id: 'about',
    place: { tab: false, buttonClass: 'about-button' },
    label: (ui) => ui.aboutButton,
    render: (p) => <About about={p.c.about} ui={p.c.ui} safety={p.c.safety} />,
  },
] as const satisfies readonly SectionDef[];

export type Section = (typeof SECTIONS)[number]['id'];

/** Every section's id, for reading a remembered one back (the side panel). */
export const SECTION_IDS: readonly Section[] = SECTIONS.map((section) => section.id);

/** The definition of one section. */
export const sectionOf = (id: Section): SectionDef =>
  SECTIONS.find((section) => section.id === id) ?? SECTIONS[0];
