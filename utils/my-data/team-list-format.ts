/**
 * The team-list file: tips and terms a team shares (or an organisation deploys), as one
 * versioned JSON file, written and read. Plain TypeScript, no browser globals: reading and
 * saving files, storage and the UI are the caller's job. What changed between two versions
 * of a list is ./team-list-changes.ts; a list set through browser policy is read by
 * ./managed-policy.ts with the same checks (readTeamList).
 *
 * The rules are the backup's (./backup-format.ts): a file is untrusted, so it is
 * size-checked before it is parsed, checked for prototype-polluting keys anywhere, and
 * validated against a schema within the LIMITS of ./model.ts before any of it is used (the
 * checks both formats share are ./untrusted-json.ts). Nothing here throws for a bad file;
 * every failure is a value (`{ ok: false, error }`). Text fields are plain text: markup in
 * them stays as it is, because the UI always shows them as text.
 *
 * The file:
 * ```json
 * { "format": "holding-space-companion-team-list", "version": 1,
 *   "list": { "id": "…", "name": "…", "publisher": "…", "version": 3,
 *             "date": "2026-11-30", "language": "nl",
 *             "tips": [{ "id": "…", "title": "…", "note": "…", "tags": ["…"] }],
 *             "terms": [{ "id": "…", "term": "…", "variants": ["…"],
 *                         "explanation": "…", "language": "nl" }] } }
 * ```
 * Required: the list's id, name, version, date and language; each tip's id and title; each
 * term's id and term. The rest may be left out of a hand-written list (an administrator's
 * policy, say) and reads as empty; a term without a language has the list's.
 */
// cspell:ignore picklist
import * as v from 'valibot';
import { LANGS } from '../texts/ids';
import type { Lang, TeamListErrorCode } from '../texts/ids';
import { BACKUP_FORMAT, TEAM_LIST_FORMAT } from './file-formats';
import { LIMITS } from './model';
import type { MyTip, OwnTerm } from './model';
import { list, text } from './record-schema';
import {
  BAD_VERSION,
  duplicateId,
  findForbiddenKey,
  issueLine,
  readEnvelope,
  readJsonText,
  shorten,
} from './untrusted-json';

export { TEAM_LIST_FORMAT } from './file-formats';
/** The version of the file format (not of a list: that is `list.version`). */
export const TEAM_LIST_VERSION = 1;
/** The longest list name and publisher, in characters. */
export const TEAM_LIST_NAME_LIMIT = 120;
/** The longest `date` kept: a full ISO timestamp with nanoseconds and an offset is 35. */
const DATE_LIMIT = 40;

/**
 * Larger files are refused before they are read as JSON. Above the largest list the share
 * tool can write, with every character a six-byte JSON escape (\u0001) and the JSON
 * indented as createTeamListFile writes it:
 *   a tip:  (100 id + 500 title + 2,000 note + 12 × 40 tags) × 6 = 18,480 bytes,
 *           + 236 of keys, quotes and indentation = 18,716 bytes; × 1,000 = 18.7 MB
 *   a term: (100 id + 80 term + 20 × 80 variants + 400 explanation) × 6 = 13,080 bytes,
 *           + 379 (its language too) = 13,459 bytes; × 1,000 = 13.5 MB
 *   the list's id, name, publisher, version, date and the envelope: about 2 KB
 * come to 32.2 million bytes, 30.7 MiB (a unit test writes that file and reads it back);
 * 40 MiB leaves room for a hand-written file indented more deeply. An ordinary list of 50
 * tips is a few KB.
 */
export const MAX_TEAM_LIST_BYTES = 40 * 1024 * 1024;

/** A tip of a team list: read-only, shown under the list's name. */
export interface TeamTip {
  id: string;
  title: string;
  note: string;
  tags: string[];
}

/** A term of a team list: highlighted in text of its `language`. */
export interface TeamTerm {
  id: string;
  /** The headword shown on the card. */
  term: string;
  /** Other forms that find it; the headword always finds it too. */
  variants: string[];
  explanation: string;
  /** Always set once read: a term the file gave no language has the list's. */
  language: Lang;
}

/** A team list as read: every field present, within the limits. */
export interface TeamList {
  /** The same list keeps its id from version to version (see ./team-list-changes.ts). */
  id: string;
  name: string;
  /** Who publishes it ("Jeugdzorg Noord"); '' when the file names no one. */
  publisher: string;
  /** The list's own version, a whole number from 1 that the team raises. */
  version: number;
  /** When this version was made: an ISO date (2026-11-30) or a full ISO timestamp. */
  date: string;
  language: Lang;
  tips: TeamTip[];
  terms: TeamTerm[];
}

/** The whole file, as written. */
export interface TeamListFile {
  format: typeof TEAM_LIST_FORMAT;
  version: typeof TEAM_LIST_VERSION;
  list: Omit<TeamList, 'terms'> & { terms: (Omit<TeamTerm, 'language'> & { language?: Lang })[] };
}

export interface TeamListError {
  code: TeamListErrorCode;
  /**
   * For 'newer-version': the file's format version; for 'invalid' and 'forbidden-key':
   * where and why (`list.tips[3].title: too long`); for 'not-team-list': 'backup' when
   * the file is a backup of this extension (the UI can point to restoring it instead).
   */
  detail?: string;
}

export type TeamListResult = { ok: true; list: TeamList } | { ok: false; error: TeamListError };

// ---------------------------------------------------------------------------------------
// The schema

const EMPTY = 'empty';
/** A string within `max` characters with more than white space in it. */
const filled = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, 'too long'),
    v.check((value) => value.trim() !== '', EMPTY),
  );

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Whether `value` is an ISO date or timestamp of a day that exists (no 30 February). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value) ?? ISO_TIMESTAMP.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read years below 100 as 19xx
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const emptyList = () => [];

const teamTipSchema = v.object({
  id: filled(LIMITS.id),
  title: filled(LIMITS.tipText),
  note: v.optional(text(LIMITS.tipNote), ''),
  tags: v.optional(list(text(LIMITS.tag), LIMITS.tagsPerTip), emptyList),
});

const teamTermSchema = v.object({
  id: filled(LIMITS.id),
  term: filled(LIMITS.term),
  variants: v.optional(list(text(LIMITS.term), LIMITS.variantsPerTerm), emptyList),
  explanation: v.optional(text(LIMITS.explanation), ''),
  language: v.optional(v.picklist(LANGS)),
});

/**
 * The schema of a list (the file's `list`, and each of a policy's `teamLists`). v.object
 * keeps only the keys it knows: unknown keys never reach the output. Exported for the test
 * that keeps public/managed-schema.json in step with it.
 */
export const teamListSchema = v.object({
  id: filled(LIMITS.id),
  name: filled(TEAM_LIST_NAME_LIMIT),
  publisher: v.optional(text(TEAM_LIST_NAME_LIMIT), ''),
  version: v.pipe(
    v.number(),
    v.integer('not a whole number'),
    v.minValue(1, 'less than 1'),
    v.maxValue(Number.MAX_SAFE_INTEGER, 'too large'),
  ),
  date: v.pipe(
    v.string(),
    v.maxLength(DATE_LIMIT, 'too long'),
    v.check(isIsoDate, 'not an ISO date (YYYY-MM-DD) or timestamp'),
  ),
  language: v.picklist(LANGS),
  tips: v.optional(list(teamTipSchema, LIMITS.records), emptyList),
  terms: v.optional(list(teamTermSchema, LIMITS.records), emptyList),
});

// ---------------------------------------------------------------------------------------
// Reading

const fail = (code: TeamListErrorCode, detail?: string): TeamListResult => ({
  ok: false,
  error: detail === undefined ? { code } : { code, detail },
});

/**
 * Checks a list that is already a value (the file's `list`, or one of an organisation's
 * `teamLists`): forbidden keys, the schema, unique tip ids and unique term ids. `where`
 * names it in a detail (`list.tips[3].title: too long`). Never throws; the only error
 * codes are 'forbidden-key' and 'invalid'.
 */
export function readTeamList(value: unknown, where = 'list'): TeamListResult {
  try {
    return readUnsafe(value, where);
  } catch {
    // Should not happen (a getter that throws, in a value passed in); a last guard.
    return fail('invalid', where);
  }
}

/** `keysChecked`: the caller has looked for forbidden keys in `value` already. */
function readUnsafe(value: unknown, where: string, keysChecked = false): TeamListResult {
  const forbidden = keysChecked ? null : findForbiddenKey(value, where);
  if (forbidden !== null) return fail('forbidden-key', shorten(forbidden));

  const result = v.safeParse(teamListSchema, value, { abortEarly: true, abortPipeEarly: true });
  if (!result.success) return fail('invalid', issueLine(result.issues[0], where));
  const read = result.output;

  const duplicate =
    duplicateId(read.tips, `${where}.tips`) ?? duplicateId(read.terms, `${where}.terms`);
  if (duplicate !== null) return fail('invalid', shorten(duplicate));

  return {
    ok: true,
    list: {
      id: read.id,
      name: read.name,
      publisher: read.publisher,
      version: read.version,
      date: read.date,
      language: read.language,
      tips: read.tips.map(({ id, title, note, tags }) => ({ id, title, note, tags })),
      terms: read.terms.map(({ id, term, variants, explanation, language }) => ({
        id,
        term,
        variants,
        explanation,
        language: language ?? read.language,
      })),
    },
  };
}

/**
 * Reads a team-list file. `byteLength` is the file's size in bytes (checked first, before
 * the text is looked at). Never throws.
 */
export function parseTeamListFile(text: string, byteLength: number): TeamListResult {
  try {
    return parseUnsafe(text, byteLength);
  } catch {
    // Should not happen; a last guard so that a bad file is never an exception.
    return fail('invalid');
  }
}

function parseUnsafe(input: string, byteLength: number): TeamListResult {
  const json = readJsonText(input, byteLength, MAX_TEAM_LIST_BYTES);
  if (!json.ok) return fail(json.code);
  const parsed = json.value;

  const envelope = readEnvelope(parsed, TEAM_LIST_FORMAT, TEAM_LIST_VERSION);
  if (!envelope.ok)
    return envelope.problem === 'other-format'
      ? fail('not-team-list', envelope.format === BACKUP_FORMAT ? 'backup' : undefined)
      : envelope.problem === 'bad-version'
        ? fail('invalid', BAD_VERSION)
        : fail('newer-version', String(envelope.version));

  // The envelope too: a forbidden key beside `list` is refused as well.
  const forbidden = findForbiddenKey(parsed, '');
  if (forbidden !== null) return fail('forbidden-key', shorten(forbidden));

  const file = envelope.value;
  return readUnsafe(Object.hasOwn(file, 'list') ? file.list : undefined, 'list', true);
}

// ---------------------------------------------------------------------------------------
// Writing

/** A tip as the share tool takes it: a MyTip will do. */
export type ShareableTip = Pick<MyTip, 'id' | 'text' | 'note' | 'tags'> & { deleted?: true };
/** A term as the share tool takes it: an OwnTerm will do; `language` defaults to the list's. */
export type ShareableTerm = Pick<OwnTerm, 'id' | 'term' | 'variants' | 'explanation'> & {
  language?: Lang;
  deleted?: true;
};

export interface TeamListInput {
  /** A new list: newTeamListId(name, …); a new version of a list: that list's id. */
  id: string;
  name: string;
  publisher: string;
  /** A whole number from 1; raise it for each new version of the same list. */
  version: number;
  language: Lang;
  tips: readonly ShareableTip[];
  terms: readonly ShareableTerm[];
}

/**
 * Whether a tip can go into a team list. A kept built-in tip has no text of its own (it is
 * shown from the content, in the current language), and a deleted one has none left: the
 * share tool leaves those out. To share a built-in tip anyway, pass it with `text` set to
 * its title in the list's language (and `note` to what should go with it).
 */
export const isShareableTip = (tip: ShareableTip): boolean =>
  !tip.deleted && tip.text.trim() !== '';

/**
 * The team-list file for `input`, as pretty JSON, dated `now` (a full ISO timestamp).
 * Tips that are not shareable (isShareableTip) and deleted terms are left out; the name and
 * publisher are trimmed; a term's language is written only where it is not the list's.
 * Everything else is written as it is, and the result is read back with the same checks
 * as any file: input that would make a file this extension refuses (an empty name, a name
 * over TEAM_LIST_NAME_LIMIT, a bad version, more than LIMITS.records tips, two tips with
 * one id, …) throws a RangeError saying what is wrong, so no unreadable file is ever
 * written. Records from the user's own lists are within the limits already.
 */
export function createTeamListFile(input: TeamListInput, now: Date): string {
  const file: TeamListFile = {
    format: TEAM_LIST_FORMAT,
    version: TEAM_LIST_VERSION,
    list: {
      id: input.id,
      name: input.name.trim(),
      publisher: input.publisher.trim(),
      version: input.version,
      date: now.toISOString(),
      language: input.language,
      tips: input.tips
        .filter(isShareableTip)
        .map(({ id, text: title, note, tags }) => ({ id, title, note, tags: [...tags] })),
      terms: input.terms
        .filter((term) => !term.deleted)
        .map(({ id, term, variants, explanation, language }) => ({
          id,
          term,
          variants: [...variants],
          explanation,
          ...(language !== undefined && language !== input.language ? { language } : {}),
        })),
    },
  };
  const check = readTeamList(file.list);
  if (!check.ok)
    throw new RangeError(
      `Not a team list this extension can read: ${check.error.detail ?? check.error.code}`,
    );
  return JSON.stringify(file, null, 2);
}

/**
 * An id for a new list: a slug of its name ("Team Jeugdzorg Noord" → "team-jeugdzorg-noord",
 * accents folded, at most 60 characters, "team-list" for a name with no letters or digits)
 * and a short suffix, so that two teams that pick the same name still get two lists.
 * `random` is the caller's randomness (crypto.randomUUID(), say; this module uses no
 * browser globals): its first eight letters and digits, in lower case, are the suffix.
 */
export function newTeamListId(name: string, random: string): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'team-list';
  const suffix = random
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 8);
  return suffix === '' ? slug : `${slug}-${suffix}`;
}
