import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  countJsonParts,
  duplicateId,
  readEnvelope,
  findForbiddenKey,
  formatPath,
  isRecord,
  issueLine,
  readJsonText,
  shorten,
} from '../../utils/my-data/untrusted-json';

const MAX = 1000;
const read = (text: string, byteLength = new TextEncoder().encode(text).length) =>
  readJsonText(text, byteLength, MAX);
const codeOf = (text: string, byteLength?: number) => {
  const result = read(text, byteLength);
  return result.ok ? null : result.code;
};

describe('readJsonText', () => {
  it('reads JSON, with or without a byte order mark', () => {
    expect(read('{"a":[1,"x",null]}')).toEqual({ ok: true, value: { a: [1, 'x', null] } });
    expect(read('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(read(' 42 ')).toEqual({ ok: true, value: 42 });
  });

  it('refuses text over the limit by its size in bytes or its length, before reading it', () => {
    expect(codeOf('{}', MAX + 1)).toBe('too-large');
    expect(codeOf('', MAX + 1)).toBe('too-large');
    expect(codeOf('{}', Number.NaN)).toBe('too-large');
    expect(codeOf(`"${'x'.repeat(MAX)}"`, 10)).toBe('too-large');
    expect(read('{}', MAX).ok).toBe(true);
  });

  it('refuses an empty text or only white space', () => {
    for (const text of ['', '  \n\t ', '\uFEFF', '\uFEFF \n'])
      expect(codeOf(text), JSON.stringify(text)).toBe('empty');
  });

  it('refuses text that is not JSON', () => {
    for (const text of ['{', 'hello', 'My tips:\n- one', "{'format': 1}", '{"a":1}x'])
      expect(codeOf(text), text).toBe('not-json');
  });

  it('does not choke on deep nesting', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = readJsonText(deep, deep.length, deep.length);
    expect(result.ok).toBe(true);
    expect(result.ok && findForbiddenKey(result.value)).toBeNull();
  });
});

describe('counting before parsing', () => {
  it('counts objects, arrays and separators outside strings, not inside them', () => {
    expect(countJsonParts('{"a":[1,2],"b":{}}', 100)).toBe(5);
    expect(countJsonParts('"{[,]}"', 100)).toBe(0);
    expect(countJsonParts('["a\\"{,", {}]', 100)).toBe(3); // an escaped quote stays inside
    expect(countJsonParts('[' + '{},'.repeat(50) + '{}]', 10)).toBe(11); // stops past the limit
  });

  it('refuses a file of millions of tiny values before parsing it, with its own code', () => {
    const huge = `{"data":[${'{},'.repeat(3_000_000)}{}]}`; // 9 MB, 3 million objects
    const result = readJsonText(huge, huge.length, 80 * 1024 * 1024);
    expect(result).toEqual({ ok: false, code: 'too-many-parts' });
    const numbers = `[${'1,'.repeat(2_500_000)}1]`;
    expect(readJsonText(numbers, numbers.length, 80 * 1024 * 1024)).toEqual({
      ok: false,
      code: 'too-many-parts',
    });
  });

  it('reads a file with many values below the limit', () => {
    const many = `[${'{},'.repeat(100_000)}{}]`;
    const result = readJsonText(many, many.length, 80 * 1024 * 1024);
    expect(result.ok && Array.isArray(result.value) && result.value.length).toBe(100_001);
  });
});

describe('readEnvelope', () => {
  it('takes the format and a whole version up to the newest, and says why not otherwise', () => {
    expect(readEnvelope({ format: 'a', version: 1, x: 2 }, 'a', 2)).toEqual({
      ok: true,
      value: { format: 'a', version: 1, x: 2 },
      version: 1,
    });
    expect(readEnvelope({ format: 'b', version: 1 }, 'a', 2)).toEqual({
      ok: false,
      problem: 'other-format',
      format: 'b',
    });
    expect(readEnvelope([], 'a', 2)).toMatchObject({ ok: false, problem: 'other-format' });
    for (const version of [0, 1.5, '1', undefined])
      expect(readEnvelope({ format: 'a', version }, 'a', 2)).toEqual({
        ok: false,
        problem: 'bad-version',
      });
    expect(readEnvelope({ format: 'a', version: 3 }, 'a', 2)).toEqual({
      ok: false,
      problem: 'newer-version',
      version: 3,
    });
  });
});

describe('isRecord', () => {
  it('is true for objects only: not arrays, null or other values', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    for (const value of [[], null, undefined, 'x', 1, true]) expect(isRecord(value)).toBe(false);
  });
});

describe('formatPath', () => {
  it('writes numbers as indexes and anything else as keys', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['tips', 3, 'title'])).toBe('.tips[3].title');
    expect(formatPath([0, 1, 'a'])).toBe('[0][1].a');
    expect(formatPath(['3'])).toBe('.3');
  });
});

describe('shorten', () => {
  it('keeps a message of 200 characters as it is, and cuts a longer one to 200', () => {
    const exact = 'x'.repeat(200);
    expect(shorten(exact)).toBe(exact);
    const long = shorten('y'.repeat(5000));
    expect(long).toHaveLength(200);
    expect(long).toBe(`${'y'.repeat(199)}…`);
  });
});

describe('findForbiddenKey', () => {
  const parse = (text: string) => JSON.parse(text) as unknown;

  it('finds __proto__, constructor and prototype keys at any depth, arrays included', () => {
    expect(findForbiddenKey(parse('{"__proto__": {"polluted": true}, "a": 1}'))).toBe('__proto__');
    expect(findForbiddenKey(parse('{"data": {"myTips": [{"id": "a", "__proto__": {}}]}}'))).toBe(
      'data.myTips[0].__proto__',
    );
    expect(findForbiddenKey(parse('{"list": {"extra": [{"a": {"constructor": {}}}]}}'))).toBe(
      'list.extra[0].a.constructor',
    );
    expect(findForbiddenKey(parse('[[1, {"prototype": 1}]]'))).toBe('[0][1].prototype');
    // JSON.parse made an own key of each, and polluted nothing.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the path after `where`', () => {
    const list = parse('{"tips": [{"id": "a", "__proto__": {"isAdmin": true}}]}');
    expect(findForbiddenKey(list, 'list')).toBe('list.tips[0].__proto__');
    expect(findForbiddenKey(list, 'teamLists[2]')).toBe('teamLists[2].tips[0].__proto__');
    expect(findForbiddenKey(parse('{"prototype": 1}'), 'list')).toBe('list.prototype');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('reports the first in document order', () => {
    expect(findForbiddenKey(parse('{"a": {"b": {"constructor": 1}}, "prototype": 1}'))).toBe(
      'prototype', // an object's own keys are looked at before what is inside them
    );
    expect(findForbiddenKey(parse('{"a": {"constructor": 1}, "b": {"__proto__": 1}}'))).toBe(
      'a.constructor',
    );
  });

  it('accepts those words as values', () => {
    const value = parse('{"text": "__proto__ constructor prototype", "tags": ["constructor"]}');
    expect(findForbiddenKey(value)).toBeNull();
    expect(findForbiddenKey(['__proto__', 'prototype'])).toBeNull();
  });

  it('finds nothing in values that are not objects', () => {
    for (const value of [null, undefined, 0, 'constructor', true, [], {}])
      expect(findForbiddenKey(value)).toBeNull();
  });

  it('does not loop on a value that refers to itself, and visits a shared object once', () => {
    const self: Record<string, unknown> = { a: 1 };
    self.self = self;
    self.list = [self, { inner: self }];
    expect(findForbiddenKey(self)).toBeNull();

    // 60 levels, each holding the one below twice: 2^60 paths, but 60 objects to visit.
    let level: unknown = { leaf: true };
    for (let i = 0; i < 60; i++) level = [level, { again: level }];
    expect(findForbiddenKey(level)).toBeNull();

    const shared: Record<string, unknown> = {};
    Object.defineProperty(shared, 'constructor', { value: 1, enumerable: true });
    // Named by the path the walk meets it on first.
    expect(findForbiddenKey({ first: shared, second: [shared] })).toBe('first.constructor');

    const ring: unknown[] = [];
    ring.push({ next: ring });
    expect(findForbiddenKey(ring, 'list')).toBeNull();
  });
});

describe('duplicateId', () => {
  it('names the first record whose id an earlier one has', () => {
    expect(duplicateId([], 'list.tips')).toBeNull();
    expect(duplicateId([{ id: 'a' }, { id: 'b' }], 'list.tips')).toBeNull();
    expect(duplicateId([{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'b' }], 'list.tips')).toBe(
      'list.tips[2].id: duplicate id',
    );
    expect(duplicateId([{ id: 'x' }, { id: 'x' }], 'data.ownTerms')).toBe(
      'data.ownTerms[1].id: duplicate id',
    );
  });

  it('tells ids apart exactly', () => {
    expect(duplicateId([{ id: 'a' }, { id: 'A' }, { id: 'a ' }], 'list.terms')).toBeNull();
  });
});

describe('issueLine', () => {
  const schema = v.object({
    id: v.pipe(v.string(), v.maxLength(5, 'too long')),
    language: v.picklist(['en', 'nl']),
    tips: v.array(v.object({ title: v.string() })),
  });
  const lineFor = (value: unknown, where = 'list') => {
    const result = v.safeParse(schema, value, { abortEarly: true, abortPipeEarly: true });
    return result.success ? null : issueLine(result.issues[0], where);
  };
  const valid = { id: 'a', language: 'en', tips: [{ title: 'T' }] };

  it('says where, after `where`, and what is wrong', () => {
    expect(lineFor(valid)).toBeNull();
    expect(lineFor({ ...valid, id: 7 })).toBe('list.id: expected string, got 7');
    expect(lineFor({ ...valid, tips: [{ title: 'T' }, {}] })).toBe('list.tips[1].title: missing');
    expect(lineFor({ ...valid, language: 'de' })).toBe('list.language: not an allowed value: "de"');
    expect(lineFor({ ...valid, id: 'toolong' })).toBe('list.id: too long');
    expect(lineFor(null, 'data')).toBe('data: expected Object, got null');
    expect(lineFor({ ...valid, tips: { a: 1 } }, 'data')).toBe(
      'data.tips: expected Array, got Object',
    );
  });

  it('is shortened when it quotes a long value', () => {
    const line = lineFor({ ...valid, language: 'x'.repeat(500) });
    expect(line).toHaveLength(200);
    expect(line?.startsWith('list.language: not an allowed value: "xxx')).toBe(true);
    expect(line?.endsWith('…')).toBe(true);
  });
});
