/**
 * Reading tips and terms from values that may have any shape: what another device put in
 * sync, or what local storage holds (an older version, a bug, a hand edit). Plain
 * TypeScript; never throws. A reader keeps only the known fields and returns null for a
 * record it cannot read; the caller keeps such a value as it is (nothing is deleted
 * without the user's say).
 *
 * Two strictnesses: a record from sync must be whole (a missing field makes it unreadable,
 * it may come from a newer version); a record in local storage gets defaults for missing
 * fields ("keep what can be read"). In both, a field present with the wrong type makes the
 * record unreadable, except in a tombstone, whose fields are emptied anyway.
 *
 * Lezen van tips en begrippen uit waarden van elke vorm; wat niet te lezen is, blijft
 * bewaard zoals het is.
 */
import { TIP_IDS } from '../texts/ids';
import type { MyTip, OwnTerm, TipSource, Versioned } from './model';

type Fields = Record<string, unknown>;

/** 'reject': a missing field makes a record unreadable (sync); 'default': it gets a default. */
export type Missing = 'reject' | 'default';

export const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isString);
const isTipId = (value: unknown): value is NonNullable<MyTip['builtIn']> =>
  (TIP_IDS as readonly unknown[]).includes(value);

/**
 * One field: its value when it has the right type; `fallback` when the record is a
 * tombstone, or when the field is missing and missing fields get defaults; else null.
 */
function field<T>(
  value: unknown,
  ok: (value: unknown) => value is T,
  fallback: T,
  tomb: boolean,
  missing: Missing,
): T | null {
  if (ok(value)) return value;
  if (tomb || (missing === 'default' && value === undefined)) return fallback;
  return null;
}

function readSource(value: unknown): TipSource | null {
  if (!isFields(value) || !isString(value.quote) || !isString(value.pageTitle)) return null;
  if (value.url !== undefined && !isString(value.url)) return null;
  return {
    quote: value.quote,
    pageTitle: value.pageTitle,
    ...(value.url !== undefined ? { url: value.url } : {}),
  };
}

/**
 * The common part of both kinds: a non-empty id equal to `id`, `deleted` absent or `true`,
 * a finite `updatedAt` (with 'default', a missing one is `createdAt`, or 0) and a finite
 * `createdAt` (a missing one, or any in a tombstone, is `updatedAt`; with 'reject', a
 * live record must have one).
 */
function readVersioned(
  value: unknown,
  id: string,
  missing: Missing,
): { fields: Fields; tomb: boolean; createdAt: number; updatedAt: number } | null {
  if (!isFields(value) || id === '' || value.id !== id) return null;
  if (value.deleted !== undefined && value.deleted !== true) return null;
  const tomb = value.deleted === true;
  let updatedAt: number;
  if (isTime(value.updatedAt)) updatedAt = value.updatedAt;
  else if (missing === 'default' && value.updatedAt === undefined)
    updatedAt = isTime(value.createdAt) ? value.createdAt : 0;
  else return null;
  const createdAt = field(value.createdAt, isTime, updatedAt, tomb, missing);
  if (createdAt === null) return null;
  return { fields: value, tomb, createdAt, updatedAt };
}

/** A tip from any value, only its known fields; null when it cannot be read (see above). */
export function readTip(value: unknown, id: string, missing: Missing): MyTip | null {
  const read = readVersioned(value, id, missing);
  if (!read) return null;
  const { fields: v, tomb } = read;
  const text = field(v.text, isString, '', tomb, missing);
  const note = field(v.note, isString, '', tomb, missing);
  const tags = field(v.tags, isStrings, [], tomb, missing);
  const order = field(v.order, isTime, 0, tomb, missing);
  if (text === null || note === null || tags === null || order === null) return null;
  let builtIn: MyTip['builtIn'];
  if (v.builtIn !== undefined) {
    if (isTipId(v.builtIn)) builtIn = v.builtIn;
    else if (!tomb) return null;
  }
  let source: TipSource | undefined;
  if (v.source !== undefined) {
    const found = readSource(v.source);
    if (found) source = found;
    else if (!tomb) return null;
  }
  return {
    id,
    text,
    note,
    tags: [...tags],
    ...(builtIn ? { builtIn } : {}),
    ...(source ? { source } : {}),
    order,
    createdAt: read.createdAt,
    updatedAt: read.updatedAt,
    ...(tomb ? { deleted: true as const } : {}),
  };
}

/** An own term from any value, only its known fields; null when it cannot be read. */
export function readTerm(value: unknown, id: string, missing: Missing): OwnTerm | null {
  const read = readVersioned(value, id, missing);
  if (!read) return null;
  const { fields: v, tomb } = read;
  const term = field(v.term, isString, '', tomb, missing);
  const variants = field(v.variants, isStrings, [], tomb, missing);
  const explanation = field(v.explanation, isString, '', tomb, missing);
  if (term === null || variants === null || explanation === null) return null;
  return {
    id,
    term,
    variants: [...variants],
    explanation,
    createdAt: read.createdAt,
    updatedAt: read.updatedAt,
    ...(tomb ? { deleted: true as const } : {}),
  };
}

/** A list as local storage holds it: what can be read, and what cannot (kept as it is). */
export interface StoredList<T> {
  records: T[];
  /** Entries that could not be read, as they are: written back unchanged. */
  unreadable: unknown[];
  /** The stored value is there but is not a list at all: it must not be written over. */
  wrongShape: boolean;
}

function readStoredList<T extends Versioned>(
  raw: unknown,
  read: (value: unknown, id: string, missing: Missing) => T | null,
): StoredList<T> {
  if (raw === undefined || raw === null) return { records: [], unreadable: [], wrongShape: false };
  if (!Array.isArray(raw)) return { records: [], unreadable: [], wrongShape: true };
  const records: T[] = [];
  const unreadable: unknown[] = [];
  const seen = new Set<string>();
  for (const entry of raw as unknown[]) {
    const id = isFields(entry) && isString(entry.id) ? entry.id : '';
    const record = seen.has(id) ? null : read(entry, id, 'default');
    if (record) {
      records.push(record);
      seen.add(id);
    } else unreadable.push(entry);
  }
  return { records, unreadable, wrongShape: false };
}

/** My tips as local storage holds them (any value). */
export const readStoredTips = (raw: unknown): StoredList<MyTip> => readStoredList(raw, readTip);

/** Own terms as local storage holds them (any value). */
export const readStoredTerms = (raw: unknown): StoredList<OwnTerm> => readStoredList(raw, readTerm);
