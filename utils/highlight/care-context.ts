import type { EverydayMode } from '../settings/highlight-settings';
import type { BlockSignals, Sense } from './senses';

/**
 * Which found terms are shown. Unambiguous glossary forms, the user's own terms and team
 * terms are always shown. A form with a common everyday sense ("rescue", "container",
 * "veiligheid") is decided where it stands, one occurrence at a time (see ./senses.ts for
 * what is read):
 * 1. a cue in its sentence that shows another sense holds it back ("rescue inhaler");
 * 2. a cue in its sentence that confirms the care sense shows it ("rescuer" beside
 *    "drama triangle");
 * 3. its entry's page cues: another sense on the page (KNRM, a land survey) holds it back,
 *    unless the page also has a cue for the care sense (a page about the drama triangle
 *    shows every "redder" on it);
 * 4. otherwise the text around it must be about care: enough different care signals (care
 *    words, unambiguous glossary terms, confirmed everyday terms) in its paragraph, its
 *    section, or the whole page, where headings and the title count twice; the whole page
 *    also needs a glossary term among them.
 * The user can have everyday forms everywhere, or never. Plain TypeScript, no browser globals.
 */

/** Different care signals in the paragraph that make it about care. */
export const BLOCK_CONTEXT = 2;
/** …in the section (article, aside, region) it stands in. */
export const SECTION_CONTEXT = 3;
/**
 * …in the whole page. Higher than a section's: on a news front page, one care story in a
 * sidebar should not light up "rescue" in every other story.
 */
export const PAGE_CONTEXT = 4;

/** Why an everyday form was shown or held back. */
export type Reason =
  | 'other sense near'
  | 'care sense near'
  | 'other sense on the page'
  | 'care concept on the page'
  | 'care paragraph'
  | 'care section'
  | 'care page'
  | 'no care around';

const SHOWN_FOR: ReadonlySet<Reason> = new Set<Reason>([
  'care sense near',
  'care concept on the page',
  'care paragraph',
  'care section',
  'care page',
]);

export interface ContextItem {
  /** A glossary id, an own term's (OWN_TERM_PREFIX) or a team term's id. */
  id: string;
  /** Found by an everyday form. */
  everyday: boolean;
  /** What its own sentence says of its sense, if anything. */
  near?: Sense | null;
}

/** Where a found term, or a block's signals, stands: its block and its section. */
export interface Place<B, S> {
  block: B;
  /** Null: in no section (the page is its section). */
  section: S | null;
}

export interface PlacedSignals<B, S> extends Place<B, S>, BlockSignals {}

export interface Shown<T> {
  shown: T[];
  /** Everyday forms found but not shown: the popup offers to show them on this page. */
  heldBack: number;
}

interface Tally {
  care: Set<string>;
  headingCare: Set<string>;
  cues: Set<string>;
}

const newTally = (): Tally => ({ care: new Set(), headingCare: new Set(), cues: new Set() });
const addTo = (tally: Tally, signals: BlockSignals) => {
  for (const key of signals.care) {
    tally.care.add(key);
    if (signals.heading) tally.headingCare.add(key);
  }
  for (const cue of signals.cues) tally.cues.add(cue);
};
const weight = (tally: Tally | undefined) => (tally ? tally.care.size + tally.headingCare.size : 0);

/**
 * `placeOf` tells where an item stands; `signals` are every block's signals on the page
 * (blocks without any left out), the title's among them (a heading in no section).
 */
export function visibleTerms<T extends ContextItem, B, S>(
  found: readonly T[],
  placeOf: (item: T) => Place<B, S>,
  signals: Iterable<PlacedSignals<B, S>>,
  mode: EverydayMode,
  /** Told why each everyday form was shown or held back (the sense benchmark prints it). */
  explain?: (item: T, why: Reason) => void,
): Shown<T> {
  if (mode === 'everywhere' || !found.some((item) => item.everyday)) {
    return { shown: [...found], heldBack: 0 };
  }
  if (mode === 'never') {
    const shown = found.filter((item) => !item.everyday);
    return { shown, heldBack: found.length - shown.length };
  }
  const page = newTally();
  const bySection = new Map<S, Tally>();
  const byBlock = new Map<B, Tally>();
  for (const placed of signals) {
    addTo(page, placed);
    if (placed.section !== null) {
      let section = bySection.get(placed.section);
      if (!section) bySection.set(placed.section, (section = newTally()));
      addTo(section, placed);
    }
    let block = byBlock.get(placed.block);
    if (!block) byBlock.set(placed.block, (block = newTally()));
    addTo(block, placed);
  }
  const pageWeight = weight(page);
  const pageHasTerm = [...page.care].some((key) => key.startsWith('g:'));
  const reasonFor = (item: T): Reason => {
    if (item.near === 'other') return 'other sense near';
    if (item.near === 'care') return 'care sense near';
    const { block, section } = placeOf(item);
    const around = section === null ? page : (bySection.get(section) ?? newTally());
    const careCue = around.cues.has(`+${item.id}`) || page.cues.has(`+${item.id}`);
    const otherCue = around.cues.has(`-${item.id}`) || page.cues.has(`-${item.id}`);
    if (otherCue && !careCue) return 'other sense on the page';
    if (careCue) return 'care concept on the page';
    if (weight(byBlock.get(block)) >= BLOCK_CONTEXT) return 'care paragraph';
    if (section !== null && weight(around) >= SECTION_CONTEXT) return 'care section';
    // A whole page needs one glossary term in its care sense too: scattered words
    // ("abuse" in one story, "coach" in another) are not enough on a busy news page.
    if (pageWeight >= PAGE_CONTEXT && pageHasTerm) return 'care page';
    return 'no care around';
  };
  const shows = (item: T): boolean => {
    if (!item.everyday) return true;
    const why = reasonFor(item);
    explain?.(item, why);
    return SHOWN_FOR.has(why);
  };
  const shown = found.filter(shows);
  return { shown, heldBack: found.length - shown.length };
}
