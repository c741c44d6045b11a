/**
 * Backup and restore of all the user's own data as one versioned JSON file: My tips, own
 * terms, highlight settings, the language choice and the preferences. Plain TypeScript, no
 * browser globals: reading and writing the file and the stores is the caller's job.
 *
 * Nothing here throws for bad input; every failure is a value (`{ ok: false, error }`).
 * A backup file is untrusted: it is size-checked, parsed, checked for prototype-polluting
 * keys and validated against a schema that enforces the types and the LIMITS of ./model.ts
 * before any of it is used. Text fields are plain text: markup in them (`<script>`) is valid
 * and stays as it is, because the UI always shows them as text.
 */
import * as v from 'valibot';
import { LANGS } from '../texts/ids';
import type { BackupErrorCode, Lang } from '../texts/ids';
import {
  completeSettings,
  EVERYDAY_MODES,
  HIGHLIGHT_COLOURS,
  HIGHLIGHT_STYLES,
  SETTINGS_LIST_LIMIT,
  SITE_LENGTH_LIMIT,
} from '../settings/highlight-settings';
import type { HighlightSettings } from '../settings/highlight-settings';
import { clampRecordTimes, editStamp } from './clock';
import { DEFAULT_PREFERENCES, LIMITS } from './model';
import { list, termSchema, text, tipSchema, withoutUndefined } from './record-schema';
import { OWN_TERM_PREFIX, termTombstone } from './terms-ops';
import { tipTombstone } from './tips-ops';
import type { MyTip, OwnTerm, Preferences } from './model';

export const BACKUP_FORMAT = 'holding-space-companion-backup';
export const BACKUP_VERSION = 1;
/**
 * Larger files are refused before they are read as JSON. Above the largest backup this
 * extension can write: 1,000 tips and 1,000 terms with every field at its limit, every
 * character written as a six-byte JSON escape, and both settings lists full come to about
 * 60 MB (a unit test writes that file and reads it back). A file of 1,000 ordinary
 * full-length tips is about 7 MB.
 */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

/** Everything a backup holds: the file's `data`. */
export interface BackupData {
  myTips: MyTip[];
  ownTerms: OwnTerm[];
  highlightSettings: HighlightSettings;
  /** `null`: follow the browser's language. */
  language: Lang | null;
  preferences: Preferences;
}

/** The whole file. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  data: BackupData;
}

export interface BackupError {
  code: BackupErrorCode;
  /** For 'newer-version': the file's version; for 'invalid' and 'forbidden-key': where. */
  detail?: string;
}

export type ParseResult = { ok: true; data: BackupData } | { ok: false; error: BackupError };

export type ImportMode = 'merge' | 'replace';

/** What an import would do to one kind of record (tips or terms); lists of ids. */
export interface RecordChanges {
  /** In the backup, not among the current live records. */
  added: string[];
  /** In both, with different content. */
  updated: string[];
  /** In both, with the same content (`updatedAt` not counted). */
  unchanged: string[];
  /** Only for 'replace': live now, not in the backup; always empty for 'merge'. */
  removed: string[];
  counts: { added: number; updated: number; unchanged: number; removed: number };
  /** How many live records there will be after the import (compare with LIMITS.records). */
  liveAfter: number;
}

export interface ImportPreview {
  mode: ImportMode;
  tips: RecordChanges;
  terms: RecordChanges;
  /**
   * Whether the import will change highlight settings, language or preferences: always
   * false for 'merge' (which keeps the current settings); for 'replace', whether the
   * backup's differ from the current ones, `syncEnabled` not counted (it is never imported).
   */
  settingsChanged: boolean;
  /** Whether the backup's settings differ from the current ones at all, whatever the mode. */
  settingsDiffer: boolean;
}

// ---------------------------------------------------------------------------------------
// Writing

/** The backup file for `data`, as pretty JSON. Tombstones are left out: a backup is what
 * the user has, not what they deleted. */
export function createBackup(data: BackupData, now: Date): string {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    data: {
      myTips: data.myTips.filter((tip) => !tip.deleted),
      ownTerms: data.ownTerms.filter((term) => !term.deleted),
      highlightSettings: data.highlightSettings,
      language: data.language,
      preferences: data.preferences,
    },
  };
  return JSON.stringify(file, null, 2);
}

// ---------------------------------------------------------------------------------------
// Reading

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A hidden term is a glossary id or an own term's id with its prefix. */
const MAX_HIDDEN_ID = OWN_TERM_PREFIX.length + LIMITS.id;

// Settings fields may be missing (a file from an app version that had fewer settings):
// they get their defaults (completeSettings). A field that is present must be right.
const settingsSchema = v.object({
  paused: v.optional(v.boolean()),
  disabledSites: v.optional(list(text(SITE_LENGTH_LIMIT), SETTINGS_LIST_LIMIT)),
  hiddenTerms: v.optional(list(text(MAX_HIDDEN_ID), SETTINGS_LIST_LIMIT)),
  style: v.optional(v.picklist(HIGHLIGHT_STYLES)),
  colour: v.optional(v.picklist(HIGHLIGHT_COLOURS)),
  showBadge: v.optional(v.boolean()),
  everydayWords: v.optional(v.picklist(EVERYDAY_MODES)),
});

const preferencesSchema = v.object({
  keepPageAddress: v.optional(v.boolean()),
  syncEnabled: v.optional(v.boolean()),
});

const dataSchema = v.object({
  myTips: list(tipSchema, LIMITS.records),
  ownTerms: list(termSchema, LIMITS.records),
  highlightSettings: settingsSchema,
  language: v.nullable(v.picklist(LANGS)),
  preferences: preferencesSchema,
});

const fail = (code: BackupErrorCode, detail?: string): ParseResult => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `data.myTips[3].text` from a path of keys. */
function formatPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else path += `.${String(key)}`;
  }
  return path;
}

/** Keeps a message short even when it quotes a long value from the file. */
const shorten = (message: string) => (message.length > 200 ? `${message.slice(0, 199)}…` : message);

interface WalkNode {
  value: unknown;
  key: string | number;
  parent: WalkNode | null;
}

/** The path of the first forbidden key anywhere in the tree, or null. Iterative, and the
 * path is only built for a find: a deeply nested file cannot overflow the stack. */
function findForbiddenKey(root: unknown): string | null {
  const pathOf = (node: WalkNode, key: string) => {
    const keys: (string | number)[] = [key];
    for (let at: WalkNode | null = node; at?.parent; at = at.parent) keys.unshift(at.key);
    return formatPath(keys).replace(/^\./, '');
  };
  const stack: WalkNode[] = [{ value: root, key: '', parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value } = node;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i] as unknown, key: i, parent: node });
    } else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      for (const key of keys) if (FORBIDDEN_KEYS.has(key)) return pathOf(node, key);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        stack.push({ value: (value as Record<string, unknown>)[key], key, parent: node });
      }
    }
  }
  return null;
}

function duplicateId(records: readonly { id: string }[], name: string): string | null {
  const seen = new Set<string>();
  for (const [index, record] of records.entries()) {
    if (seen.has(record.id)) return `data.${name}[${index}].id: duplicate id`;
    seen.add(record.id);
  }
  return null;
}

/**
 * Reads a backup file. `byteLength` is the file's size in bytes (checked first, before the
 * text is looked at). Tombstones in a file (none are written) are dropped.
 */
export function parseBackup(text: string, byteLength: number): ParseResult {
  try {
    return parseUnsafe(text, byteLength);
  } catch {
    // Should not happen; a last guard so that a bad file is never an exception.
    return fail('invalid');
  }
}

function parseUnsafe(input: string, byteLength: number): ParseResult {
  // A UTF-8 file has at least as many bytes as its text has UTF-16 code units.
  if (!(byteLength <= MAX_BACKUP_BYTES) || input.length > MAX_BACKUP_BYTES)
    return fail('too-large');
  const source = input.replace(/^\uFEFF/, ''); // a byte order mark some editors add
  if (source.trim() === '') return fail('empty');

  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    return fail('not-json');
  }

  if (!isRecord(parsed) || !Object.hasOwn(parsed, 'format') || parsed.format !== BACKUP_FORMAT)
    return fail('not-a-backup');
  const version = Object.hasOwn(parsed, 'version') ? parsed.version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('invalid', 'version: not a positive whole number');
  if (version > BACKUP_VERSION) return fail('newer-version', String(version));

  const forbidden = findForbiddenKey(parsed);
  if (forbidden !== null) return fail('forbidden-key', forbidden);

  const result = v.safeParse(dataSchema, parsed.data, { abortEarly: true, abortPipeEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    const path = `data${formatPath(issue.path?.map((item) => item.key) ?? [])}`;
    const message =
      issue.kind !== 'schema'
        ? issue.message
        : issue.input === undefined
          ? 'missing'
          : issue.type === 'picklist'
            ? `not an allowed value: ${issue.received}`
            : `expected ${issue.expected ?? '?'}, got ${issue.received}`;
    return fail('invalid', shorten(`${path}: ${message}`));
  }
  const data = result.output;

  const duplicate = duplicateId(data.myTips, 'myTips') ?? duplicateId(data.ownTerms, 'ownTerms');
  if (duplicate !== null) return fail('invalid', shorten(duplicate));

  return {
    ok: true,
    data: {
      myTips: data.myTips
        .filter((tip) => !tip.deleted)
        .map((tip) =>
          withoutUndefined({
            ...tip,
            source: tip.source && withoutUndefined(tip.source),
          }),
        ),
      ownTerms: data.ownTerms.filter((term) => !term.deleted).map(withoutUndefined),
      highlightSettings: completeSettings(withoutUndefined(data.highlightSettings)),
      language: data.language,
      preferences: {
        keepPageAddress: data.preferences.keepPageAddress ?? DEFAULT_PREFERENCES.keepPageAddress,
        syncEnabled: data.preferences.syncEnabled ?? DEFAULT_PREFERENCES.syncEnabled,
      },
    },
  };
}

// ---------------------------------------------------------------------------------------
// Importing

type Rec = MyTip | OwnTerm;

/** A record's content as a canonical string: keys sorted, `updatedAt` and `deleted` and
 * undefined values left out. */
function contentKey(record: Rec): string {
  const canonical = (value: unknown, top: boolean): unknown => {
    if (Array.isArray(value)) return value.map((item) => canonical(item, false));
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) {
        if (top && (key === 'updatedAt' || key === 'deleted')) continue;
        const item = (value as Record<string, unknown>)[key];
        if (item !== undefined) out[key] = canonical(item, false);
      }
      return out;
    }
    return value;
  };
  return JSON.stringify(canonical(record, true));
}

const sameContent = (a: Rec, b: Rec) => contentKey(a) === contentKey(b);

function liveById<T extends Rec>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records)
    if (!record.deleted && !map.has(record.id)) map.set(record.id, record);
  return map;
}

function changes<T extends Rec>(
  current: readonly T[],
  incoming: readonly T[],
  mode: ImportMode,
): RecordChanges {
  const live = liveById(current);
  const incomingLive = liveById(incoming);
  const added: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  for (const record of incomingLive.values()) {
    const existing = live.get(record.id);
    if (!existing) added.push(record.id);
    else if (sameContent(existing, record)) unchanged.push(record.id);
    else updated.push(record.id);
  }
  const removed =
    mode === 'replace' ? [...live.keys()].filter((recordId) => !incomingLive.has(recordId)) : [];
  const liveAfter = mode === 'replace' ? incomingLive.size : live.size + added.length;
  return {
    added,
    updated,
    unchanged,
    removed,
    counts: {
      added: added.length,
      updated: updated.length,
      unchanged: unchanged.length,
      removed: removed.length,
    },
    liveAfter,
  };
}

function sameSettings(a: BackupData, b: BackupData, countSync: boolean): boolean {
  const settings = (data: BackupData) =>
    JSON.stringify({
      ...completeSettings(data.highlightSettings),
      language: data.language,
      keepPageAddress: data.preferences.keepPageAddress,
      syncEnabled: countSync ? data.preferences.syncEnabled : null,
    });
  return settings(a) === settings(b);
}

/** What importing `incoming` into `current` in `mode` would do, for the user to confirm. */
export function previewImport(
  current: BackupData,
  incoming: BackupData,
  mode: ImportMode,
): ImportPreview {
  return {
    mode,
    tips: changes(current.myTips, incoming.myTips, mode),
    terms: changes(current.ownTerms, incoming.ownTerms, mode),
    settingsChanged: mode === 'replace' && !sameSettings(current, incoming, false),
    settingsDiffer: !sameSettings(current, incoming, true),
  };
}

/**
 * The records after an import, in the current list's order with new ones after it.
 *
 * Every record the import changes (because the backup's differs, or it brings back one
 * deleted here) is stamped as an edit (`now`, or just after the record it replaces, see
 * editStamp), whatever its time in the file: the import is the user's newest
 * edit, and sync on other devices merges by `updatedAt`, so an older stamp would let an
 * older copy (or a tombstone this device already forgot) on another device win and undo
 * the import. Records with the same content are kept exactly as they are.
 *
 * 'merge': current-only records stay (live ones and tombstones).
 * 'replace': live current records not in the backup become tombstones stamped `now`, so
 * other devices learn of the removal; existing tombstones stay.
 */
function importRecords<T extends Rec>(
  current: readonly T[],
  incoming: readonly T[],
  mode: ImportMode,
  now: number,
  tombstone: (record: T, now: number) => T,
  stampNew: boolean,
): T[] {
  const incomingLive = liveById(incoming);
  const placed = new Set<string>();
  const result: T[] = [];
  for (const record of current) {
    if (placed.has(record.id)) continue; // a list should not hold an id twice; keep the first
    placed.add(record.id);
    const replacement = incomingLive.get(record.id);
    if (replacement) {
      // A live record with the same content stays as it is; a changed one, or a tombstone
      // the backup brings back, takes the backup's record.
      result.push(
        !record.deleted && sameContent(record, replacement)
          ? record
          : { ...clampRecordTimes(replacement, now), updatedAt: editStamp(record.updatedAt, now) },
      );
    } else if (mode === 'replace' && !record.deleted) {
      result.push(tombstone(record, now));
    } else {
      result.push(record);
    }
  }
  // A record this browser has never had keeps its own time, so a backup restored into a
  // fresh browser round-trips exactly; but never more than a day ahead of this clock
  // (clampTime), or a file stamped 2100 would win every later merge. With sync on, it is
  // stamped `now` like any other write, so a deletion another device still remembers
  // cannot undo the restore.
  for (const record of incomingLive.values()) {
    if (placed.has(record.id)) continue;
    const clamped = clampRecordTimes(record, now);
    result.push(stampNew ? { ...clamped, updatedAt: now } : clamped);
  }
  return result;
}

/**
 * The complete data after importing `incoming` into `current`; pure. The caller stores the
 * result in one write.
 *
 * - 'replace': tips and terms become the backup's (see importRecords for tombstones and
 *   stamps); highlight settings, language and `keepPageAddress` are the backup's, but
 *   `syncEnabled` keeps its current value: importing a file must not switch sync on or off
 *   behind the user's back.
 * - 'merge': "an imported record wins over the current one when it differs": the backup's
 *   new records are added, records in both take the backup's content when it differs, and
 *   records only here stay. Settings, language and preferences stay as they are: a merge
 *   only adds and updates tips and terms.
 */
export function applyImport(
  current: BackupData,
  incoming: BackupData,
  mode: ImportMode,
  now: number,
): BackupData {
  const stampNew = current.preferences.syncEnabled;
  const myTips = importRecords(current.myTips, incoming.myTips, mode, now, tipTombstone, stampNew);
  const ownTerms = importRecords(
    current.ownTerms,
    incoming.ownTerms,
    mode,
    now,
    termTombstone,
    stampNew,
  );
  if (mode === 'merge') {
    return {
      myTips,
      ownTerms,
      highlightSettings: current.highlightSettings,
      language: current.language,
      preferences: current.preferences,
    };
  }
  return {
    myTips,
    ownTerms,
    highlightSettings: completeSettings(incoming.highlightSettings),
    language: incoming.language,
    preferences: {
      keepPageAddress: incoming.preferences.keepPageAddress,
      syncEnabled: current.preferences.syncEnabled,
    },
  };
}
