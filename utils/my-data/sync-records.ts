/**
 * Tips and terms to and from sync items: every record is its own item (`tip:<id>`,
 * `term:<id>`), so the 8 KB per-item quota holds for each record and two devices merge
 * record by record (see ./merge.ts). What comes in from sync is read with the one record
 * schema (./record-schema.ts). Plain TypeScript.
 */
import type { MyTip, OwnTerm } from './model';
import { isFields } from './read-records';
import { readSyncedTerm, readSyncedTip } from './record-schema';

export const TIP_KEY_PREFIX = 'tip:';
export const TERM_KEY_PREFIX = 'term:';

export type SyncKind = 'tip' | 'term';

export const tipKey = (id: string): string => TIP_KEY_PREFIX + id;
export const termKey = (id: string): string => TERM_KEY_PREFIX + id;

/** The sync key of a record of the given kind. */
export function syncKey(kind: SyncKind, id: string): string {
  return kind === 'tip' ? tipKey(id) : termKey(id);
}

export function toSyncEntries(
  tips: readonly MyTip[],
  terms: readonly OwnTerm[],
): Map<string, MyTip | OwnTerm> {
  const entries = new Map<string, MyTip | OwnTerm>();
  for (const tip of tips) entries.set(tipKey(tip.id), tip);
  for (const term of terms) entries.set(termKey(term.id), term);
  return entries;
}

/**
 * Reads the tips and terms out of everything storage.sync holds. Never throws: a `tip:` or
 * `term:` item whose value has the wrong shape (or whose id differs from its key's) is left
 * out and its key listed in `ignored`; keys without those prefixes (settings, other
 * versions' keys) are skipped silently. Records are copied with their known fields only.
 */
export function fromSyncEntries(all: Record<string, unknown>): {
  tips: MyTip[];
  terms: OwnTerm[];
  ignored: string[];
} {
  const tips: MyTip[] = [];
  const terms: OwnTerm[] = [];
  const ignored: string[] = [];
  if (!isFields(all)) return { tips, terms, ignored };
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(TIP_KEY_PREFIX)) {
      const tip = readSyncedTip(value, key.slice(TIP_KEY_PREFIX.length));
      if (tip) tips.push(tip);
      else ignored.push(key);
    } else if (key.startsWith(TERM_KEY_PREFIX)) {
      const term = readSyncedTerm(value, key.slice(TERM_KEY_PREFIX.length));
      if (term) terms.push(term);
      else ignored.push(key);
    }
  }
  return { tips, terms, ignored };
}
