import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  createBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
} from '../../utils/my-data/backup-format';
import { applyImport, previewImport } from '../../utils/my-data/backup-import';
import { DEFAULT_PREFERENCES, LIMITS } from '../../utils/my-data/model';
import { DEFAULT_HIGHLIGHT_SETTINGS } from '../../utils/settings/highlight-settings';
import { backupData as data, myTip as tip, ownTerm as term } from './support/my-data';

const NOW = 1_750_000_000_000;

const bytes = (text: string) => new TextEncoder().encode(text).length;
const parse = (text: string) => parseBackup(text, bytes(text));

/** A backup file's text with `data` as given (any shape). */
function file(dataValue: unknown, version: unknown = BACKUP_VERSION): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version,
    exportedAt: '2025-06-15T10:00:00.000Z',
    data: dataValue,
  });
}

/** A valid backup's `data` as plain JSON, to break in one place. */
function validJson(): {
  myTips: Record<string, unknown>[];
  ownTerms: Record<string, unknown>[];
  highlightSettings: Record<string, unknown>;
  language: unknown;
  preferences: Record<string, unknown>;
} {
  return JSON.parse(
    JSON.stringify(data({ myTips: [tip('a'), tip('b')], ownTerms: [term('t')] })),
  ) as ReturnType<typeof validJson>;
}

function errorOf(text: string, byteLength = bytes(text)) {
  const result = parseBackup(text, byteLength);
  return result.ok ? null : result.error;
}

const full = data({
  myTips: [
    tip('a', {
      text: 'Ask before advising',
      note: 'From supervision\nsecond line',
      tags: ['supervision', 'silence'],
      order: -1.5,
      source: { quote: 'Selected words', pageTitle: 'A page', url: 'https://example.org/x' },
    }),
    tip('b', { text: '', builtIn: 'ego-aside', order: 2 }),
    tip('c', { source: { quote: 'q', pageTitle: 'No address' } }),
    tip('gone', { text: '', deleted: true, updatedAt: 3000 }),
  ],
  ownTerms: [
    term('t1', { variants: ['zelfregie', 'eigen regie'] }),
    term('t-gone', { term: '', explanation: '', deleted: true }),
  ],
  highlightSettings: {
    paused: true,
    disabledSites: ['example.org'],
    hiddenTerms: ['own:t1'],
    style: 'background',
    colour: 'violet',
    showBadge: true,
    everydayWords: 'never',
  },
  language: 'nl',
  preferences: { keepPageAddress: false, syncEnabled: true },
});

describe('createBackup and parseBackup', () => {
  it('round-trips everything but tombstones', () => {
    const text = createBackup(full, new Date('2025-06-15T10:00:00Z'));
    const result = parse(text);
    expect(result).toEqual({
      ok: true,
      data: {
        ...full,
        myTips: full.myTips.filter((t) => !t.deleted),
        ownTerms: full.ownTerms.filter((t) => !t.deleted),
      },
    });
    expect(text).not.toContain('gone');
  });

  it('writes the versioned envelope as pretty JSON', () => {
    const text = createBackup(data(), new Date('2025-06-15T10:00:00Z'));
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed.format).toBe('holding-space-companion-backup');
    expect(parsed.version).toBe(1);
    expect(parsed.exportedAt).toBe('2025-06-15T10:00:00.000Z');
    expect(text).toContain('\n  "format"');
  });

  it('keeps markup and script in text fields as plain text', () => {
    const nasty = '<img src=x onerror=alert(1)> <script>alert("x")</script> [a](javascript:1)';
    const input = data({
      myTips: [
        tip('x', {
          text: nasty,
          note: nasty,
          tags: ['<b>'],
          source: { quote: nasty, pageTitle: '<title>', url: 'javascript:alert(1)' },
        }),
      ],
      ownTerms: [term('y', { term: '<i>term</i>', explanation: nasty })],
    });
    const result = parse(createBackup(input, new Date(NOW)));
    expect(result).toEqual({ ok: true, data: input });
  });

  it('leaves out keys it does not know', () => {
    const json = validJson();
    (json as Record<string, unknown>).extra = 1;
    json.myTips[0]!.colour = 'red';
    json.highlightSettings.future = true;
    const result = parse(file(json));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).not.toHaveProperty('extra');
    expect(result.data.myTips[0]).not.toHaveProperty('colour');
    expect(result.data.highlightSettings).not.toHaveProperty('future');
  });

  it('fills settings and preferences fields that are missing with defaults', () => {
    const json = validJson();
    json.highlightSettings = { style: 'background' };
    json.preferences = {};
    const result = parse(file(json));
    expect(result.ok && result.data.highlightSettings).toEqual({
      ...DEFAULT_HIGHLIGHT_SETTINGS,
      style: 'background',
    });
    expect(result.ok && result.data.preferences).toEqual(DEFAULT_PREFERENCES);
  });

  it('drops tombstones found in a file', () => {
    const json = validJson();
    json.myTips[1]!.deleted = true;
    const result = parse(file(json));
    expect(result.ok && result.data.myTips.map((t) => t.id)).toEqual(['a']);
  });
});

describe('parseBackup refuses bad files', () => {
  // Which texts are empty or not JSON: untrusted-json.test.ts (readJsonText).
  it('refuses an empty file and one that is not JSON', () => {
    expect(errorOf(' \n')).toEqual({ code: 'empty' });
    expect(errorOf('My tips:\n- one')).toEqual({ code: 'not-json' });
  });

  it('refuses a file of millions of tiny values before parsing it (it could freeze the tab)', () => {
    const text = `{"format":"holding-space-companion-backup","version":1,"data":{"myTips":[${'{},'.repeat(2_100_000)}{}]}}`;
    expect(errorOf(text)).toEqual({ code: 'too-many-parts' });
  });

  it("refuses another file's JSON", () => {
    const packageJson = JSON.stringify({ name: 'x', version: '1.0.0', dependencies: {} });
    for (const text of [packageJson, '[1,2]', '"text"', '42', 'null', 'true', '{}']) {
      expect(errorOf(text), text).toEqual({ code: 'not-a-backup' });
    }
    expect(errorOf(JSON.stringify({ format: 'other', version: 1, data: {} }))).toEqual({
      code: 'not-a-backup',
    });
  });

  it('refuses a newer format version, naming it', () => {
    expect(errorOf(file(validJson(), 2))).toEqual({ code: 'newer-version', detail: '2' });
  });

  it('refuses a version that is not a positive whole number', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      expect(errorOf(file(validJson(), version))?.code, String(version)).toBe('invalid');
    }
    expect(errorOf(JSON.stringify({ format: BACKUP_FORMAT, data: validJson() }))?.code).toBe(
      'invalid',
    );
  });

  it('refuses wrong types, saying where', () => {
    const cases: [(json: ReturnType<typeof validJson>) => void, string][] = [
      [(j) => (j.myTips[1]!.text = 5), 'data.myTips[1].text:'],
      [(j) => (j.myTips[0]!.tags = 'supervision'), 'data.myTips[0].tags:'],
      [(j) => (j.myTips[0]!.tags = [1]), 'data.myTips[0].tags[0]:'],
      [(j) => (j.highlightSettings.style = 'neon'), 'data.highlightSettings.style:'],
      [(j) => (j.highlightSettings.colour = 'pink'), 'data.highlightSettings.colour:'],
      [(j) => (j.highlightSettings.paused = 'yes'), 'data.highlightSettings.paused:'],
      [(j) => (j.ownTerms[0]!.variants = 'x'), 'data.ownTerms[0].variants:'],
      [(j) => (j.myTips[0]!.builtIn = 'not-a-tip'), 'data.myTips[0].builtIn:'],
      [(j) => (j.myTips[0]!.source = { quote: 'q' }), 'data.myTips[0].source.pageTitle:'],
      [(j) => (j.myTips[0]!.id = ''), 'data.myTips[0].id:'],
      [(j) => (j.myTips[0]!.id = 'x'.repeat(101)), 'data.myTips[0].id:'],
      [(j) => (j.myTips[0]!.createdAt = -1), 'data.myTips[0].createdAt:'],
      [(j) => (j.myTips[0]!.updatedAt = '2025'), 'data.myTips[0].updatedAt:'],
      [(j) => delete j.myTips[0]!.order, 'data.myTips[0].order:'],
      [(j) => (j.language = 'de'), 'data.language:'],
      [(j) => (j.preferences.syncEnabled = 1), 'data.preferences.syncEnabled:'],
      [(j) => (j.myTips = {} as never), 'data.myTips:'],
    ];
    for (const [breakIt, where] of cases) {
      const json = validJson();
      breakIt(json);
      const error = errorOf(file(json));
      expect(error?.code, where).toBe('invalid');
      expect(error?.detail, where).toContain(where);
    }
    const exact: [(json: ReturnType<typeof validJson>) => void, string][] = [
      [(j) => (j.myTips[1]!.text = 5), 'data.myTips[1].text: expected string, got 5'],
      [
        (j) => (j.highlightSettings.style = 'neon'),
        'data.highlightSettings.style: not an allowed value: "neon"',
      ],
      [(j) => delete j.myTips[0]!.order, 'data.myTips[0].order: missing'],
    ];
    for (const [breakIt, detail] of exact) {
      const json = validJson();
      breakIt(json);
      expect(errorOf(file(json))).toEqual({ code: 'invalid', detail });
    }
    expect(errorOf(file(null))?.code).toBe('invalid');
    expect(errorOf(file([]))?.code).toBe('invalid');
  });

  it('refuses an order that is not a finite number', () => {
    const text = file(validJson()).replace('"order":0', '"order":1e999');
    expect(errorOf(text)).toMatchObject({
      code: 'invalid',
      detail: expect.stringContaining('order') as string,
    });
  });

  it('refuses text over the limits', () => {
    const long = validJson();
    long.myTips[1]!.text = 'x'.repeat(LIMITS.tipText + 1);
    expect(errorOf(file(long))).toEqual({
      code: 'invalid',
      detail: 'data.myTips[1].text: too long',
    });

    const atLimit = validJson();
    atLimit.myTips[1]!.text = 'x'.repeat(LIMITS.tipText);
    expect(parse(file(atLimit)).ok).toBe(true);

    const tags = validJson();
    tags.myTips[0]!.tags = Array.from({ length: LIMITS.tagsPerTip + 1 }, (_, i) => `t${i}`);
    expect(errorOf(file(tags))).toEqual({
      code: 'invalid',
      detail: 'data.myTips[0].tags: too many',
    });

    const many = validJson();
    many.myTips = Array.from({ length: LIMITS.records + 1 }, (_, i) => ({ ...tip(`id${i}`) }));
    expect(errorOf(file(many))).toEqual({ code: 'invalid', detail: 'data.myTips: too many' });

    const explanation = validJson();
    explanation.ownTerms[0]!.explanation = 'x'.repeat(LIMITS.explanation + 1);
    expect(errorOf(file(explanation))?.detail).toBe('data.ownTerms[0].explanation: too long');
  });

  it('refuses a file over MAX_BACKUP_BYTES by its size, before reading it', () => {
    const text = createBackup(full, new Date(NOW));
    expect(errorOf(text, MAX_BACKUP_BYTES + 1)).toEqual({ code: 'too-large' });
    expect(errorOf('', MAX_BACKUP_BYTES + 1)).toEqual({ code: 'too-large' });
    expect(parseBackup(text, MAX_BACKUP_BYTES).ok).toBe(true);
  });

  // Keys at any depth, and words as values: untrusted-json.test.ts (findForbiddenKey).
  it('refuses __proto__, constructor and prototype keys, in the envelope and in data', () => {
    const valid = file(validJson());
    const top = `{"__proto__": {"polluted": true}, ${valid.slice(1)}`;
    expect(errorOf(top)).toEqual({ code: 'forbidden-key', detail: '__proto__' });

    const nested = valid.replace('"id":"a"', '"id":"a","__proto__":{"isAdmin":true}');
    expect(errorOf(nested)).toEqual({ code: 'forbidden-key', detail: 'data.myTips[0].__proto__' });

    const inSettings = valid.replace(
      '"highlightSettings":{',
      '"highlightSettings":{"constructor":{"prototype":{"x":1}},',
    );
    expect(errorOf(inSettings)).toEqual({
      code: 'forbidden-key',
      detail: 'data.highlightSettings.constructor',
    });
  });

  it('refuses duplicate ids among tips and among terms', () => {
    const tips = validJson();
    tips.myTips[1]!.id = 'a';
    expect(errorOf(file(tips))).toEqual({
      code: 'invalid',
      detail: 'data.myTips[1].id: duplicate id',
    });

    const terms = validJson();
    terms.ownTerms.push({ ...terms.ownTerms[0]! });
    expect(errorOf(file(terms))).toEqual({
      code: 'invalid',
      detail: 'data.ownTerms[1].id: duplicate id',
    });

    // The same id for a tip and a term is fine: they are separate lists.
    const both = validJson();
    both.ownTerms[0]!.id = 'a';
    expect(parse(file(both)).ok).toBe(true);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseBackup(text, text.length);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(typeof parseBackup(text, text.length).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
    // JSON that gets past the envelope checks, with arbitrary data.
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = file(value);
        const result = parseBackup(text, text.length);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('previewImport', () => {
  const current = data({
    myTips: [
      tip('same'),
      tip('edited', { text: 'old text' }),
      tip('mine-only'),
      tip('was-deleted', { text: '', deleted: true }),
    ],
    ownTerms: [term('t-same'), term('t-mine')],
  });
  const incoming = data({
    myTips: [
      tip('same', { updatedAt: 9999 }), // only the stamp differs: unchanged
      tip('edited', { text: 'new text' }),
      tip('new'),
      tip('was-deleted'),
    ],
    ownTerms: [term('t-same'), term('t-new')],
    language: 'en',
  });

  it('counts a merge: added, updated, unchanged, nothing removed', () => {
    const preview = previewImport(current, incoming, 'merge');
    expect(preview.tips).toEqual({
      added: ['new', 'was-deleted'],
      updated: ['edited'],
      unchanged: ['same'],
      removed: [],
      counts: { added: 2, updated: 1, unchanged: 1, removed: 0 },
      liveAfter: 5,
    });
    expect(preview.terms.counts).toEqual({ added: 1, updated: 0, unchanged: 1, removed: 0 });
    expect(preview.terms.added).toEqual(['t-new']);
    // A merge keeps the current settings; the backup's do differ.
    expect(preview.settingsChanged).toBe(false);
    expect(preview.settingsDiffer).toBe(true);
  });

  it('counts a replace: the current live records not in the backup are removed', () => {
    const preview = previewImport(current, incoming, 'replace');
    expect(preview.tips.removed).toEqual(['mine-only']);
    expect(preview.tips.counts).toEqual({ added: 2, updated: 1, unchanged: 1, removed: 1 });
    expect(preview.tips.liveAfter).toBe(4);
    expect(preview.terms.removed).toEqual(['t-mine']);
    expect(preview.settingsChanged).toBe(true);
  });

  it('sees no settings change when only syncEnabled differs (it is never imported)', () => {
    const other = data({ preferences: { ...DEFAULT_PREFERENCES, syncEnabled: true } });
    const preview = previewImport(data(), other, 'replace');
    expect(preview.settingsChanged).toBe(false);
    expect(preview.settingsDiffer).toBe(true);
    expect(previewImport(data(), data(), 'replace').settingsDiffer).toBe(false);
  });
});

describe('applyImport', () => {
  const current = data({
    myTips: [
      tip('same'),
      tip('edited', { text: 'old text', updatedAt: 5000 }),
      tip('mine-only', { note: 'keep?', tags: ['x'], source: { quote: 'q', pageTitle: 'p' } }),
      tip('old-tombstone', { text: '', deleted: true, updatedAt: 1500 }),
    ],
    ownTerms: [term('t-same'), term('t-mine', { variants: ['v'] })],
    highlightSettings: { ...DEFAULT_HIGHLIGHT_SETTINGS, style: 'background' },
    language: 'nl',
    preferences: { keepPageAddress: true, syncEnabled: true },
  });
  const incoming = data({
    myTips: [
      tip('same', { updatedAt: 9999 }),
      tip('edited', { text: 'new text', updatedAt: 10 }),
      tip('new', { updatedAt: 20 }),
    ],
    ownTerms: [term('t-same'), term('t-new')],
    highlightSettings: { ...DEFAULT_HIGHLIGHT_SETTINGS, colour: 'amber', paused: true },
    language: 'en',
    preferences: { keepPageAddress: false, syncEnabled: false },
  });

  it('merge: the backup wins where it differs, current-only records and settings stay', () => {
    const result = applyImport(current, incoming, 'merge', NOW);
    const byId = new Map(result.myTips.map((t) => [t.id, t]));
    expect(byId.get('same')).toBe(current.myTips[0]); // untouched, own stamp kept
    expect(byId.get('edited')).toMatchObject({ text: 'new text', updatedAt: NOW });
    expect(byId.get('new')).toMatchObject({ text: 'Tip new', updatedAt: NOW });
    expect(byId.get('mine-only')).toBe(current.myTips[2]);
    expect(byId.get('old-tombstone')).toBe(current.myTips[3]);
    expect(result.myTips).toHaveLength(5);
    expect(result.ownTerms.map((t) => t.id)).toEqual(['t-same', 't-mine', 't-new']);
    expect(result.highlightSettings).toEqual(current.highlightSettings);
    expect(result.language).toBe('nl');
    expect(result.preferences).toEqual(current.preferences);
  });

  it('replace: the backup becomes the data, removed records become tombstones', () => {
    const result = applyImport(current, incoming, 'replace', NOW);
    const byId = new Map(result.myTips.map((t) => [t.id, t]));
    expect(byId.get('same')).toBe(current.myTips[0]);
    expect(byId.get('edited')).toMatchObject({ text: 'new text', updatedAt: NOW });
    expect(byId.get('new')).toMatchObject({ updatedAt: NOW });
    expect(byId.get('mine-only')).toEqual({
      id: 'mine-only',
      text: '',
      note: '',
      tags: [],
      order: 0,
      createdAt: 1000,
      updatedAt: NOW,
      deleted: true,
    });
    expect(byId.get('old-tombstone')).toBe(current.myTips[3]);
    expect(result.ownTerms.find((t) => t.id === 't-mine')).toEqual({
      id: 't-mine',
      term: '',
      variants: [],
      explanation: '',
      createdAt: 1000,
      updatedAt: NOW,
      deleted: true,
    });
    expect(result.myTips.filter((t) => !t.deleted).map((t) => t.id)).toEqual([
      'same',
      'edited',
      'new',
    ]);
    expect(result.highlightSettings).toEqual(incoming.highlightSettings);
    expect(result.language).toBe('en');
    // keepPageAddress comes from the backup; sync stays as it was.
    expect(result.preferences).toEqual({ keepPageAddress: false, syncEnabled: true });
  });

  it('brings back a record this device holds as a tombstone, stamped now', () => {
    const cur = data({ myTips: [tip('a', { text: '', deleted: true, updatedAt: 8000 })] });
    const inc = data({ myTips: [tip('a', { text: 'back', updatedAt: 100 })] });
    for (const mode of ['merge', 'replace'] as const) {
      const result = applyImport(cur, inc, mode, NOW);
      expect(result.myTips).toEqual([tip('a', { text: 'back', updatedAt: NOW })]);
    }
  });

  it('a record this browser never had keeps its own time while sync is off (exact round trip)', () => {
    const fresh = data({ myTips: [] });
    const inc = data({ myTips: [tip('n', { updatedAt: 1234 })] });
    expect(applyImport(fresh, inc, 'replace', NOW).myTips).toEqual([tip('n', { updatedAt: 1234 })]);
    const syncing = data({ myTips: [], preferences: { keepPageAddress: true, syncEnabled: true } });
    expect(applyImport(syncing, inc, 'merge', NOW).myTips[0]!.updatedAt).toBe(NOW);
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify([current, incoming]);
    applyImport(current, incoming, 'replace', NOW);
    applyImport(current, incoming, 'merge', NOW);
    expect(JSON.stringify([current, incoming])).toBe(before);
  });

  it('matches what previewImport announced', () => {
    for (const mode of ['merge', 'replace'] as const) {
      const preview = previewImport(current, incoming, mode);
      const result = applyImport(current, incoming, mode, NOW);
      expect(result.myTips.filter((t) => !t.deleted)).toHaveLength(preview.tips.liveAfter);
      expect(result.ownTerms.filter((t) => !t.deleted)).toHaveLength(preview.terms.liveAfter);
    }
  });
});
