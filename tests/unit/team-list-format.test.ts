import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../utils/my-data/backup-format';
import { LIMITS } from '../../utils/my-data/model';
import {
  createTeamListFile,
  isIsoDate,
  isShareableTip,
  MAX_TEAM_LIST_BYTES,
  newTeamListId,
  parseTeamListFile,
  readTeamList,
  TEAM_LIST_FORMAT,
  TEAM_LIST_NAME_LIMIT,
  TEAM_LIST_VERSION,
} from '../../utils/my-data/team-list-format';
import type {
  ShareableTerm,
  ShareableTip,
  TeamList,
  TeamListInput,
} from '../../utils/my-data/team-list-format';
import { LANGS, TEAM_LIST_ERROR_CODES } from '../../utils/texts/ids';
import { myTip, ownTerm } from './support/my-data';

const NOW = new Date('2026-11-30T09:15:00.000Z');
const bytes = (text: string) => new TextEncoder().encode(text).length;
const parse = (text: string) => parseTeamListFile(text, bytes(text));

function errorOf(text: string, byteLength = bytes(text)) {
  const result = parseTeamListFile(text, byteLength);
  return result.ok ? null : result.error;
}

function input(extra: Partial<TeamListInput> = {}): TeamListInput {
  return {
    id: 'jeugdzorg-noord',
    name: 'Team Jeugdzorg Noord',
    publisher: 'Jeugdzorg Noord',
    version: 3,
    language: 'nl',
    tips: [myTip('a', { note: 'Uit de intervisie', tags: ['intervisie'] }), myTip('b')],
    terms: [ownTerm('t', { variants: ['zelfregie', 'eigen regie'] })],
    ...extra,
  };
}

/** A valid file as plain JSON, to break in one place. */
interface Json {
  format: unknown;
  version: unknown;
  list: Record<string, unknown> & {
    tips: Record<string, unknown>[];
    terms: Record<string, unknown>[];
  };
}
const validJson = (): Json => JSON.parse(createTeamListFile(input(), NOW)) as Json;
const file = (json: Json) => JSON.stringify(json);

describe('createTeamListFile and parseTeamListFile', () => {
  it('round-trips a list', () => {
    const result = parse(createTeamListFile(input(), NOW));
    expect(result).toEqual({
      ok: true,
      list: {
        id: 'jeugdzorg-noord',
        name: 'Team Jeugdzorg Noord',
        publisher: 'Jeugdzorg Noord',
        version: 3,
        date: '2026-11-30T09:15:00.000Z',
        language: 'nl',
        tips: [
          { id: 'a', title: 'Tip a', note: 'Uit de intervisie', tags: ['intervisie'] },
          { id: 'b', title: 'Tip b', note: '', tags: [] },
        ],
        terms: [
          {
            id: 't',
            term: 'Term t',
            variants: ['zelfregie', 'eigen regie'],
            explanation: 'An explanation',
            language: 'nl',
          },
        ],
      },
    });
  });

  it('writes the versioned envelope as pretty JSON, without the records’ own fields', () => {
    const text = createTeamListFile(input(), NOW);
    const parsed = JSON.parse(text) as Json;
    expect(parsed.format).toBe('holding-space-companion-team-list');
    expect(parsed.version).toBe(1);
    expect(text).toContain('\n  "format"');
    expect(parsed.list.tips[0]).toEqual({
      id: 'a',
      title: 'Tip a',
      note: 'Uit de intervisie',
      tags: ['intervisie'],
    });
    expect(text).not.toMatch(/order|createdAt|updatedAt/);
  });

  it('leaves out kept built-in tips (no text of their own) and deleted records', () => {
    const text = createTeamListFile(
      input({
        tips: [
          myTip('kept', { text: '', builtIn: 'ego-aside' }),
          myTip('blank', { text: '  \n' }),
          myTip('gone', { deleted: true }),
          myTip('mine'),
        ],
        terms: [ownTerm('t-gone', { deleted: true }), ownTerm('t')],
      }),
      NOW,
    );
    const result = parse(text);
    expect(result.ok && result.list.tips.map((t) => t.id)).toEqual(['mine']);
    expect(result.ok && result.list.terms.map((t) => t.id)).toEqual(['t']);
    // A built-in tip resolved by the caller (its title in the list's language) goes in.
    const resolved = createTeamListFile(
      input({ tips: [myTip('kept', { text: 'Laat hun kracht bij hen', builtIn: 'ego-aside' })] }),
      NOW,
    );
    expect(parse(resolved).ok && (JSON.parse(resolved) as Json).list.tips[0]).toEqual({
      id: 'kept',
      title: 'Laat hun kracht bij hen',
      note: '',
      tags: [],
    });
  });

  it('isShareableTip says which tips go in', () => {
    expect(isShareableTip(myTip('a'))).toBe(true);
    expect(isShareableTip(myTip('a', { text: '', builtIn: 'ego-aside' }))).toBe(false);
    expect(isShareableTip(myTip('a', { deleted: true }))).toBe(false);
  });

  it("writes a term's language only where it is not the list's; reads it back either way", () => {
    const terms: ShareableTerm[] = [
      { ...ownTerm('own') },
      { ...ownTerm('same'), language: 'nl' },
      { ...ownTerm('other'), language: 'en' },
    ];
    const text = createTeamListFile(input({ terms }), NOW);
    const written = (JSON.parse(text) as Json).list.terms;
    expect(written.map((t) => t.language)).toEqual([undefined, undefined, 'en']);
    const result = parse(text);
    expect(result.ok && result.list.terms.map((t) => t.language)).toEqual(['nl', 'nl', 'en']);
  });

  it('trims the name and publisher', () => {
    const result = parse(createTeamListFile(input({ name: '  Team  ', publisher: ' P ' }), NOW));
    expect(result.ok && [result.list.name, result.list.publisher]).toEqual(['Team', 'P']);
  });

  it('refuses to write a file it could not read back, saying why', () => {
    const cases: [Partial<TeamListInput>, string][] = [
      [{ name: '   ' }, 'list.name: empty'],
      [{ name: 'x'.repeat(TEAM_LIST_NAME_LIMIT + 1) }, 'list.name: too long'],
      [{ publisher: 'x'.repeat(TEAM_LIST_NAME_LIMIT + 1) }, 'list.publisher: too long'],
      [{ id: '' }, 'list.id: empty'],
      [{ version: 0 }, 'list.version: less than 1'],
      [{ version: 2.5 }, 'list.version: not a whole number'],
      [{ tips: [myTip('a'), myTip('a')] }, 'list.tips[1].id: duplicate id'],
      [{ tips: Array.from({ length: LIMITS.records + 1 }, (_, i) => myTip(`t${i}`)) }, 'too many'],
    ];
    for (const [change, message] of cases) {
      expect(() => createTeamListFile(input(change), NOW), message).toThrow(RangeError);
      expect(() => createTeamListFile(input(change), NOW), message).toThrow(message);
    }
  });

  it('keeps markup and script in text fields as plain text', () => {
    const nasty = '<img src=x onerror=alert(1)> <script>alert("x")</script> [a](javascript:1)';
    const text = createTeamListFile(
      input({
        name: '<b>Team</b>',
        publisher: nasty.slice(0, TEAM_LIST_NAME_LIMIT),
        tips: [myTip('x', { text: nasty, note: nasty, tags: ['<i>'] })],
        terms: [ownTerm('y', { term: '<u>term</u>', variants: ['&amp;'], explanation: nasty })],
      }),
      NOW,
    );
    const result = parse(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.list.name).toBe('<b>Team</b>');
    expect(result.list.tips[0]).toEqual({ id: 'x', title: nasty, note: nasty, tags: ['<i>'] });
    expect(result.list.terms[0]).toMatchObject({
      term: '<u>term</u>',
      variants: ['&amp;'],
      explanation: nasty,
    });
  });

  it('round-trips any list within the limits (property)', () => {
    // Cut to `max` UTF-16 units (what the limits count), even halfway through a pair.
    const chars = (max: number) =>
      fc.string({ maxLength: max, unit: 'binary' }).map((s) => s.slice(0, max));
    const filled = (max: number) => chars(max).filter((s) => s.trim() !== '');
    const tipArb = fc.record({
      id: filled(LIMITS.id),
      text: filled(LIMITS.tipText),
      note: chars(LIMITS.tipNote),
      tags: fc.array(chars(LIMITS.tag), { maxLength: LIMITS.tagsPerTip }),
    });
    const termArb = fc.record(
      {
        id: filled(LIMITS.id),
        term: filled(LIMITS.term),
        variants: fc.array(chars(LIMITS.term), { maxLength: LIMITS.variantsPerTerm }),
        explanation: chars(LIMITS.explanation),
        language: fc.constantFrom(...LANGS),
      },
      { requiredKeys: ['id', 'term', 'variants', 'explanation'] },
    );
    const inputArb = fc.record({
      id: filled(LIMITS.id),
      name: filled(TEAM_LIST_NAME_LIMIT),
      publisher: chars(TEAM_LIST_NAME_LIMIT),
      version: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      language: fc.constantFrom(...LANGS),
      tips: fc.uniqueArray(tipArb, { selector: (t) => t.id, maxLength: 8 }),
      terms: fc.uniqueArray(termArb, { selector: (t) => t.id, maxLength: 8 }),
    });
    fc.assert(
      fc.property(inputArb, fc.date({ noInvalidDate: true }), (given, now) => {
        const expected: TeamList = {
          id: given.id,
          name: given.name.trim(),
          publisher: given.publisher.trim(),
          version: given.version,
          date: now.toISOString(),
          language: given.language,
          tips: given.tips.map((t) => ({ id: t.id, title: t.text, note: t.note, tags: t.tags })),
          terms: given.terms.map((t) => ({
            id: t.id,
            term: t.term,
            variants: t.variants,
            explanation: t.explanation,
            language: t.language ?? given.language,
          })),
        };
        // A date beyond year 9999 is written with a sign (+010000-…), which is not ISO.
        fc.pre(isIsoDate(expected.date));
        expect(parse(createTeamListFile(given, now))).toEqual({ ok: true, list: expected });
      }),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------

/** `length` characters that JSON writes as six bytes each (\u0001), after a unique start. */
const worst = (length: number, start = '') => start + '\u0001'.repeat(length - start.length);

function maximalInput(): TeamListInput {
  const tips: ShareableTip[] = Array.from({ length: LIMITS.records }, (_, i) => ({
    id: worst(LIMITS.id, `tip${i}-`),
    text: worst(LIMITS.tipText),
    note: worst(LIMITS.tipNote),
    tags: Array.from({ length: LIMITS.tagsPerTip }, () => worst(LIMITS.tag)),
  }));
  const terms: ShareableTerm[] = Array.from({ length: LIMITS.records }, (_, i) => ({
    id: worst(LIMITS.id, `term${i}-`),
    term: worst(LIMITS.term),
    variants: Array.from({ length: LIMITS.variantsPerTerm }, () => worst(LIMITS.term)),
    explanation: worst(LIMITS.explanation),
    language: 'en', // not the list's: written out
  }));
  return {
    id: worst(LIMITS.id, 'list-'),
    name: worst(TEAM_LIST_NAME_LIMIT, 'n'),
    publisher: worst(TEAM_LIST_NAME_LIMIT, 'p'),
    version: Number.MAX_SAFE_INTEGER,
    language: 'nl',
    tips,
    terms,
  };
}

describe('the largest list the share tool can write', () => {
  it('round-trips and is under MAX_TEAM_LIST_BYTES', () => {
    const given = maximalInput();
    const text = createTeamListFile(given, NOW);
    const size = bytes(text);
    // The sum in MAX_TEAM_LIST_BYTES's comment: 30.7 MiB.
    expect(size).toBeGreaterThan(30 * 1024 * 1024);
    expect(size).toBeLessThan(31 * 1024 * 1024);
    expect(size).toBeLessThan(MAX_TEAM_LIST_BYTES);
    const result = parseTeamListFile(text, size);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.list.tips).toHaveLength(LIMITS.records);
    expect(result.list.terms).toHaveLength(LIMITS.records);
    expect(result.list.tips[999]).toEqual({
      id: given.tips[999]!.id,
      title: given.tips[999]!.text,
      note: given.tips[999]!.note,
      tags: given.tips[999]!.tags,
    });
    expect(result.list.terms[0]).toEqual(given.terms[0]);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------

describe('parseTeamListFile refuses bad files', () => {
  it('has an error code for each way a file can fail', () => {
    expect([...TEAM_LIST_ERROR_CODES].sort()).toEqual(
      [
        'empty',
        'forbidden-key',
        'invalid',
        'newer-version',
        'not-json',
        'not-team-list',
        'too-large',
        'too-many-parts',
      ].sort(),
    );
  });

  it('refuses a file of millions of tiny values before parsing it (it could freeze the tab)', () => {
    const text = `{"format":"holding-space-companion-team-list","list":{"terms":[${'{},'.repeat(2_100_000)}{}]}}`;
    expect(errorOf(text)).toEqual({ code: 'too-many-parts' });
  });

  it('refuses a file over MAX_TEAM_LIST_BYTES by its size, before reading it', () => {
    const text = createTeamListFile(input(), NOW);
    expect(errorOf(text, MAX_TEAM_LIST_BYTES + 1)).toEqual({ code: 'too-large' });
    expect(errorOf('', MAX_TEAM_LIST_BYTES + 1)).toEqual({ code: 'too-large' });
    expect(errorOf(text, Number.NaN)).toEqual({ code: 'too-large' });
    expect(parseTeamListFile(text, MAX_TEAM_LIST_BYTES).ok).toBe(true);
  });

  // Which texts are empty or not JSON: untrusted-json.test.ts (readJsonText).
  it('refuses an empty file and one that is not JSON', () => {
    expect(errorOf('\uFEFF')).toEqual({ code: 'empty' });
    expect(errorOf('# Team tips\n- one')).toEqual({ code: 'not-json' });
  });

  it('reads a file with a byte order mark', () => {
    expect(parse(`\uFEFF${createTeamListFile(input(), NOW)}`).ok).toBe(true);
  });

  it("refuses another file's JSON, and says when it is a backup", () => {
    const packageJson = JSON.stringify({ name: 'x', version: '1.0.0' });
    for (const text of [packageJson, '[1]', '"text"', '42', 'null', 'true', '{}'])
      expect(errorOf(text), text).toEqual({ code: 'not-team-list' });
    expect(errorOf(JSON.stringify({ format: 'other', version: 1, list: {} }))).toEqual({
      code: 'not-team-list',
    });
    const backup = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, data: {} });
    expect(errorOf(backup)).toEqual({ code: 'not-team-list', detail: 'backup' });
    // A format that is not ours goes before anything else in the file.
    const json = validJson();
    json.format = `${TEAM_LIST_FORMAT}-2`;
    json.version = 99;
    expect(errorOf(file(json))).toEqual({ code: 'not-team-list' });
  });

  it('refuses a newer format version, naming it', () => {
    const json = validJson();
    json.version = TEAM_LIST_VERSION + 1;
    expect(errorOf(file(json))).toEqual({ code: 'newer-version', detail: '2' });
    // Even when its list is of a shape this version does not know.
    expect(errorOf(JSON.stringify({ format: TEAM_LIST_FORMAT, version: 7, lists: [] }))).toEqual({
      code: 'newer-version',
      detail: '7',
    });
  });

  it('refuses a format version that is not a positive whole number', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      const json = validJson();
      json.version = version;
      expect(errorOf(file(json)), String(version)).toEqual({
        code: 'invalid',
        detail: 'version: not a positive whole number',
      });
    }
    expect(errorOf(JSON.stringify({ format: TEAM_LIST_FORMAT, list: {} }))?.code).toBe('invalid');
  });

  // Keys at any depth, and words as values: untrusted-json.test.ts (findForbiddenKey).
  it('refuses __proto__, constructor and prototype keys, in the envelope and in the list', () => {
    const valid = file(validJson());
    const top = `{"__proto__": {"polluted": true}, ${valid.slice(1)}`;
    expect(errorOf(top)).toEqual({ code: 'forbidden-key', detail: '__proto__' });

    const inTip = valid.replace('"id":"a"', '"id":"a","__proto__":{"isAdmin":true}');
    expect(errorOf(inTip)).toEqual({ code: 'forbidden-key', detail: 'list.tips[0].__proto__' });

    const inTerm = valid.replace('"id":"t"', '"id":"t","prototype":1');
    expect(errorOf(inTerm)).toEqual({ code: 'forbidden-key', detail: 'list.terms[0].prototype' });
  });

  it('shortens the path of a forbidden key', () => {
    const json = validJson();
    let nested: Record<string, unknown> = { constructor: 1 };
    for (let i = 0; i < 30; i++) nested = { [`level${i}`]: nested };
    json.list.extra = nested;
    const detail = errorOf(file(json))?.detail ?? '';
    expect(detail).toHaveLength(200);
    expect(detail.startsWith('list.extra.level29.level28')).toBe(true);
  });

  it('refuses duplicate tip ids and duplicate term ids', () => {
    const tips = validJson();
    tips.list.tips[1]!.id = 'a';
    expect(errorOf(file(tips))).toEqual({
      code: 'invalid',
      detail: 'list.tips[1].id: duplicate id',
    });
    const terms = validJson();
    terms.list.terms.push({ ...terms.list.terms[0]!, term: 'Other' });
    expect(errorOf(file(terms))).toEqual({
      code: 'invalid',
      detail: 'list.terms[1].id: duplicate id',
    });
    // A tip and a term may share an id: they are separate lists.
    const both = validJson();
    both.list.terms[0]!.id = 'a';
    expect(parse(file(both)).ok).toBe(true);
  });

  it('refuses text over the limits, and takes text at them', () => {
    const fields: [(j: Json, n: number) => void, number, string][] = [
      [(j, n) => (j.list.id = 'x'.repeat(n)), LIMITS.id, 'list.id'],
      [(j, n) => (j.list.name = 'x'.repeat(n)), TEAM_LIST_NAME_LIMIT, 'list.name'],
      [(j, n) => (j.list.publisher = 'x'.repeat(n)), TEAM_LIST_NAME_LIMIT, 'list.publisher'],
      [(j, n) => (j.list.tips[0]!.id = 'x'.repeat(n)), LIMITS.id, 'list.tips[0].id'],
      [(j, n) => (j.list.tips[0]!.title = 'x'.repeat(n)), LIMITS.tipText, 'list.tips[0].title'],
      [(j, n) => (j.list.tips[0]!.note = 'x'.repeat(n)), LIMITS.tipNote, 'list.tips[0].note'],
      [(j, n) => (j.list.tips[0]!.tags = ['x'.repeat(n)]), LIMITS.tag, 'list.tips[0].tags[0]'],
      [(j, n) => (j.list.terms[0]!.id = 'x'.repeat(n)), LIMITS.id, 'list.terms[0].id'],
      [(j, n) => (j.list.terms[0]!.term = 'x'.repeat(n)), LIMITS.term, 'list.terms[0].term'],
      [
        (j, n) => (j.list.terms[0]!.variants = ['x'.repeat(n)]),
        LIMITS.term,
        'list.terms[0].variants[0]',
      ],
      [
        (j, n) => (j.list.terms[0]!.explanation = 'x'.repeat(n)),
        LIMITS.explanation,
        'list.terms[0].explanation',
      ],
    ];
    for (const [set, limit, where] of fields) {
      const atLimit = validJson();
      set(atLimit, limit);
      expect(parse(file(atLimit)).ok, where).toBe(true);
      const over = validJson();
      set(over, limit + 1);
      expect(errorOf(file(over)), where).toEqual({ code: 'invalid', detail: `${where}: too long` });
    }
  });

  it('refuses too many records, tags or variants', () => {
    const cases: [(j: Json) => void, string][] = [
      [
        (j) =>
          (j.list.tips = Array.from({ length: LIMITS.records + 1 }, (_, i) => ({
            id: `${i}`,
            title: 't',
          }))),
        'list.tips: too many',
      ],
      [
        (j) =>
          (j.list.terms = Array.from({ length: LIMITS.records + 1 }, (_, i) => ({
            id: `${i}`,
            term: 't',
          }))),
        'list.terms: too many',
      ],
      [
        (j) => (j.list.tips[0]!.tags = Array.from({ length: LIMITS.tagsPerTip + 1 }, () => 'x')),
        'list.tips[0].tags: too many',
      ],
      [
        (j) =>
          (j.list.terms[0]!.variants = Array.from(
            { length: LIMITS.variantsPerTerm + 1 },
            () => 'x',
          )),
        'list.terms[0].variants: too many',
      ],
    ];
    for (const [breakIt, detail] of cases) {
      const json = validJson();
      breakIt(json);
      expect(errorOf(file(json))).toEqual({ code: 'invalid', detail });
    }
  });

  it('refuses empty ids, names, titles and terms (white space counts as empty)', () => {
    const cases: [(j: Json) => void, string][] = [
      [(j) => (j.list.id = ''), 'list.id: empty'],
      [(j) => (j.list.name = ' \t'), 'list.name: empty'],
      [(j) => (j.list.tips[0]!.id = ' '), 'list.tips[0].id: empty'],
      [(j) => (j.list.tips[1]!.title = '\n'), 'list.tips[1].title: empty'],
      [(j) => (j.list.terms[0]!.id = ''), 'list.terms[0].id: empty'],
      [(j) => (j.list.terms[0]!.term = '  '), 'list.terms[0].term: empty'],
    ];
    for (const [breakIt, detail] of cases) {
      const json = validJson();
      breakIt(json);
      expect(errorOf(file(json))).toEqual({ code: 'invalid', detail });
    }
  });

  it('refuses wrong types and values, saying where', () => {
    const cases: [(j: Json) => void, string][] = [
      [(j) => (j.list = null as never), 'list: expected Object, got null'],
      [(j) => delete (j as Partial<Json>).list, 'list: missing'],
      [(j) => (j.list = [] as never), 'list.id: missing'],
      [(j) => delete j.list.name, 'list.name: missing'],
      [(j) => delete j.list.date, 'list.date: missing'],
      [(j) => (j.list.id = 7), 'list.id: expected string, got 7'],
      [(j) => (j.list.version = '3'), 'list.version: expected number, got "3"'],
      [(j) => (j.list.version = 0), 'list.version: less than 1'],
      [(j) => (j.list.version = 2.5), 'list.version: not a whole number'],
      [(j) => (j.list.language = 'de'), 'list.language: not an allowed value: "de"'],
      [(j) => (j.list.date = 'yesterday'), 'list.date: not an ISO date'],
      [(j) => (j.list.date = '2026-02-30'), 'list.date: not an ISO date'],
      [(j) => (j.list.date = 20261130), 'list.date: expected string, got 20261130'],
      [(j) => (j.list.tips = { a: 1 } as never), 'list.tips: expected Array, got Object'],
      [(j) => (j.list.tips[0]!.title = 5), 'list.tips[0].title: expected string, got 5'],
      [(j) => (j.list.tips[0]!.tags = 'a, b'), 'list.tips[0].tags: expected Array'],
      [(j) => (j.list.tips[0]!.tags = [1]), 'list.tips[0].tags[0]: expected string, got 1'],
      [(j) => (j.list.tips[0]!.note = null), 'list.tips[0].note: expected string, got null'],
      [(j) => (j.list.terms[0]!.variants = 'x'), 'list.terms[0].variants: expected Array'],
      [(j) => (j.list.terms[0]!.language = 'fr'), 'list.terms[0].language: not an allowed value'],
      [(j) => (j.list.terms[0]!.explanation = {}), 'list.terms[0].explanation: expected string'],
    ];
    for (const [breakIt, detail] of cases) {
      const json = validJson();
      breakIt(json);
      const error = errorOf(file(json));
      expect(error?.code, detail).toBe('invalid');
      expect(error?.detail, detail).toContain(detail);
    }
  });

  it('takes a hand-written list with only what is required, and leaves unknown keys out', () => {
    const text = JSON.stringify({
      format: TEAM_LIST_FORMAT,
      version: 1,
      comment: 'made by hand',
      list: {
        id: 'l',
        name: 'List',
        version: 1,
        date: '2026-11-30',
        language: 'en',
        colour: 'red',
        tips: [{ id: 'a', title: 'A', icon: 'x' }],
        terms: [{ id: 'b', term: 'B' }],
      },
    });
    expect(parse(text)).toEqual({
      ok: true,
      list: {
        id: 'l',
        name: 'List',
        publisher: '',
        version: 1,
        date: '2026-11-30',
        language: 'en',
        tips: [{ id: 'a', title: 'A', note: '', tags: [] }],
        terms: [{ id: 'b', term: 'B', variants: [], explanation: '', language: 'en' }],
      },
    });
    const bare = JSON.stringify({
      format: TEAM_LIST_FORMAT,
      version: 1,
      list: { id: 'l', name: 'List', version: 1, date: '2026-11-30', language: 'nl' },
    });
    expect(parse(bare)).toMatchObject({ ok: true, list: { tips: [], terms: [] } });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseTeamListFile(text, text.length).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(typeof parseTeamListFile(text, text.length).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
    // JSON that gets past the envelope, with an arbitrary list.
    fc.assert(
      fc.property(fc.jsonValue(), (list) => {
        const text = JSON.stringify({ format: TEAM_LIST_FORMAT, version: 1, list });
        expect(typeof parseTeamListFile(text, text.length).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('readTeamList (a list that is a value already)', () => {
  it('reads a list, naming it by `where` in a detail', () => {
    const list = validJson().list;
    expect(readTeamList(list).ok).toBe(true);
    expect(readTeamList({ ...list, name: '' }, 'teamLists[2]')).toEqual({
      ok: false,
      error: { code: 'invalid', detail: 'teamLists[2].name: empty' },
    });
  });

  it('does not loop on a value that refers to itself, nor throw on one that throws', () => {
    const list: Record<string, unknown> = { ...validJson().list };
    list.self = list;
    expect(readTeamList(list).ok).toBe(true);
    const throwing = Object.defineProperty({ ...validJson().list }, 'name', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(readTeamList(throwing, 'teamLists[0]')).toEqual({
      ok: false,
      error: { code: 'invalid', detail: 'teamLists[0]' },
    });
  });

  it('finds a forbidden key made by defineProperty (as a policy object may hold)', () => {
    const list = { ...validJson().list };
    Object.defineProperty(list, '__proto__', { value: {}, enumerable: true });
    expect(readTeamList(list, 'teamLists[0]')).toEqual({
      ok: false,
      error: { code: 'forbidden-key', detail: 'teamLists[0].__proto__' },
    });
  });
});

describe('isIsoDate', () => {
  it('takes ISO dates and timestamps of days that exist', () => {
    for (const date of [
      '2026-11-30',
      '2024-02-29',
      '2026-11-30T09:15:00.000Z',
      '2026-11-30T09:15Z',
      '2026-11-30T23:59:59+01:00',
      '2026-11-30T00:00:00.123456789-05:30',
    ])
      expect(isIsoDate(date), date).toBe(true);
  });

  it('refuses anything else', () => {
    for (const date of [
      '',
      '2026-11-31',
      '2025-02-29',
      '2026-13-01',
      '2026-00-10',
      '30-11-2026',
      '2026/11/30',
      '2026-11-30T24:00:00Z',
      '2026-11-30T09:15:00',
      '2026-11-30 09:15:00Z',
      '+010000-01-01T00:00:00.000Z',
      'Mon, 30 Nov 2026',
    ])
      expect(isIsoDate(date), date).toBe(false);
  });
});

describe('newTeamListId', () => {
  it('is a slug of the name with a short suffix from the given randomness', () => {
    expect(newTeamListId('Team Jeugdzorg Noord', '3F2A9C1E-77B0-4C1D-9E2F-0A1B2C3D4E5F')).toBe(
      'team-jeugdzorg-noord-3f2a9c1e',
    );
    expect(newTeamListId('Wijkverpleging Zuid-Oost (2026)', 'ab')).toBe(
      'wijkverpleging-zuid-oost-2026-ab',
    );
  });

  it('folds accents, and has a fallback for a name with no letters or digits', () => {
    expect(newTeamListId('Cliënt Café Ærø Één', 'x1')).toBe('client-cafe-r-een-x1');
    expect(newTeamListId('!!!', 'x1')).toBe('team-list-x1');
    expect(newTeamListId('', '')).toBe('team-list');
    expect(newTeamListId('Team', '')).toBe('team');
  });

  it('is always an id a file may hold', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 50 }), (name, random) => {
        const id = newTeamListId(name, random);
        expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(id.length).toBeLessThanOrEqual(LIMITS.id);
        expect(id.length).toBeLessThanOrEqual(69);
      }),
      { numRuns: 300 },
    );
  });
});
