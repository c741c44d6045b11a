/** The user's own highlight terms, as pure functions from one list to the next. */
import { editStamp } from './clock';
import { LIMITS } from './model';
import type { OwnTerm } from './model';

/** Matches of own terms carry this prefix, so they never collide with glossary ids. */
export const OWN_TERM_PREFIX = 'own:';

export interface TermInput {
  term: string;
  variants?: string[];
  explanation: string;
}

/** Variants as typed: "zelfregie, eigen-regie ; regie" → three, trimmed, without repeats. */
export function parseVariants(input: string): string[] {
  const seen = new Set<string>();
  const variants: string[] = [];
  for (const raw of input.split(/[,;\n]+/)) {
    const variant = raw.replace(/\s+/g, ' ').trim().slice(0, LIMITS.term);
    const key = variant.toLowerCase();
    if (variant.length < 2 || seen.has(key)) continue;
    seen.add(key);
    variants.push(variant);
  }
  return variants.slice(0, LIMITS.variantsPerTerm);
}

/** The terms not deleted, in stored order (what the highlighter needs: no sorting). */
export function liveTerms(terms: readonly OwnTerm[]): OwnTerm[] {
  return terms.filter((term) => !term.deleted);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** The terms not deleted, alphabetically, for lists the user reads. */
export function visibleTerms(terms: readonly OwnTerm[]): OwnTerm[] {
  return liveTerms(terms).sort((a, b) => collator.compare(a.term, b.term));
}

function clean(input: TermInput): Pick<OwnTerm, 'term' | 'variants' | 'explanation'> {
  const term = input.term.replace(/\s+/g, ' ').trim().slice(0, LIMITS.term);
  return {
    term,
    variants: (input.variants ?? []).filter((v) => v.toLowerCase() !== term.toLowerCase()),
    explanation: input.explanation.trim().slice(0, LIMITS.explanation),
  };
}

export function addTerm(
  terms: readonly OwnTerm[],
  input: TermInput,
  now: number,
  id: string,
): OwnTerm[] {
  return [...terms, { id, ...clean(input), createdAt: now, updatedAt: now }];
}

export function editTerm(
  terms: readonly OwnTerm[],
  id: string,
  input: TermInput,
  now: number,
): OwnTerm[] {
  return terms.map((term) =>
    term.id === id && !term.deleted
      ? { ...term, ...clean(input), updatedAt: editStamp(term.updatedAt, now) }
      : term,
  );
}

/** What a deleted term leaves behind: no text, the deletion stamped as an edit (editStamp). */
export function termTombstone(term: OwnTerm, now: number): OwnTerm {
  return {
    id: term.id,
    term: '',
    variants: [],
    explanation: '',
    createdAt: term.createdAt,
    updatedAt: editStamp(term.updatedAt, now),
    deleted: true,
  };
}

export function deleteTerm(terms: readonly OwnTerm[], id: string, now: number): OwnTerm[] {
  return terms.map((term) => (term.id === id ? termTombstone(term, now) : term));
}

/**
 * What of a user's term can be found as whole words: without the punctuation around it
 * ("S.M.A.R.T." is found as "S.M.A.R.T", "#MeToo" as "MeToo"); empty if it has no letter
 * or digit at all.
 */
export function matchableText(text: string): string {
  return text.trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu, '');
}
