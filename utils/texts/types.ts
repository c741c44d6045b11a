import type { GlossaryId } from './glossary-links';
import type { Lang } from './ids';
import type { CrisisLineId, CrisisRegion } from './crisis-lines';
import type {
  LimitedChoiceId,
  PrincipleId,
  SelfCareId,
  SelfCheckId,
  TeamListErrorCode,
  TipId,
} from './ids';

/** One of Plett's eight tips, retold in this project's own words. */
export interface TipText {
  /** Short title in our own words (not Plett's sentence). */
  title: string;
  /** One line: what the tip comes down to. */
  essence: string;
  /** Two or three concrete "in practice" cues: what you do or say. */
  cues: string[];
  /** What the rescuing version of this looks like. */
  watchOut: string;
  /** One question to reflect on. */
  question: string;
  /**
   * Where the tip could be read as "never step in": that danger is the exception (shown
   * with the tip, in the same words wherever a tip needs it).
   */
  whenInDanger?: string;
}

export interface PrincipleText {
  title: string;
  /** Two or three sentences. */
  body: string;
}

export interface SelfCheckText {
  question: string;
  /** Optional one-line hint shown under the question. */
  hint?: string;
  /** One kind sentence for the read-out when the answer leans towards rescuing. */
  ifConcern: string;
  /** One kind sentence for the read-out when the answer is "not sure". */
  ifUnsure: string;
  /**
   * For a question whose concern answer is not a concern by itself (its rule has
   * `onlyWith`): the kind sentence when it stands alone.
   */
  ifAlone?: string;
}

export interface Credit {
  title: string;
  /** Who and when, e.g. "Heather Plett, blog post, March 2015". */
  detail: string;
  url?: string;
}

export interface AboutText {
  /** Short introduction to holding space: what it is. Paragraphs. */
  intro: string[];
  /** Where it comes from. Paragraphs. */
  origin: string[];
  /** The kind note that this supports, and does not replace, supervision, training or care. */
  disclaimer: string;
  credits: Credit[];
}

/** What finds a glossary entry on a page, per language (see ./en/glossary-terms.ts). */
export interface GlossaryTerm {
  /**
   * The forms that find this entry wherever they stand, because they mean this (nearly)
   * everywhere they are used: inflections, spelling variants, plural, verb forms. Case does
   * not matter. A single word here is justified in ./<lang>/unambiguous-words.ts.
   */
  variants: string[];
  /**
   * The forms that also have a common everyday sense ("rescue" a whale, a "container" of
   * rice, traffic "veiligheid"): found only where the page, or the section they stand in,
   * is about care and helping (see utils/highlight/care-context.ts), unless the user asks
   * for everyday words everywhere. The headword is in `variants` or here.
   */
  everyday?: string[];
  /**
   * How the sense of an everyday form is read where it stands (see
   * utils/highlight/senses.ts): words near it or on the page that confirm the care sense,
   * or show another one. Each cue carries its reason.
   */
  senses?: SenseCues;
}

/** The words, per language, that tell a text is about care (./care-words.ts). */
export type CareWordsByLang = Readonly<Record<Lang, readonly string[]>>;

/** One cue: what is looked for, and why it tells the sense. */
export interface SenseCue {
  /**
   * Near the form (its sentence): regular-expression sources, matched case-insensitively
   * as whole words. On the page: plain words or phrases, matched as the terms are.
   */
  cues: readonly string[];
  reason: string;
}

/** The cues of one glossary entry's everyday forms, in one language. */
export interface SenseCues {
  /** In the same sentence: the care sense. */
  careNear?: readonly SenseCue[];
  /** In the same sentence: another sense (this wins over every other cue). */
  otherNear?: readonly SenseCue[];
  /** Anywhere in the section or page: a page about this care concept. */
  careOnPage?: readonly SenseCue[];
  /** Anywhere in the section or page: a page about another sense (KNRM, property lines). */
  otherOnPage?: readonly SenseCue[];
  /** Glossary entries whose care-sense forms on the page make it about this care concept. */
  careWith?: { ids: readonly GlossaryId[]; reason: string };
  /**
   * Why no cue is written for these forms: their other senses are rare or leave no word
   * to tell them by, so the text around them decides alone.
   */
  contextOnly?: string;
}

/** What is shown of a glossary entry, per language (see ./en/glossary.ts). */
export interface GlossaryEntryText {
  /** The headword, as shown on the card, in the popup and in search. */
  term: string;
  /** One or two sentences. */
  explanation: string;
}

export interface GlossaryText extends GlossaryTerm, GlossaryEntryText {}

/** Language-neutral facts about a glossary entry. */
export interface GlossaryLinks {
  tips: TipId[];
  principles: PrincipleId[];
  /** Where a framework or concept comes from, e.g. "Stephen Karpman, 1968". */
  source?: string;
}

/** Language-neutral rule of one self-check question. */
export interface SelfCheckRule {
  /** The answer that leans towards rescuing rather than a helping hand. */
  concern: 'yes' | 'no';
  /**
   * When set, the concern answer leans towards rescuing only together with a concern on one
   * of these questions; alone, the read-out gives the question's `ifAlone` sentence instead
   * ("they didn't ask" alone is no reason to stay away: someone may be too lost to ask).
   */
  onlyWith?: SelfCheckId[];
  tips: TipId[];
  principles: PrincipleId[];
}

/**
 * What to do when someone is in danger, and where to turn (About and the self-check); and,
 * under a heading of its own, where to turn just to talk. The numbers are language-neutral,
 * in ./crisis-lines.ts; each language names and describes them.
 */
export interface SafetyText {
  /** "When someone is in danger". */
  title: string;
  /** Said once, kindly: in danger, stepping in is right and is not rescuing. */
  danger: string;
  /** Ask directly about suicide: asking does not put the idea in someone's head. */
  askAboutSuicide: string;
  /** One line before the self-check's questions. */
  beforeCheck: string;
  /** Above the lines: "Where to turn, now". */
  linesTitle: string;
  regions: Record<CrisisRegion, string>;
  /**
   * After a region's lines for danger: where to go in an acute crisis that is not a call
   * for the emergency number (the huisarts, the huisartsenpost).
   */
  regionNotes: Record<CrisisRegion, string>;
  /** What each line is for, after its number. */
  lines: Record<CrisisLineId, string>;
  /** Between two numbers of one line: "or". */
  or: string;
  /** For anywhere else: 112 in the EU, or the local emergency number. */
  elsewhere: string;
  /** The heading of the lines for talking, not for danger: "To talk to someone". */
  talkTitle: string;
  /** One line under it: who these lines are for. */
  talkIntro: string;
}

export type Tips = Record<TipId, TipText>;
export type Principles = Record<PrincipleId, PrincipleText>;
export type SelfCheckTexts = Record<SelfCheckId, SelfCheckText>;

/** One everyday situation for a tip, from a setting helpers know (shown in the opened tip). */
export interface TipExample {
  /** Where it happens, a few words: "Youth care", "A friend". */
  setting: string;
  /** Two or three sentences: what happened and what the helper did. */
  story: string;
  /** Optionally, a phrasing to swap: what a helper might say, and what to try instead. */
  phrasing?: { insteadOf: string; tryThis: string };
}

/** One part of a short guide: a heading, an optional line, and a few concrete points. */
export interface GuidePart {
  title: string;
  intro?: string;
  points: string[];
}

/** A short guide of a few parts ("Holding space for yourself", "When choice is limited"). */
export interface GuideText<Id extends string> {
  title: string;
  intro: string;
  parts: Record<Id, GuidePart>;
  /** Where the ideas come from, in one line. */
  source: string;
}

export type TipExamples = Record<TipId, TipExample>;
export type SelfCareText = GuideText<SelfCareId>;
export type LimitedChoiceText = GuideText<LimitedChoiceId>;

/**
 * Team lists (tips and terms a team shares, or an organisation sets): their part of the
 * options page, their tips in the popup, and the card of a team term.
 */
export interface TeamListsText {
  title: string;
  intro: string;
  /** On a team term's card and beside a team tip: `{name}` and `{version}` filled in. */
  fromList: string;
  /** Beside what an organisation set through browser policy. */
  setByOrganisation: string;
  noLists: string;
  /** The list's details: who publishes it, its date, how many tips and terms. */
  meta: (publisher: string, date: string, tips: number, terms: number) => string;
  useList: string;
  remove: string;
  removeConfirm: (name: string) => string;
  removeYes: string;
  removeNo: string;
  removed: (name: string) => string;
  switchedOn: (name: string) => string;
  switchedOff: (name: string) => string;
  tipsHeading: (count: number) => string;
  termsHeading: (count: number) => string;
  copyToMyTips: string;
  copied: string;
  addTitle: string;
  addLabel: string;
  previewNew: (name: string, version: number) => string;
  previewNewer: (name: string, from: number, to: number) => string;
  previewBy: (publisher: string, date: string) => string;
  previewAdds: (tips: number, terms: number) => string;
  changesTips: (added: number, changed: number, removed: number) => string;
  changesTerms: (added: number, changed: number, removed: number) => string;
  changesList: string;
  changesNone: string;
  addApply: string;
  updateApply: string;
  cancel: string;
  added: (name: string) => string;
  updated: (name: string, version: number) => string;
  older: (name: string, kept: number, offered: number) => string;
  same: (name: string, version: number) => string;
  conflict: (name: string, version: number) => string;
  managed: (name: string) => string;
  full: string;
  tooLarge: string;
  errors: Record<TeamListErrorCode, string>;
  /** A backup, chosen where a team list belongs. */
  isBackup: string;
  shareTitle: string;
  shareIntro: string;
  shareStartFrom: string;
  shareAsNew: string;
  shareNewVersionOf: (name: string, version: number) => string;
  shareName: string;
  sharePublisher: string;
  shareVersion: string;
  shareVersionHint: string;
  shareLanguage: string;
  shareTips: string;
  shareTerms: string;
  shareNothingYet: string;
  shareSave: string;
  shareSaved: string;
  shareNeedsName: string;
  shareNeedsItems: string;
  /** The organisation's policy: lines an administrator can act on. */
  policyProblems: (count: number) => string;
  thisPageOffByOrganisation: (host: string) => string;
  syncSetByOrganisation: string;
  sitesSetByOrganisation: string;
  languageSetByOrganisation: (language: string) => string;
}
