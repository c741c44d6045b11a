/**
 * What adding a team list would do to the list of that id the user has already: nothing
 * to compare (a new list), the same list again, an older version (refused), a newer one
 * (with what changed, for the preview before it replaces the old one), or the same version
 * with other content (refused too). Plain TypeScript, pure functions.
 */
import type { TeamList, TeamTerm, TeamTip } from './team-list-format';

/** A tip or term named for display: its title (a tip) or its headword (a term). */
export interface TeamItemRef {
  id: string;
  label: string;
}

/** A tip or term in both versions whose fields differ; `label` is the incoming one. */
export interface TeamItemChange<Field extends string> extends TeamItemRef {
  /** The fields that differ, in the order of the record's fields. */
  fields: Field[];
}

export type TeamTipField = Exclude<keyof TeamTip, 'id'>;
export type TeamTermField = Exclude<keyof TeamTerm, 'id'>;
/** The list's own fields that are compared (its version and date always change). */
export type TeamListField = 'name' | 'publisher' | 'language';

export interface TeamItemChanges<Field extends string> {
  /** In the incoming list's order. */
  added: TeamItemRef[];
  /** In the existing list's order. */
  removed: TeamItemRef[];
  /** In the incoming list's order. */
  changed: TeamItemChange<Field>[];
}

export interface TeamListChanges {
  tips: TeamItemChanges<TeamTipField>;
  terms: TeamItemChanges<TeamTermField>;
  list: TeamListField[];
  /** Tips or terms in both versions now come in another order (nothing else may differ). */
  reordered: boolean;
}

export type TeamListComparison =
  /** No list of this id yet: it is added. */
  | { kind: 'new' }
  /** The same version with the same content (the date aside): nothing to do. */
  | { kind: 'same' }
  /** An older version than the one kept: refused, with a message naming both. */
  | { kind: 'older'; existingVersion: number; incomingVersion: number }
  /**
   * The same version number with other content: the team changed the list without
   * raising its version. Refused like an older one (the UI says the list's publisher has
   * to raise the version), since there is no telling which of the two is meant.
   */
  | { kind: 'conflict'; version: number }
  /** A newer version: it replaces the kept one once the user saw `changes`. */
  | { kind: 'newer'; existingVersion: number; incomingVersion: number; changes: TeamListChanges };

const TIP_FIELDS: readonly TeamTipField[] = ['title', 'note', 'tags'];
const TERM_FIELDS: readonly TeamTermField[] = ['term', 'variants', 'explanation', 'language'];
const LIST_FIELDS: readonly TeamListField[] = ['name', 'publisher', 'language'];

/** Strings by value; lists of strings item by item, in order. */
const equal = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item, i) => item === b[i])
    : a === b;

function compareItems<Item extends { id: string }, Field extends Exclude<keyof Item, 'id'>>(
  before: readonly Item[],
  after: readonly Item[],
  fields: readonly Field[],
  label: (item: Item) => string,
): { changes: TeamItemChanges<Field & string>; reordered: boolean } {
  const old = new Map(before.map((item) => [item.id, item]));
  const kept = new Set(after.map((item) => item.id));
  const changes: TeamItemChanges<Field & string> = { added: [], removed: [], changed: [] };
  for (const item of after) {
    const was = old.get(item.id);
    if (!was) {
      changes.added.push({ id: item.id, label: label(item) });
      continue;
    }
    const differ = fields.filter((field) => !equal(was[field], item[field]));
    if (differ.length > 0)
      changes.changed.push({
        id: item.id,
        label: label(item),
        fields: differ as (Field & string)[],
      });
  }
  for (const item of before)
    if (!kept.has(item.id)) changes.removed.push({ id: item.id, label: label(item) });
  // The order of the records both versions have.
  const orderBefore = before.filter((item) => kept.has(item.id)).map((item) => item.id);
  const orderAfter = after.filter((item) => old.has(item.id)).map((item) => item.id);
  return { changes, reordered: !equal(orderBefore, orderAfter) };
}

/** What differs between two versions of a list, by tip and term id. */
export function teamListChanges(before: TeamList, after: TeamList): TeamListChanges {
  const tips = compareItems(before.tips, after.tips, TIP_FIELDS, (tip) => tip.title);
  const terms = compareItems(before.terms, after.terms, TERM_FIELDS, (term) => term.term);
  return {
    tips: tips.changes,
    terms: terms.changes,
    list: LIST_FIELDS.filter((field) => before[field] !== after[field]),
    reordered: tips.reordered || terms.reordered,
  };
}

/** Whether `changes` holds no change at all. */
export function isUnchanged(changes: TeamListChanges): boolean {
  const none = (set: TeamItemChanges<string>) =>
    set.added.length === 0 && set.removed.length === 0 && set.changed.length === 0;
  return (
    none(changes.tips) && none(changes.terms) && changes.list.length === 0 && !changes.reordered
  );
}

/**
 * What adding `incoming` would do, given the list the user keeps under its id (`existing`;
 * undefined when there is none). Same list means same id: a list of another id passed as
 * `existing` is no earlier version of this one, and the answer is 'new'. Content is
 * everything but the version and the date.
 */
export function compareTeamLists(
  existing: TeamList | undefined,
  incoming: TeamList,
): TeamListComparison {
  if (!existing || existing.id !== incoming.id) return { kind: 'new' };
  if (incoming.version < existing.version)
    return {
      kind: 'older',
      existingVersion: existing.version,
      incomingVersion: incoming.version,
    };
  const changes = teamListChanges(existing, incoming);
  if (incoming.version === existing.version)
    return isUnchanged(changes)
      ? { kind: 'same' }
      : { kind: 'conflict', version: incoming.version };
  return {
    kind: 'newer',
    existingVersion: existing.version,
    incomingVersion: incoming.version,
    changes,
  };
}
