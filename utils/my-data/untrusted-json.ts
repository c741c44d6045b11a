/**
 * Reading untrusted JSON (a backup file, a team-list file, a list an organisation set by
 * policy): the steps and checks both file formats take before any of it is used, so that
 * they take them alike: the size, the text, prototype-polluting keys anywhere, one line
 * for a schema issue, duplicate ids. What a file must hold, and the error codes, are each
 * format's own (./backup-format.ts, ./team-list-format.ts). Plain TypeScript, no browser
 * globals. Paths are written as the formats' messages show them: `list.tips[3].title`.
 */
import type * as v from 'valibot';

/**
 * Why a file's text is not JSON to look at: too many bytes, nothing in it, not JSON, or far
 * more values than any file of its kind holds.
 */
export type JsonTextError = 'too-large' | 'empty' | 'not-json' | 'too-many-parts';

/**
 * The most values (objects, arrays and the items between commas) a file is parsed with.
 * Far above what a real one holds (a backup of 1,000 tips and 1,000 terms with every field,
 * and team lists filling their 5 MB, come to well under 500,000), and far below what runs
 * a tab out of memory: an 80 MB file of `{},` is 27 million objects once parsed, more than
 * the views' tab can hold. Counting is one pass over the text, with no values made.
 */
export const MAX_JSON_PARTS = 2_000_000;

/**
 * A file's text as JSON. `byteLength` is the file's size in bytes, checked first, before
 * the text is looked at; a byte order mark some editors add is left out; white space only
 * is 'empty'; then the values are counted before anything is parsed.
 */
export function readJsonText(
  input: string,
  byteLength: number,
  maxBytes: number,
  maxParts = MAX_JSON_PARTS,
): { ok: true; value: unknown } | { ok: false; code: JsonTextError } {
  // A UTF-8 file has at least as many bytes as its text has UTF-16 code units.
  if (!(byteLength <= maxBytes) || input.length > maxBytes) return { ok: false, code: 'too-large' };
  const source = input.replace(/^\uFEFF/, ''); // a byte order mark some editors add
  if (source.trim() === '') return { ok: false, code: 'empty' };
  if (countJsonParts(source, maxParts) > maxParts) return { ok: false, code: 'too-many-parts' };
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch {
    return { ok: false, code: 'not-json' };
  }
}

/**
 * How many values a JSON text holds, roughly and never fewer than it has containers and
 * separators: each `{`, `[` and `,` outside strings counts one. Stops counting past
 * `stopAbove`. Text that is not JSON is counted the same way (JSON.parse judges it after).
 */
export function countJsonParts(text: string, stopAbove: number): number {
  let parts = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // a backslash: the next character is escaped
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b || code === 0x2c) {
      if (++parts > stopAbove) return parts;
    }
  }
  return parts;
}

/** The detail of a file whose version is not a positive whole number. */
export const BAD_VERSION = 'version: not a positive whole number';

/**
 * A file's envelope, checked alike for both kinds: an object whose `format` is `format`, and
 * whose `version` is a whole number from 1 to `maxVersion`. Otherwise why not: another
 * format (with the one it has, if any), a version that is no version, or a newer one.
 */
export function readEnvelope(
  parsed: unknown,
  format: string,
  maxVersion: number,
):
  | { ok: true; value: Record<string, unknown>; version: number }
  | { ok: false; problem: 'other-format'; format: unknown }
  | { ok: false; problem: 'bad-version' }
  | { ok: false; problem: 'newer-version'; version: number } {
  const found = isRecord(parsed) && Object.hasOwn(parsed, 'format') ? parsed.format : undefined;
  if (!isRecord(parsed) || found !== format)
    return { ok: false, problem: 'other-format', format: found };
  const version = Object.hasOwn(parsed, 'version') ? parsed.version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'bad-version' };
  if (version > maxVersion) return { ok: false, problem: 'newer-version', version };
  return { ok: true, value: parsed, version };
}

/** Keys that could pollute a prototype once the value is merged or spread somewhere. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** An object that is not an array (nor null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `.tips[3].title` from a path of keys: a number is an index, anything else a key. */
export function formatPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return path;
}

/** Keeps a message short even when it quotes a long value from the file: 200 characters
 * at most, the last an ellipsis. */
export const shorten = (message: string) =>
  message.length > 200 ? `${message.slice(0, 199)}…` : message;

interface WalkNode {
  value: unknown;
  key: string | number;
  parent: WalkNode | null;
}

/**
 * The path (after `where`, without a leading dot) of the first forbidden key anywhere in
 * the tree, arrays included, or null. Iterative, so deep nesting cannot overflow the
 * stack; the path is only built for a find; and each object is visited once, so a value
 * that is not JSON (a policy object passed in by the caller) cannot loop.
 */
export function findForbiddenKey(root: unknown, where = ''): string | null {
  const pathOf = (node: WalkNode, key: string) => {
    const keys: (string | number)[] = [key];
    for (let at: WalkNode | null = node; at?.parent; at = at.parent) keys.unshift(at.key);
    return `${where}${formatPath(keys)}`.replace(/^\./, '');
  };
  const seen = new Set<object>();
  const stack: WalkNode[] = [{ value: root, key: '', parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i] as unknown, key: i, parent: node });
    } else {
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

/** `<where>[3].id: duplicate id` for the first record whose id an earlier one has, or null. */
export function duplicateId(records: readonly { id: string }[], where: string): string | null {
  const seen = new Set<string>();
  for (const [index, record] of records.entries()) {
    if (seen.has(record.id)) return `${where}[${index}].id: duplicate id`;
    seen.add(record.id);
  }
  return null;
}

/**
 * A schema issue as one line, shortened: where (after `where`) and what is wrong —
 * `list.version: less than 1` (the issue's own message), `data.myTips[0].order: missing`,
 * `list.language: not an allowed value: "de"`, `list.id: expected string, got 7`.
 */
export function issueLine(issue: v.BaseIssue<unknown>, where: string): string {
  const path = `${where}${formatPath(issue.path?.map((item) => item.key) ?? [])}`;
  const message =
    issue.kind !== 'schema'
      ? issue.message
      : issue.input === undefined
        ? 'missing'
        : issue.type === 'picklist'
          ? `not an allowed value: ${issue.received}`
          : `expected ${issue.expected ?? '?'}, got ${issue.received}`;
  return shorten(`${path}: ${message}`);
}
