/** Types and helpers of the card's texts; no content here (see ./build-card-texts.ts). */
import type { Lang, TipId } from './ids';

/** What the hover card and the page's announcements say, in one language. */
export interface CardTexts {
  lang: Lang;
  relatedTip: string;
  hideTerm: string;
  announceNone: string;
  announceSiteOff: string;
  announceSiteOn: string;
  announceTermTemplate: string;
  /** Shown on the card of one of the user's own terms. */
  ownTermLabel: string;
  /** Shown on the card of a team list's term: `{name}` and `{version}` are filled in. */
  teamTermLabel: string;
  /** The title of the "Highlight this term" frame (the form itself is an extension page). */
  askTermTitle: string;
  entries: Record<string, CardEntry>;
}

export interface CardEntry {
  term: string;
  explanation: string;
  /** "Source: Stephen Karpman, 1968", when the entry names one. */
  source?: string;
  tips: { id: TipId; label: string }[];
}

/** Fills {name} placeholders; unknown ones stay as they are. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
