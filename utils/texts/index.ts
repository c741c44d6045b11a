/**
 * The one place the extension's content comes from: tips, principles, self-check,
 * introduction and credits, glossary and UI text, per language. Components receive a
 * `Content` and never import language files themselves.
 */
import { about as aboutEn } from './en/about';
import { glossaryEntries as entriesEn } from './en/glossary';
import { glossaryTerms as termsEn } from './en/glossary-terms';
import { principles as principlesEn } from './en/principles';
import { safety as safetyEn } from './en/safety';
import { selfCheck as selfCheckEn } from './en/self-check';
import { limitedChoice as limitedChoiceEn } from './en/limited-choice';
import { selfCare as selfCareEn } from './en/self-care';
import { tipExamples as tipExamplesEn } from './en/tip-examples';
import { teamLists as teamListsEn } from './en/team-lists';
import { tips as tipsEn } from './en/tips';
import { ui as uiEn } from './en/ui';
import { GLOSSARY_IDS } from './glossary-links';
import type { GlossaryId } from './glossary-links';
import type { Lang } from './ids';
import { about as aboutNl } from './nl/about';
import { glossaryEntries as entriesNl } from './nl/glossary';
import { glossaryTerms as termsNl } from './nl/glossary-terms';
import { principles as principlesNl } from './nl/principles';
import { safety as safetyNl } from './nl/safety';
import { selfCheck as selfCheckNl } from './nl/self-check';
import { limitedChoice as limitedChoiceNl } from './nl/limited-choice';
import { selfCare as selfCareNl } from './nl/self-care';
import { tipExamples as tipExamplesNl } from './nl/tip-examples';
import { teamLists as teamListsNl } from './nl/team-lists';
import { tips as tipsNl } from './nl/tips';
import { ui as uiNl } from './nl/ui';
import type {
  AboutText,
  GlossaryEntryText,
  GlossaryTerm,
  GlossaryText,
  LimitedChoiceText,
  Principles,
  SafetyText,
  SelfCareText,
  SelfCheckTexts,
  TeamListsText,
  TipExamples,
  Tips,
} from './types';
import type { UiText } from './ui-types';

export interface Content {
  lang: Lang;
  tips: Tips;
  principles: Principles;
  selfCheck: SelfCheckTexts;
  about: AboutText;
  glossary: Record<GlossaryId, GlossaryText>;
  ui: UiText;
  /** When someone is in danger, and where to turn (About and the self-check). */
  safety: SafetyText;
  /** One everyday example per tip, shown when a tip is opened. */
  tipExamples: TipExamples;
  /** "Holding space for yourself": its own section of the popup. */
  selfCare: SelfCareText;
  /** "When choice is limited": mandated help and a duty to report (principles tab). */
  limitedChoice: LimitedChoiceText;
  /** Team lists: the options page's part, team tips in the popup, a team term's card. */
  teamLists: TeamListsText;
}

function glossary(
  terms: Record<GlossaryId, GlossaryTerm>,
  entries: Record<GlossaryId, GlossaryEntryText>,
): Record<GlossaryId, GlossaryText> {
  return Object.fromEntries(
    GLOSSARY_IDS.map((id) => [id, { ...terms[id], ...entries[id] }]),
  ) as Record<GlossaryId, GlossaryText>;
}

export const content: Record<Lang, Content> = {
  en: {
    lang: 'en',
    tips: tipsEn,
    principles: principlesEn,
    selfCheck: selfCheckEn,
    about: aboutEn,
    glossary: glossary(termsEn, entriesEn),
    ui: uiEn,
    safety: safetyEn,
    tipExamples: tipExamplesEn,
    selfCare: selfCareEn,
    limitedChoice: limitedChoiceEn,
    teamLists: teamListsEn,
  },
  nl: {
    lang: 'nl',
    tips: tipsNl,
    principles: principlesNl,
    selfCheck: selfCheckNl,
    about: aboutNl,
    glossary: glossary(termsNl, entriesNl),
    ui: uiNl,
    safety: safetyNl,
    tipExamples: tipExamplesNl,
    selfCare: selfCareNl,
    limitedChoice: limitedChoiceNl,
    teamLists: teamListsNl,
  },
};
