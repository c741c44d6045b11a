import type { GlossaryId } from '../texts/glossary-links';
import type { GlossaryTerm, SenseCue } from '../texts/types';
import { termKey } from './term-matcher';
import type { TermMatch, TermSource } from './term-matcher';
import { OWN_TERM_PREFIX } from '../my-data/terms-ops';
import { TEAM_TERM_PREFIX } from './team-terms';

/**
 * The sense of an everyday form where it stands (see "What gets highlighted" in the README).
 * Plain TypeScript, no browser globals. Two parts:
 * - near the form: its sentence is read for the entry's cues (`careNear`, `otherNear` in
 *   the glossary data): "rescue inhaler", "zichzelf redden" show another sense, "drama
 *   triangle" beside "rescuer" confirms the care sense;
 * - around it: the page is read for signals, found by the same matcher as the terms in
 *   one pass: care words (`careWords`), the glossary's unambiguous terms, and the entries'
 *   page cues (`careOnPage`, `otherOnPage`). care-context.ts weighs them.
 */

/** Ids of matcher sources that are signals, not terms: never shown, only counted. */
export const SIGNAL_PREFIX = 'sense:';
/** The kind of signal a care word gives (the others are "+<id>" and "-<id>", page cues). */
const CARE_KIND = 'care';

export type Sense = 'care' | 'other';

export interface LocalSense {
  sense: Sense;
  /** The cue's reason (shown by the bench). */
  reason: string;
}

/** What one block of text says about the care sense of the words around it. */
export interface BlockSignals {
  /** Distinct care signals: care words ("w:client") and glossary ids seen in care sense ("g:…"). */
  care: readonly string[];
  /** Page cues met: "+<glossary id>" (care sense) or "-<glossary id>" (another sense). */
  cues: readonly string[];
  /** A heading, or the page's title: what the page says it is about. */
  heading: boolean;
}

/**
 * The matcher sources for the signals: care words, and each entry's page cues. A word may
 * be a signal of several kinds (a care word, and a cue of two entries): it gets one source
 * whose id names them all ("sense:care,-rescuing,-rescuer"), since a form is found once.
 */
export function signalSources(
  glossaries: readonly Record<GlossaryId, GlossaryTerm>[],
  careWords: readonly (readonly string[])[],
  hidden: readonly string[],
): TermSource[] {
  const hiddenSet = new Set(hidden);
  const kindsOf = new Map<string, Set<string>>();
  const add = (word: string, kind: string) => {
    const key = termKey(word);
    if (!key) return;
    let kinds = kindsOf.get(key);
    if (!kinds) kindsOf.set(key, (kinds = new Set()));
    kinds.add(kind);
  };
  for (const word of careWords.flat()) add(word, CARE_KIND);
  for (const glossary of glossaries) {
    for (const [id, entry] of Object.entries(glossary)) {
      if (hiddenSet.has(id) || !entry.senses) continue;
      for (const cue of entry.senses.careOnPage ?? []) for (const w of cue.cues) add(w, `+${id}`);
      for (const cue of entry.senses.otherOnPage ?? []) for (const w of cue.cues) add(w, `-${id}`);
    }
  }
  const byKinds = new Map<string, string[]>();
  for (const [word, kinds] of kindsOf) {
    const id = SIGNAL_PREFIX + [...kinds].sort().join(',');
    const words = byKinds.get(id);
    if (words) words.push(word);
    else byKinds.set(id, [word]);
  }
  return [...byKinds].map(([id, variants]) => ({ id, variants }));
}

export const isSignal = (id: string): boolean => id.startsWith(SIGNAL_PREFIX);

/** A glossary entry's id (not an own term's, a team term's or a signal's). */
export const isGlossaryTerm = (id: string): boolean =>
  !id.startsWith(OWN_TERM_PREFIX) && !id.startsWith(TEAM_TERM_PREFIX) && !isSignal(id);

/** A term found in a block, with what its own sentence says of its sense. */
export interface ReadTerm {
  match: TermMatch;
  near: Sense | null;
}

/**
 * Reads one block of text (a paragraph, a PDF line) from its matches: the terms in it, each
 * everyday one with its sense as its sentence tells it, and the block's signals of care.
 * What the content script, the PDF viewer and the sense benchmark all do with a block.
 */
export function readBlock(
  text: string,
  matches: readonly TermMatch[],
  judge: SenseJudge,
  heading: boolean,
): { terms: ReadTerm[]; signals: BlockSignals | null } {
  const terms: ReadTerm[] = [];
  // Most blocks have a term or two and no signal: nothing more is made for them.
  let signalMatches: TermMatch[] | null = null;
  let careIds: string[] | null = null;
  for (const match of matches) {
    if (isSignal(match.id)) {
      (signalMatches ??= []).push(match);
      continue;
    }
    const near = match.everyday ? judge.near(match.id, text, match.start, match.end) : null;
    if (isGlossaryTerm(match.id) && (!match.everyday || near?.sense === 'care')) {
      (careIds ??= []).push(match.id);
    }
    terms.push({ match, near: near?.sense ?? null });
  }
  const signals =
    signalMatches || careIds
      ? blockSignals(text, signalMatches ?? [], careIds ?? [], heading, judge)
      : null;
  return { terms, signals };
}

/**
 * Reads a block's signal matches (found with the terms) into its signals. `text` is the
 * block's text; `careIds` are glossary ids met in their care sense (unambiguous forms, or
 * everyday forms confirmed near them).
 */
export function blockSignals(
  text: string,
  signalMatches: readonly TermMatch[],
  careIds: readonly string[],
  heading: boolean,
  judge?: SenseJudge,
): BlockSignals | null {
  const care = new Set<string>();
  const cues = new Set<string>();
  if (judge) for (const id of careIds) for (const cue of judge.cuesOf(id)) cues.add(cue);
  for (const match of signalMatches) {
    for (const kind of match.id.slice(SIGNAL_PREFIX.length).split(',')) {
      if (kind === CARE_KIND) {
        care.add(`w:${text.slice(match.start, match.end).toLowerCase().replace(/\s+/g, ' ')}`);
      } else cues.add(kind);
    }
  }
  for (const id of careIds) care.add(`g:${id}`);
  if (care.size === 0 && cues.size === 0) return null;
  return { care: [...care], cues: [...cues], heading };
}

/**
 * What a page's title says about the page: read as a heading, with the glossary's
 * unambiguous terms among its care signals (own and team terms say nothing about it).
 */
export function titleSignals(
  title: string,
  matches: readonly TermMatch[],
  judge?: SenseJudge,
): BlockSignals | null {
  if (!title) return null;
  return blockSignals(
    title,
    matches.filter((match) => isSignal(match.id)),
    matches.filter((match) => !match.everyday && isGlossaryTerm(match.id)).map((match) => match.id),
    true,
    judge,
  );
}

/** Reads the sentence around a found everyday form for its entry's near cues. */
export interface SenseJudge {
  near(id: string, text: string, start: number, end: number): LocalSense | null;
  /** The page cues a glossary term in its care sense gives other entries ("+rescuer"). */
  cuesOf(id: string): readonly string[];
}

interface CompiledCue {
  pattern: RegExp;
  reason: string;
}

/** One polarity's cues of an entry: all in one pattern (one pass), and each for its reason. */
interface CueSet {
  any: RegExp;
  each: CompiledCue[];
}

interface CompiledCues {
  care: CueSet | null;
  other: CueSet | null;
}

/**
 * A letter or digit of the languages read (lower case: the sentence is lower-cased first),
 * as a plain character class: cues run on every everyday form's sentence, and a pattern
 * without the `u` and `i` flags lets the engine scan fast for a first character.
 */
const WORD_CHAR = '[a-z0-9_\\u00c0-\\u024f]';
const WORD_CHAR_TEST = new RegExp(WORD_CHAR);
/** A cue as a pattern that ends at a word's end; its start is checked in matchesBeside. */
const cuePattern = (source: string) => new RegExp(`(?:${source})(?!${WORD_CHAR})`, 'g');

/**
 * Does `pattern` match in `sentence` (lower case) as whole words, other than wholly inside
 * [formStart, formEnd), the form itself? A cue may run over the form ("rescue inhaler"), but
 * the form's own words are no cue ("set" in "set boundaries").
 */
function matchesBeside(
  pattern: RegExp,
  sentence: string,
  formStart: number,
  formEnd: number,
): boolean {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(sentence)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if (start > 0 && WORD_CHAR_TEST.test(sentence[start - 1]!)) {
      pattern.lastIndex = start + 1; // inside a word: try from the next character
      continue;
    }
    if (start < formStart || end > formEnd) return true;
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return false;
}

/** The longest stretch read on either side of a form: a run-on "sentence" is cut there. */
const MAX_REACH = 240;
/** Where a sentence ends: . ! ? or ; and white space, or a line break. */
const SENTENCE_END = /[.!?;](?=\s|$)|\n\s*\n|[•·|]/gu;

/** The sentence in `text` that holds [start, end): its start and end offsets. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, start - MAX_REACH);
  let to = Math.min(text.length, end + MAX_REACH);
  SENTENCE_END.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = SENTENCE_END.exec(text)) !== null && match.index < to) {
    const after = match.index + match[0].length;
    if (after <= start) from = after;
    else if (match.index >= end) {
      to = after;
      break;
    }
  }
  return [from, to];
}

export function compileSenseJudge(
  glossaries: readonly Record<GlossaryId, GlossaryTerm>[],
): SenseJudge {
  const collected = new Map<string, { care: SenseCue[]; other: SenseCue[] }>();
  const given = new Map<string, string[]>();
  for (const glossary of glossaries) {
    for (const [id, entry] of Object.entries(glossary)) {
      if (!entry.senses) continue;
      const known = collected.get(id) ?? { care: [], other: [] };
      known.care.push(...(entry.senses.careNear ?? []));
      known.other.push(...(entry.senses.otherNear ?? []));
      collected.set(id, known);
      for (const other of entry.senses.careWith?.ids ?? []) {
        const cues = given.get(other) ?? [];
        if (!cues.includes(`+${id}`)) cues.push(`+${id}`);
        given.set(other, cues);
      }
    }
  }
  const cueSet = (cues: readonly SenseCue[]): CueSet | null =>
    cues.length === 0
      ? null
      : {
          any: cuePattern(cues.flatMap((cue) => cue.cues).join('|')),
          each: cues.map((cue) => ({
            pattern: cuePattern(cue.cues.join('|')),
            reason: cue.reason,
          })),
        };
  const byId = new Map<string, CompiledCues>();
  for (const [id, cues] of collected) {
    byId.set(id, { care: cueSet(cues.care), other: cueSet(cues.other) });
  }
  /** The first cue of `set` beside the form, if any: one pass decides most of them. */
  const firstBeside = (set: CueSet | null, sentence: string, from: number, to: number) => {
    if (!set || !matchesBeside(set.any, sentence, from, to)) return null;
    return set.each.find((cue) => matchesBeside(cue.pattern, sentence, from, to)) ?? null;
  };
  return {
    cuesOf: (id) => given.get(id) ?? [],
    near(id, text, start, end) {
      const cues = byId.get(id);
      if (!cues) return null;
      const [from, to] = sentenceAround(text, start, end);
      // The form itself is part of what is read ("rescue inhaler", "zichzelf redden"), so
      // the cue may be written with it.
      // Lower case, as the cues are written; a rare letter whose lower case is longer
      // ("İ") would move the offsets: the sentence is then read as it is.
      const original = text.slice(from, to);
      const lower = original.toLowerCase();
      const sentence = lower.length === original.length ? lower : original;
      const [formStart, formEnd] = [start - from, end - from];
      const other = firstBeside(cues.other, sentence, formStart, formEnd);
      if (other) return { sense: 'other', reason: other.reason };
      const care = firstBeside(cues.care, sentence, formStart, formEnd);
      if (care) return { sense: 'care', reason: care.reason };
      return null;
    },
  };
}
