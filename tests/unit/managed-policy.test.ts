// cspell:ignore picklist
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  MANAGED_POLICY_KEYS,
  MANAGED_TEAM_LISTS_LIMIT,
  policyCopy,
  readManagedPolicy,
} from '../../utils/my-data/managed-policy';
import { teamListSchema } from '../../utils/my-data/team-list-format';
import {
  SETTINGS_LIST_LIMIT,
  SITE_LENGTH_LIMIT,
  siteKey,
} from '../../utils/settings/highlight-settings';

/** A node of the JSON Schema subset Chrome reads for managed storage. */
interface SchemaNode {
  type: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

const SCHEMA = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/managed-schema.json'), 'utf8'),
) as SchemaNode;

const teamList = (extra: Record<string, unknown> = {}) => ({
  id: 'jeugdzorg-noord',
  name: 'Team Jeugdzorg Noord',
  publisher: 'Jeugdzorg Noord',
  version: 3,
  date: '2026-11-30',
  language: 'nl',
  tips: [{ id: 'vraag-eerst', title: 'Vraag eerst wat iemand nodig heeft', tags: ['intake'] }],
  terms: [
    {
      id: 'regie',
      term: 'eigen regie',
      variants: ['zelfregie'],
      explanation: 'Iemand houdt zelf de touwtjes in handen.',
    },
  ],
  ...extra,
});

/** A complete policy as an administrator would write it (the README's example). */
const EXAMPLE = {
  teamLists: [teamList()],
  disabledSites: ['crm.example.org', 'dossier.example.org'],
  syncAllowed: false,
  defaultLanguage: 'nl',
};

/** Whether `value` fits `schema` as Chrome checks it (types, known properties). */
function conforms(value: unknown, schema: SchemaNode, path = ''): string[] {
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [`${path}: not an object`];
      return Object.entries(value).flatMap(([key, item]) => {
        const property = schema.properties?.[key];
        return property ? conforms(item, property, `${path}.${key}`) : [`${path}.${key}: unknown`];
      });
    }
    case 'array':
      return Array.isArray(value)
        ? value.flatMap((item, i) => conforms(item, schema.items!, `${path}[${i}]`))
        : [`${path}: not an array`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${path}: not an integer`];
    default:
      return typeof value === schema.type ? [] : [`${path}: not a ${schema.type}`];
  }
}

describe('public/managed-schema.json', () => {
  it('keeps to what Chrome accepts', () => {
    expect(SCHEMA.type).toBe('object');
    expect(SCHEMA).not.toHaveProperty('additionalProperties');
    const problems: string[] = [];
    const walk = (node: SchemaNode, path: string) => {
      for (const key of Object.keys(node))
        if (!['type', 'title', 'description', 'properties', 'items'].includes(key))
          problems.push(`${path}: ${key}`);
      if (!['object', 'array', 'string', 'integer', 'number', 'boolean'].includes(node.type))
        problems.push(`${path}: type ${String(node.type)}`);
      if (node.type === 'object') {
        if (!node.properties) problems.push(`${path}: no properties`);
        for (const [key, child] of Object.entries(node.properties ?? {}))
          walk(child, `${path}.${key}`);
      } else if (node.properties) problems.push(`${path}: properties on a ${node.type}`);
      if (node.type === 'array') {
        if (node.items) walk(node.items, `${path}[]`);
        else problems.push(`${path}: no items`);
      } else if (node.items) problems.push(`${path}: items on a ${node.type}`);
    };
    walk(SCHEMA, '');
    expect(problems).toEqual([]);
    // Every policy has a title and a description for the administrator's tools.
    for (const key of MANAGED_POLICY_KEYS) {
      expect(SCHEMA.properties?.[key]?.title, key).toBeTruthy();
      expect(SCHEMA.properties?.[key]?.description, key).toBeTruthy();
    }
  });

  it('declares exactly the keys the policy reader reads', () => {
    expect(Object.keys(SCHEMA.properties ?? {}).sort()).toEqual([...MANAGED_POLICY_KEYS].sort());
    expect(SCHEMA.properties?.disabledSites).toMatchObject({
      type: 'array',
      items: { type: 'string' },
    });
    expect(SCHEMA.properties?.syncAllowed?.type).toBe('boolean');
    expect(SCHEMA.properties?.defaultLanguage?.type).toBe('string');
  });

  it('describes a team list exactly as the team-list schema reads it', () => {
    type Node = v.GenericSchema & {
      wrapped?: Node;
      item?: Node;
      entries?: Record<string, Node>;
      pipe?: readonly { type: string }[];
    };
    /** The JSON Schema the valibot schema stands for, in the subset above. */
    const asJsonSchema = (schema: Node): unknown => {
      const node = schema.type === 'optional' ? schema.wrapped! : schema;
      switch (node.type) {
        case 'object':
          return {
            type: 'object',
            properties: Object.fromEntries(
              Object.entries(node.entries!).map(([key, child]) => [key, asJsonSchema(child)]),
            ),
          };
        case 'array':
          return { type: 'array', items: asJsonSchema(node.item!) };
        case 'number':
          return { type: node.pipe?.some((a) => a.type === 'integer') ? 'integer' : 'number' };
        case 'picklist':
          return { type: 'string' };
        default:
          return { type: node.type };
      }
    };
    /** The schema file without its titles and descriptions. */
    const bare = (node: SchemaNode): unknown => ({
      type: node.type,
      ...(node.properties && {
        properties: Object.fromEntries(
          Object.entries(node.properties).map(([key, child]) => [key, bare(child)]),
        ),
      }),
      ...(node.items && { items: bare(node.items) }),
    });
    expect(bare(SCHEMA.properties!.teamLists!)).toEqual({
      type: 'array',
      items: asJsonSchema(teamListSchema as Node),
    });
  });

  it('has an example for every property that reads back whole, with no problems', () => {
    let n = 0;
    const sample = (node: SchemaNode, key: string): unknown => {
      switch (node.type) {
        case 'object':
          return Object.fromEntries(
            Object.entries(node.properties ?? {}).map(([k, child]) => [k, sample(child, k)]),
          );
        case 'array':
          return [sample(node.items!, key)];
        case 'integer':
          return 2;
        case 'boolean':
          return true;
        default:
          if (key === 'date') return '2026-11-30';
          if (key === 'language') return 'en';
          if (key === 'defaultLanguage') return 'nl';
          if (key === 'disabledSites') return 'crm.example.org';
          return `${key} ${++n}`;
      }
    };
    const example = sample(SCHEMA, '') as Record<string, unknown>;
    expect(conforms(example, SCHEMA)).toEqual([]);
    const policy = readManagedPolicy(example);
    expect(policy.problems).toEqual([]);
    // Every property of the schema is read, with the value it was given, and nothing more.
    expect(policy).toEqual({ ...example, problems: [] });
  });

  it('takes the example policy of the README', () => {
    expect(conforms(EXAMPLE, SCHEMA)).toEqual([]);
    const policy = readManagedPolicy(EXAMPLE);
    expect(policy.problems).toEqual([]);
    expect(policy.teamLists?.[0]?.terms[0]?.language).toBe('nl');
  });
});

describe('readManagedPolicy', () => {
  it('without a policy, nothing is set', () => {
    for (const raw of [undefined, null, {}])
      expect(readManagedPolicy(raw)).toEqual({ problems: [] });
  });

  it('says so when the policy is not an object', () => {
    for (const raw of ['teamLists', 42, true, [EXAMPLE]]) {
      const policy = readManagedPolicy(raw);
      expect(Object.keys(policy)).toEqual(['problems']);
      expect(policy.problems).toHaveLength(1);
      expect(policy.problems[0]).toMatch(/^the policy is not an object/);
    }
  });

  it('reads each key that is set, and only those', () => {
    expect(readManagedPolicy({ syncAllowed: false })).toEqual({
      syncAllowed: false,
      problems: [],
    });
    expect(readManagedPolicy({ syncAllowed: true, defaultLanguage: 'en' })).toEqual({
      syncAllowed: true,
      defaultLanguage: 'en',
      problems: [],
    });
    const all = readManagedPolicy(EXAMPLE);
    expect(Object.keys(all).sort()).toEqual([...MANAGED_POLICY_KEYS, 'problems'].sort());
    expect(all.disabledSites).toEqual(['crm.example.org', 'dossier.example.org']);
    expect(all.teamLists?.map((list) => list.id)).toEqual(['jeugdzorg-noord']);
  });

  it('leaves out a bad key, keeping the others', () => {
    const policy = readManagedPolicy({
      ...EXAMPLE,
      syncAllowed: 'no',
      defaultLanguage: 'de',
    });
    expect(policy.syncAllowed).toBeUndefined();
    expect(policy.defaultLanguage).toBeUndefined();
    expect(policy.teamLists).toHaveLength(1);
    expect(policy.disabledSites).toHaveLength(2);
    expect(policy.problems).toEqual([
      'syncAllowed: expected true or false, got "no"',
      'defaultLanguage: expected one of "en", "nl", got "de"',
    ]);
    for (const [key, value] of [
      ['syncAllowed', 1],
      ['syncAllowed', null],
      ['defaultLanguage', 'NL'],
      ['defaultLanguage', ['nl']],
      ['teamLists', teamList()],
      ['teamLists', 'jeugdzorg-noord'],
      ['disabledSites', 'crm.example.org'],
      ['disabledSites', { 0: 'crm.example.org' }],
    ] as const) {
      const read = readManagedPolicy({ ...EXAMPLE, [key]: value });
      expect(read, `${key}: ${JSON.stringify(value)}`).not.toHaveProperty(key);
      expect(read.problems).toHaveLength(1);
      expect(read.problems[0]).toMatch(new RegExp(`^${key}: expected`));
    }
  });

  it('names keys it does not know, and still reads the rest', () => {
    const policy = readManagedPolicy({ DisabledSites: ['x.org'], syncAllowed: false });
    expect(policy).toEqual({
      syncAllowed: false,
      problems: ['DisabledSites: not a setting of this extension (left out)'],
    });
  });

  it('a key that throws when read costs only that key', () => {
    const raw = { syncAllowed: false };
    Object.defineProperty(raw, 'defaultLanguage', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(readManagedPolicy(raw)).toEqual({
      syncAllowed: false,
      problems: ['defaultLanguage: could not be read'],
    });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(Array.isArray(readManagedPolicy(raw).problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
    const keyed = fc.record(
      {
        teamLists: fc.array(fc.anything(), { maxLength: 4 }),
        disabledSites: fc.anything(),
        syncAllowed: fc.anything(),
        defaultLanguage: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(keyed, (raw) => {
        expect(Array.isArray(readManagedPolicy(raw).problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readManagedPolicy: teamLists', () => {
  it('reads each list as a team-list file’s list is read', () => {
    const policy = readManagedPolicy({ teamLists: [teamList(), teamList({ id: 'b', tips: [] })] });
    expect(policy.problems).toEqual([]);
    expect(policy.teamLists).toEqual([
      {
        id: 'jeugdzorg-noord',
        name: 'Team Jeugdzorg Noord',
        publisher: 'Jeugdzorg Noord',
        version: 3,
        date: '2026-11-30',
        language: 'nl',
        tips: [
          {
            id: 'vraag-eerst',
            title: 'Vraag eerst wat iemand nodig heeft',
            note: '',
            tags: ['intake'],
          },
        ],
        terms: [
          {
            id: 'regie',
            term: 'eigen regie',
            variants: ['zelfregie'],
            explanation: 'Iemand houdt zelf de touwtjes in handen.',
            language: 'nl',
          },
        ],
      },
      expect.objectContaining({ id: 'b', tips: [] }),
    ]);
  });

  it('leaves out a list that fails, saying where and why, and keeps the others', () => {
    const policy = readManagedPolicy({
      teamLists: [
        teamList({ id: 'one' }),
        teamList({ id: 'two', name: 'x'.repeat(121) }),
        'not a list',
        teamList({
          id: 'three',
          tips: [
            { id: 'a', title: 'A' },
            { id: 'a', title: 'B' },
          ],
        }),
        teamList({ id: 'four', version: '2' }),
        teamList({ id: 'five' }),
      ],
    });
    expect(policy.teamLists?.map((list) => list.id)).toEqual(['one', 'five']);
    expect(policy.problems).toEqual([
      'teamLists[1].name: too long (list left out)',
      'teamLists[2]: expected Object, got "not a list" (list left out)',
      'teamLists[3].tips[1].id: duplicate id (list left out)',
      'teamLists[4].version: expected number, got "2" (list left out)',
    ]);
  });

  it('leaves out a list with a forbidden key', () => {
    const bad = teamList();
    Object.defineProperty(bad.tips[0], '__proto__', { value: { x: 1 }, enumerable: true });
    const policy = readManagedPolicy({ teamLists: [bad, teamList({ id: 'ok' })] });
    expect(policy.teamLists?.map((list) => list.id)).toEqual(['ok']);
    expect(policy.problems).toEqual([
      'teamLists[0].tips[0].__proto__: a key that is never allowed (list left out)',
    ]);
  });

  it('keeps the first list of an id', () => {
    const policy = readManagedPolicy({
      teamLists: [teamList({ version: 1 }), teamList({ version: 2 })],
    });
    expect(policy.teamLists?.map((list) => list.version)).toEqual([1]);
    expect(policy.problems).toEqual([
      'teamLists[1].id: "jeugdzorg-noord" is also an earlier list\'s id (list left out)',
    ]);
  });

  it('keeps an empty list of lists (the organisation set the key)', () => {
    expect(readManagedPolicy({ teamLists: [] })).toEqual({ teamLists: [], problems: [] });
    expect(readManagedPolicy({ teamLists: [1] }).teamLists).toEqual([]);
  });

  it(`keeps at most ${MANAGED_TEAM_LISTS_LIMIT} lists`, () => {
    const lists = Array.from({ length: MANAGED_TEAM_LISTS_LIMIT + 5 }, (_, i) =>
      teamList({ id: `l${i}` }),
    );
    const policy = readManagedPolicy({ teamLists: lists });
    expect(policy.teamLists).toHaveLength(MANAGED_TEAM_LISTS_LIMIT);
    expect(policy.problems).toEqual([
      `teamLists: only the first ${MANAGED_TEAM_LISTS_LIMIT} valid lists are kept (${lists.length} given)`,
    ]);
  });
});

describe('readManagedPolicy: disabledSites', () => {
  const sites = (value: unknown) => readManagedPolicy({ disabledSites: value });

  it('keeps host names as the highlighter compares them (siteKey), without repeats', () => {
    expect(
      sites(['CRM.Example.org', 'www.dossier.example.org', 'crm.example.org', 'intranet.', 'ecd']),
    ).toEqual({
      disabledSites: ['crm.example.org', 'dossier.example.org', 'intranet', 'ecd'],
      problems: [],
    });
    // As the browser reports a page's host: in ASCII.
    expect(sites(['zorg-café.example']).disabledSites).toEqual(['xn--zorg-caf-i1a.example']);
    expect(sites(['10.0.0.5']).disabledSites).toEqual(['10.0.0.5']);
    // What the list keeps is what the highlighter's own check looks up.
    for (const host of ['www.Example.org', 'a-b.example.org'])
      expect(sites([host]).disabledSites).toEqual([siteKey(host)]);
  });

  it('leaves out entries that are not a bare host name, keeping the rest', () => {
    const policy = sites([
      'https://crm.example.org/',
      'crm.example.org/path',
      'crm.example.org:8443',
      '*.example.org',
      'two words.org',
      '',
      7,
      null,
      'x'.repeat(SITE_LENGTH_LIMIT + 1),
      'ok.example.org',
    ]);
    expect(policy.disabledSites).toEqual(['ok.example.org']);
    expect(policy.problems).toHaveLength(9);
    expect(policy.problems[0]).toBe(
      'disabledSites[0]: not a host name: "https://crm.example.org/"',
    );
    expect(policy.problems[6]).toBe('disabledSites[6]: not a host name: 7');
    expect(policy.problems[8]).toMatch(/^disabledSites\[8\]: not a host name: "x+…$/);
  });

  it('keeps a site of the longest length, and an empty list', () => {
    const longest = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    expect(longest).toHaveLength(SITE_LENGTH_LIMIT);
    expect(sites([longest]).disabledSites).toEqual([longest]);
    expect(sites([])).toEqual({ disabledSites: [], problems: [] });
  });

  it(`keeps at most ${SETTINGS_LIST_LIMIT} sites, as the user's own list`, () => {
    const many = Array.from({ length: SETTINGS_LIST_LIMIT + 3 }, (_, i) => `s${i}.example.org`);
    const policy = sites(many);
    expect(policy.disabledSites).toHaveLength(SETTINGS_LIST_LIMIT);
    expect(policy.problems).toEqual([
      `disabledSites: only the first ${SETTINGS_LIST_LIMIT} sites are kept (${many.length} given)`,
    ]);
  });

  it('lists at most ten problems of a key, and counts the rest', () => {
    const policy = sites(Array.from({ length: 25 }, () => 'not a host'));
    expect(policy.disabledSites).toEqual([]);
    expect(policy.problems).toHaveLength(11);
    expect(policy.problems[10]).toBe('disabledSites: 15 more problem(s) not listed');
  });
});

describe('the copy pages read (policyCopy): the policy as the views read it', () => {
  it('keeps the sites in the form pages compare them in', () => {
    const copy = policyCopy({
      disabledSites: [
        'CRM.Example.org',
        'www.intranet.example.org',
        'bücher.example',
        'wiki.example.org.',
      ],
    });
    expect(copy.disabledSites).toEqual([
      'crm.example.org',
      'intranet.example.org',
      'xn--bcher-kva.example',
      'wiki.example.org',
    ]);
    // As a page compares them: its own host name, as the browser gives it.
    for (const host of [
      'crm.example.org',
      'www.intranet.example.org',
      'xn--bcher-kva.example',
      'wiki.example.org',
    ]) {
      expect(copy.disabledSites).toContain(siteKey(host));
    }
  });

  it('holds only team lists that can be used, and no problems', () => {
    const copy = policyCopy({ teamLists: [{ id: 7 }], syncAllowed: 'yes', extra: 1 });
    expect(copy).toEqual({ teamLists: [] });
    expect(policyCopy(undefined)).toEqual({});
  });
});
