/**
 * What a whole tip and a whole own term are, within LIMITS: one valibot schema each, the
 * only description of the records. Backups are read with them (./backup-format.ts), and so is
 * what another device put in sync (readSyncedTip / readSyncedTerm below): a record this
 * version's backups could not hold never comes in through sync either. Local storage is
 * read more leniently, keeping what can be read (./read-records.ts). Plain TypeScript.
 */
import * as v from 'valibot';
import { TIP_IDS } from '../texts/ids';
import { LIMITS } from './model';
import type { MyTip, OwnTerm } from './model';

export const TOO_LONG = 'too long';
export const TOO_MANY = 'too many';

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max, TOO_LONG));
export const id = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(LIMITS.id, TOO_LONG));
export const time = v.pipe(v.number(), v.finite('not finite'), v.minValue(0, 'negative'));
export const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, TOO_MANY));

// v.object keeps only the keys it knows: unknown keys never reach the output.
export const tipSchema = v.object({
  id,
  text: text(LIMITS.tipText),
  note: text(LIMITS.tipNote),
  tags: list(text(LIMITS.tag), LIMITS.tagsPerTip),
  builtIn: v.optional(v.picklist(TIP_IDS)),
  source: v.optional(
    v.object({
      quote: text(LIMITS.quote),
      pageTitle: text(LIMITS.pageTitle),
      url: v.optional(text(LIMITS.url)),
    }),
  ),
  order: v.pipe(v.number(), v.finite('not finite')),
  createdAt: time,
  updatedAt: time,
  deleted: v.optional(v.literal(true)),
});

export const termSchema = v.object({
  id,
  term: text(LIMITS.term),
  variants: list(text(LIMITS.term), LIMITS.variantsPerTerm),
  explanation: text(LIMITS.explanation),
  createdAt: time,
  updatedAt: time,
  deleted: v.optional(v.literal(true)),
});

/**
 * A deletion from sync needs no more than this: its fields are emptied anyway, so that a
 * deletion always gets through, whatever else a newer version put beside it.
 */
const tombstoneSchema = v.object({
  id,
  updatedAt: time,
  deleted: v.literal(true),
  createdAt: v.optional(v.unknown()),
  order: v.optional(v.unknown()),
});

/** Removes keys whose value is undefined, so optional fields that are absent stay absent. */
export function withoutUndefined<T extends object>(record: T): T {
  const copy = { ...record };
  for (const key of Object.keys(copy) as (keyof T)[]) if (copy[key] === undefined) delete copy[key];
  return copy;
}

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

function readTombstone(value: unknown, key: string) {
  const read = v.safeParse(tombstoneSchema, value);
  if (!read.success || read.output.id !== key) return null;
  const { updatedAt, createdAt, order } = read.output;
  return {
    id: key,
    createdAt: isTime(createdAt) ? createdAt : updatedAt,
    updatedAt,
    order: typeof order === 'number' && Number.isFinite(order) ? order : 0,
  };
}

const isTombstone = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { deleted?: unknown }).deleted === true;

/** A tip as read from sync under the key of `key`: whole and within LIMITS; else null. */
export function readSyncedTip(value: unknown, key: string): MyTip | null {
  if (isTombstone(value)) {
    const tomb = readTombstone(value, key);
    return tomb && { ...tomb, text: '', note: '', tags: [], deleted: true };
  }
  const read = v.safeParse(tipSchema, value);
  if (!read.success || read.output.id !== key) return null;
  const tip = read.output;
  return withoutUndefined({ ...tip, source: tip.source && withoutUndefined(tip.source) });
}

/** An own term as read from sync, like readSyncedTip; null when it cannot be taken in. */
export function readSyncedTerm(value: unknown, key: string): OwnTerm | null {
  if (isTombstone(value)) {
    const tomb = readTombstone(value, key);
    if (!tomb) return null;
    const { id, createdAt, updatedAt } = tomb;
    return { id, term: '', variants: [], explanation: '', createdAt, updatedAt, deleted: true };
  }
  const read = v.safeParse(termSchema, value);
  if (!read.success || read.output.id !== key) return null;
  return withoutUndefined(read.output);
}
