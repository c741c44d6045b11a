/**
 * The backup file: all the user's own data as one versioned JSON file (My tips, own terms,
 * highlight settings, the language choice and the preferences), written and read. Plain
 * TypeScript, no browser globals: reading and writing the file and the stores is the
 * caller's job; what an import does with a file is ./backup-import.ts.
 *
 * Nothing here throws for bad input; every failure is a value (`{ ok: false, error }`).
 * A backup file is untrusted: it is size-checked, parsed, checked for prototype-polluting
 * keys and validated against a schema that enforces the types and the LIMITS of ./model.ts
 * before any of it is used (the checks it shares with team-list files: ./untrusted-json.ts).
 * Text fields are plain text: markup in them (`<script>`) is valid and stays as it is,
 * because the UI always shows them as text.
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
import { DEFAULT_PREFERENCES, LIMITS } from './model';
import { BACKUP_FORMAT } from './file-formats';
import { list, termSchema, text, tipSchema, withoutUndefined } from './record-schema';
import type { MyTip, OwnTerm, Preferences } from './model';
import { readTeamList, TEAM_LIST_NAME_LIMIT } from './team-list-format';
import { TEAM_LISTS_LIMIT, TEAM_LISTS_MAX_BYTES, teamListsBytes } from './team-lists';
import type { SharedTeamList, StoredTeamList } from './team-lists';
import {
  BAD_VERSION,
  duplicateId,
  findForbiddenKey,
  issueLine,
  readEnvelope,
  readJsonText,
  shorten,
} from './untrusted-json';

export { BACKUP_FORMAT } from './file-formats';
export const BACKUP_VERSION = 1;
/**
 * Larger files are refused before they are read as JSON. Above the largest backup this
 * extension can write: 1,000 tips and 1,000 terms with every field at its limit, every
 * character written as a six-byte JSON escape, and both settings lists full come to about
 * 60 MB, and the team lists add at most 5 MB as stored (TEAM_LISTS_MAX_BYTES), under
 * 15 MB pretty-printed (a unit test writes that file and reads it back). A file of 1,000
 * ordinary full-length tips is about 7 MB.
 */
export const MAX_BACKUP_BYTES = 80 * 1024 * 1024;

/** Everything a backup holds: the file's `data`. */
export interface BackupData {
  myTips: MyTip[];
  ownTerms: OwnTerm[];
  highlightSettings: HighlightSettings;
  /** `null`: follow the browser's language. */
  language: Lang | null;
  preferences: Preferences;
  /** The team lists the user added (not the organisation's: those come from policy). */
  teamLists: StoredTeamList[];
  /** The lists the user shared, so a new version of one keeps its id. */
  sharedTeamLists: SharedTeamList[];
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
      teamLists: data.teamLists,
      sharedTeamLists: data.sharedTeamLists,
    },
  };
  return JSON.stringify(file, null, 2);
}

// ---------------------------------------------------------------------------------------
// Reading

/** A hidden term is a glossary id, an own term's id with its prefix, or a team term's
 * (`team:<list id>:<term id>`, see utils/highlight/team-terms.ts). */
const MAX_HIDDEN_ID = 'team:'.length + 2 * LIMITS.id + 1;

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

// Each list is checked in full by readTeamList once the rest has passed (its rules, unique
// ids and all, are team-list-format.ts's).
const storedTeamListSchema = v.object({
  list: v.unknown(),
  enabled: v.boolean(),
  addedAt: v.number(),
});

const sharedTeamListSchema = v.object({
  id: text(LIMITS.id),
  name: text(TEAM_LIST_NAME_LIMIT),
  publisher: text(TEAM_LIST_NAME_LIMIT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  language: v.picklist(LANGS),
  tipIds: list(text(LIMITS.id), LIMITS.records),
  termIds: list(text(LIMITS.id), LIMITS.records),
});

const emptyList = () => [];

// Team lists came with a later release: a backup without them has none.
const dataSchema = v.object({
  myTips: list(tipSchema, LIMITS.records),
  ownTerms: list(termSchema, LIMITS.records),
  highlightSettings: settingsSchema,
  language: v.nullable(v.picklist(LANGS)),
  preferences: preferencesSchema,
  teamLists: v.optional(list(storedTeamListSchema, TEAM_LISTS_LIMIT), emptyList),
  sharedTeamLists: v.optional(list(sharedTeamListSchema, TEAM_LISTS_LIMIT), emptyList),
});

const fail = (code: BackupErrorCode, detail?: string): ParseResult => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

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
  const json = readJsonText(input, byteLength, MAX_BACKUP_BYTES);
  if (!json.ok) return fail(json.code);
  const parsed = json.value;

  const envelope = readEnvelope(parsed, BACKUP_FORMAT, BACKUP_VERSION);
  if (!envelope.ok)
    return envelope.problem === 'other-format'
      ? fail('not-a-backup')
      : envelope.problem === 'bad-version'
        ? fail('invalid', BAD_VERSION)
        : fail('newer-version', String(envelope.version));

  const forbidden = findForbiddenKey(parsed);
  if (forbidden !== null) return fail('forbidden-key', forbidden);

  const result = v.safeParse(dataSchema, envelope.value.data, {
    abortEarly: true,
    abortPipeEarly: true,
  });
  if (!result.success) return fail('invalid', issueLine(result.issues[0], 'data'));
  const data = result.output;

  const duplicate =
    duplicateId(data.myTips, 'data.myTips') ?? duplicateId(data.ownTerms, 'data.ownTerms');
  if (duplicate !== null) return fail('invalid', shorten(duplicate));

  const teamLists: StoredTeamList[] = [];
  for (const [index, entry] of data.teamLists.entries()) {
    const read = readTeamList(entry.list, `data.teamLists[${index}].list`);
    if (!read.ok) return fail('invalid', read.error.detail);
    if (teamLists.some((kept) => kept.list.id === read.list.id))
      return fail('invalid', `data.teamLists[${index}].list.id: duplicate id`);
    teamLists.push({ list: read.list, enabled: entry.enabled, addedAt: entry.addedAt });
  }
  if (teamListsBytes(teamLists) > TEAM_LISTS_MAX_BYTES)
    return fail('invalid', 'data.teamLists: larger than team lists can be');

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
      teamLists,
      sharedTeamLists: data.sharedTeamLists,
    },
  };
}
