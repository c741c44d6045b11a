import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOMBSTONE_DAYS } from '../../utils/my-data/model';
import type { MyTip, OwnTerm } from '../../utils/my-data/model';
import {
  RESERVED_BYTES,
  RESERVED_ITEMS,
  SYNC_QUOTA,
  itemSize,
} from '../../utils/my-data/sync-size';
import { fromSyncEntries, toSyncEntries } from '../../utils/my-data/sync-records';
import { planSyncWrite, syncMeter } from '../../utils/my-data/sync-plan';
import type { SyncPlan } from '../../utils/my-data/sync-plan';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_750_000_000_000;

function tip(id: string, updatedAt: number, patch: Partial<MyTip> = {}): MyTip {
  return {
    id,
    text: `tip ${id}`,
    note: '',
    tags: [],
    order: 0,
    createdAt: NOW - 10 * DAY,
    updatedAt,
    ...patch,
  };
}
function tomb(id: string, updatedAt: number): MyTip {
  return {
    id,
    text: '',
    note: '',
    tags: [],
    order: 0,
    createdAt: NOW - 10 * DAY,
    updatedAt,
    deleted: true,
  };
}
function term(id: string, updatedAt: number, patch: Partial<OwnTerm> = {}): OwnTerm {
  return {
    id,
    term: `term ${id}`,
    variants: [],
    explanation: '',
    createdAt: NOW - 10 * DAY,
    updatedAt,
    ...patch,
  };
}

/** storage.sync as an object, the way storage.sync.get(null) returns it. */
const syncOf = (tips: readonly MyTip[], terms: readonly OwnTerm[] = []): Record<string, unknown> =>
  Object.fromEntries(toSyncEntries(tips, terms));

/** What storage.sync holds after the plan is applied. */
function apply(remote: Record<string, unknown>, plan: SyncPlan): Record<string, unknown> {
  const next = { ...remote };
  for (const key of plan.toRemove) delete next[key];
  return { ...next, ...plan.toSet };
}

const totalSize = (all: Record<string, unknown>): number =>
  Object.entries(all).reduce((sum, [key, value]) => sum + itemSize(key, value), 0);

describe('itemSize', () => {
  it('is key length + JSON length for ASCII text and small whole numbers', () => {
    const value = { id: 'x1', text: 'ask "first"\n', tags: ['a', 'b'], order: -3, on: true };
    expect(itemSize('tip:x1', value)).toBe('tip:x1'.length + JSON.stringify(value).length);
    expect(itemSize('k', 'v')).toBe(1 + 3);
    expect(itemSize('k', null)).toBe(1 + 4);
    expect(itemSize('k', [1, 2.5, 'x'])).toBe(1 + '[1,2.5,"x"]'.length);
  });

  it('counts the way Chrome stores it: UTF-8 bytes, "<" escaped, time stamps as doubles', () => {
    expect(itemSize('k', 'é')).toBe(1 + 2 + 2);
    expect(itemSize('k', '€')).toBe(1 + 3 + 2);
    expect(itemSize('k', '🙂')).toBe(1 + 4 + 2);
    expect(itemSize('é', 0)).toBe(2 + 1);
    expect(itemSize('k', '<b>')).toBe(1 + 6 + 2 + 2);
    expect(itemSize('k', NOW)).toBe(1 + String(NOW).length + 2); // "1750000000000.0"
  });

  it('is never less than key length + JSON.stringify length', () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), (key, value) => {
        expect(itemSize(key, value)).toBeGreaterThanOrEqual(
          key.length + JSON.stringify(value).length,
        );
      }),
    );
  });
});

describe('toSyncEntries and fromSyncEntries', () => {
  it('keys tips as tip:<id> and terms as term:<id>', () => {
    const entries = toSyncEntries([tip('a', 1)], [term('a', 2)]);
    expect([...entries.keys()]).toEqual(['tip:a', 'term:a']);
    expect(entries.get('term:a')).toEqual(term('a', 2));
  });

  it('reads back what it wrote', () => {
    const tips = [
      tip('a', 1, {
        tags: ['x'],
        builtIn: 'ego-aside',
        source: { quote: 'q', pageTitle: 'p', url: 'https://example.org/' },
      }),
      tomb('b', 2),
    ];
    const terms = [term('t', 3, { variants: ['v'], explanation: 'e' })];
    expect(fromSyncEntries(syncOf(tips, terms))).toEqual({ tips, terms, ignored: [] });
  });

  it('ignores garbage and lists the tip:/term: keys it could not read', () => {
    const good = tip('ok', 1);
    const withoutText: Partial<MyTip> = tip('nt', 1);
    delete withoutText.text;
    const all: Record<string, unknown> = {
      'tip:ok': good,
      'tip:n': 42,
      'tip:arr': [good],
      'tip:null': null,
      'tip:str': JSON.stringify(tip('str', 1)),
      'tip:nt': withoutText,
      'tip:tags': { ...tip('tags', 1), tags: 'a,b' },
      'tip:tag-types': { ...tip('tag-types', 1), tags: [1, 2] },
      'tip:time': { ...tip('time', 1), updatedAt: '5' },
      'tip:other-id': tip('not-the-key', 1),
      'tip:': tip('', 1),
      'tip:del': { ...tip('del', 1), deleted: false },
      'tip:built': { ...tip('built', 1), builtIn: 'no-such-tip' },
      'tip:src': { ...tip('src', 1), source: { quote: 'q' } },
      'term:t0': { ...term('t0', 1), variants: undefined },
      'term:t1': { id: 't1', updatedAt: 1 },
      'term:ok': term('ok', 1),
      // Unknown keys: skipped without a word.
      'tips:x': tip('x', 1),
      'Tip:y': tip('y', 1),
      settings: { theme: 'dark' },
      'note:z': 7,
    };
    const read = fromSyncEntries(all);
    expect(read.tips).toEqual([good]);
    expect(read.terms).toEqual([term('ok', 1)]);
    expect(read.ignored.sort()).toEqual(
      [
        'tip:n',
        'tip:arr',
        'tip:null',
        'tip:str',
        'tip:nt',
        'tip:tags',
        'tip:tag-types',
        'tip:time',
        'tip:other-id',
        'tip:',
        'tip:del',
        'tip:built',
        'tip:src',
        'term:t0',
        'term:t1',
      ].sort(),
    );
  });

  it('takes a bare tombstone, so that a deletion always gets through', () => {
    const read = fromSyncEntries({
      'tip:a': { id: 'a', updatedAt: 9, deleted: true, text: 5 },
      'term:b': { id: 'b', updatedAt: 8, deleted: true },
    });
    expect(read.tips).toEqual([
      {
        id: 'a',
        text: '',
        note: '',
        tags: [],
        order: 0,
        createdAt: 9,
        updatedAt: 9,
        deleted: true,
      },
    ]);
    expect(read.terms).toEqual([
      {
        id: 'b',
        term: '',
        variants: [],
        explanation: '',
        createdAt: 8,
        updatedAt: 8,
        deleted: true,
      },
    ]);
    expect(read.ignored).toEqual([]);
  });

  it('keeps only known fields', () => {
    const read = fromSyncEntries({ 'tip:a': { ...tip('a', 1), colour: 'red' } });
    expect(read.tips).toEqual([tip('a', 1)]);
  });

  it('never throws, whatever sync holds', () => {
    const key = fc.oneof(
      fc.string(),
      fc.string().map((s) => `tip:${s}`),
      fc.string().map((s) => `term:${s}`),
    );
    fc.assert(
      fc.property(fc.dictionary(key, fc.anything()), (all) => {
        const read = fromSyncEntries(all);
        expect(read.tips.length + read.terms.length + read.ignored.length).toBeLessThanOrEqual(
          Object.keys(all).length,
        );
      }),
    );
    expect(() => fromSyncEntries(null as unknown as Record<string, unknown>)).not.toThrow();
  });
});

describe('planSyncWrite', () => {
  const plan = (
    local: { tips?: MyTip[]; terms?: OwnTerm[] },
    remote: Record<string, unknown>,
  ): SyncPlan =>
    planSyncWrite({ tips: local.tips ?? [], terms: local.terms ?? [] }, remote, { now: NOW });

  it('writes everything to an empty sync, and counts what sync will hold', () => {
    const tips = [tip('a', 1), tip('b', 2)];
    const terms = [term('t', 3)];
    const p = plan({ tips, terms }, {});
    expect(p.toSet).toEqual(syncOf(tips, terms));
    expect(p.toRemove).toEqual([]);
    expect(p.notSynced).toEqual([]);
    expect(p.merged).toEqual({ tips, terms });
    expect(p.bytesUsed).toBe(totalSize(p.toSet));
    expect(p.bytesTotal).toBe(SYNC_QUOTA.totalBytes);
    expect(p.itemsUsed).toBe(3);
  });

  it('writes only the records whose sync copy differs or is missing', () => {
    const remoteTips = [tip('a', 1), tip('b', 1), tip('c', 1)];
    const remote = { ...syncOf(remoteTips, [term('t', 1)]), settings: { on: true } };
    const local = {
      tips: [tip('a', 1), tip('b', 5, { text: 'edited' }), tip('c', 1), tip('d', 6)],
      terms: [term('t', 1)],
    };
    const p = plan(local, remote);
    expect(Object.keys(p.toSet).sort()).toEqual(['tip:b', 'tip:d']);
    expect(p.toSet['tip:b']).toEqual(tip('b', 5, { text: 'edited' }));
    expect(p.bytesUsed).toBe(totalSize(apply(remote, p)));
    expect(p.itemsUsed).toBe(6);
  });

  it('takes newer records from sync into merged without writing them back', () => {
    const remote = syncOf([tip('a', 9, { text: 'from B' }), tip('new', 3)]);
    const p = plan({ tips: [tip('a', 1), tip('mine', 2)] }, remote);
    expect(p.merged.tips).toEqual([tip('a', 9, { text: 'from B' }), tip('mine', 2), tip('new', 3)]);
    expect(Object.keys(p.toSet)).toEqual(['tip:mine']);
  });

  it('does not rewrite a sync copy that only differs in key order or unknown fields', () => {
    const { text, ...rest } = tip('a', 1);
    const remote = { 'tip:a': { colour: 'red', ...rest, text } };
    expect(plan({ tips: [tip('a', 1)] }, remote).toSet).toEqual({});
  });

  it('keeps a tip with a 9000-character note here, as item-too-large', () => {
    const big = tip('big', 5, { note: 'x'.repeat(9000) });
    const p = plan({ tips: [tip('a', 1), big] }, {});
    expect(p.notSynced).toEqual([{ id: 'big', kind: 'tip', reason: 'item-too-large' }]);
    expect(p.merged.tips).toContainEqual(big);
    expect(Object.keys(p.toSet)).toEqual(['tip:a']);
  });

  it('fills sync up to its share and lists the rest as quota-full, newest first', () => {
    // About 1 KB each: far more than fits in 100 KB.
    const tips = Array.from({ length: 150 }, (_, i) =>
      tip(`t${i}`, NOW - i * 1000, { note: 'n'.repeat(1000) }),
    );
    const p = plan({ tips }, {});
    const synced = new Set(Object.keys(p.toSet));
    const full = p.notSynced.filter((n) => n.reason === 'quota-full').map((n) => n.id);
    expect(synced.size).toBeGreaterThan(80);
    expect(full.length).toBe(150 - synced.size);
    // Newest edits first: every synced tip is newer than every tip left out.
    const lastSynced = Math.max(...[...synced].map((key) => Number(key.slice(5))));
    expect(lastSynced).toBe(synced.size - 1);
    expect(p.bytesUsed).toBeLessThanOrEqual(SYNC_QUOTA.totalBytes - RESERVED_BYTES);
    expect(p.bytesUsed).toBeGreaterThan(SYNC_QUOTA.totalBytes - RESERVED_BYTES - 1100);
    expect(p.bytesUsed).toBe(totalSize(p.toSet));
    expect(p.merged.tips).toEqual(tips);
  });

  it('keeps the item count under its share', () => {
    const tips = Array.from({ length: 600 }, (_, i) => tip(`t${i}`, i + 1));
    const p = plan({ tips }, { settings: 1 });
    expect(p.itemsUsed).toBe(SYNC_QUOTA.maxItems - RESERVED_ITEMS + 1);
    expect(Object.keys(p.toSet).length).toBe(SYNC_QUOTA.maxItems - RESERVED_ITEMS);
    expect(p.notSynced).toHaveLength(600 - (SYNC_QUOTA.maxItems - RESERVED_ITEMS));
    expect(p.notSynced.every((n) => n.reason === 'quota-full')).toBe(true);
  });

  it('lets other keys use the reserve first, and only their excess comes out of the share', () => {
    const tips = Array.from({ length: 150 }, (_, i) => tip(`t${i}`, i, { note: 'n'.repeat(1000) }));
    const settings = { settings: 's'.repeat(5000) };
    const p = plan({ tips }, settings);
    expect(p.bytesUsed).toBeLessThanOrEqual(SYNC_QUOTA.totalBytes);
    expect(p.bytesUsed - itemSize('settings', settings.settings)).toBeLessThanOrEqual(
      SYNC_QUOTA.totalBytes - 5008,
    );
    expect(p.bytesUsed).toBeGreaterThan(SYNC_QUOTA.totalBytes - 1100);
  });

  it('writes the tombstone of a deleted tip, first, even when sync is full', () => {
    const tips = Array.from({ length: 120 }, (_, i) =>
      tip(`t${i}`, NOW - 1000 + i, { note: 'n'.repeat(1000) }),
    );
    const first = plan({ tips }, {});
    const remote = apply({}, first);
    const syncedId = Object.keys(first.toSet)[0]!.slice(4);
    const local = first.merged.tips.map((t) =>
      t.id === syncedId ? tomb(t.id, NOW) : { ...t, updatedAt: NOW - 5 },
    );
    const p = plan({ tips: [...local, tip('fresh', NOW + 1, { note: 'n'.repeat(1000) })] }, remote);
    expect(Object.keys(p.toSet)[0]).toBe(`tip:${syncedId}`);
    expect(p.toSet[`tip:${syncedId}`]).toEqual(tomb(syncedId, NOW));
    expect(p.bytesUsed).toBeLessThanOrEqual(SYNC_QUOTA.totalBytes - RESERVED_BYTES);
    expect(p.bytesUsed).toBe(totalSize(apply(remote, p)));
  });

  it('removes sync keys of tombstones forgotten here, and keeps recent ones', () => {
    const old = NOW - (TOMBSTONE_DAYS + 1) * DAY;
    const remote = syncOf([tomb('old', old), tomb('recent', NOW - DAY), tip('live', 1)]);
    const p = plan({ tips: [tip('live', 1)] }, remote);
    expect(p.toRemove).toEqual(['tip:old']);
    expect(p.merged.tips.map((t) => t.id)).toEqual(['live', 'recent']);
    expect(p.toSet).toEqual({});
    expect(p.bytesUsed).toBe(totalSize(apply(remote, p)));
    // An old tombstone here, not in sync: simply forgotten.
    expect(plan({ tips: [tomb('gone', old)] }, {}).merged.tips).toEqual([]);
  });

  it('applies an old deletion to a record live here for one round before forgetting it', () => {
    const old = NOW - (TOMBSTONE_DAYS + 1) * DAY;
    const remote = syncOf([tomb('a', old)]);
    const p = plan({ tips: [tip('a', old - 1)] }, remote);
    expect(p.merged.tips).toEqual([tomb('a', old)]);
    expect(p.toRemove).toEqual([]);
    const next = plan({ tips: p.merged.tips }, apply(remote, p));
    expect(next.merged.tips).toEqual([]);
    expect(next.toRemove).toEqual(['tip:a']);
  });

  it('writes an old deletion over a live sync copy instead of removing it', () => {
    const old = NOW - (TOMBSTONE_DAYS + 1) * DAY;
    const remote = syncOf([tip('a', old - 1)]);
    const p = plan({ tips: [tomb('a', old)] }, remote);
    expect(p.toRemove).toEqual([]);
    expect(p.toSet).toEqual({ 'tip:a': tomb('a', old) });
    expect(p.merged.tips).toEqual([tomb('a', old)]);
  });

  it('does not rewrite a sync copy with the same edit time (no ping-pong on a tie)', () => {
    const remote = syncOf([tip('a', 5, { text: 'edited on B in the same ms' })]);
    const p = plan({ tips: [tip('a', 5, { text: 'edited here' })] }, remote);
    expect(p.toSet).toEqual({});
    expect(p.merged.tips).toEqual([tip('a', 5, { text: 'edited here' })]);
  });

  it('overwrites an unreadable copy of a record it has, and leaves other unreadable keys', () => {
    const remote = { 'tip:a': 'garbage', 'tip:zz': { v: 2 } };
    const p = plan({ tips: [tip('a', 1)] }, remote);
    expect(p.toSet).toEqual({ 'tip:a': tip('a', 1) });
    expect(p.toRemove).toEqual([]);
    expect(p.bytesUsed).toBe(totalSize(apply(remote, p)));
  });
});

describe('syncMeter', () => {
  it('shows bytes out of the total and a whole percentage', () => {
    expect(syncMeter(0)).toEqual({ used: 0, total: 102400, percent: 0 });
    expect(syncMeter(51200)).toEqual({ used: 51200, total: 102400, percent: 50 });
    expect(syncMeter(10).percent).toBe(1);
    expect(syncMeter(102399).percent).toBe(99);
    expect(syncMeter(102400).percent).toBe(100);
    expect(syncMeter(-5).used).toBe(0);
  });
});

// Properties -----------------------------------------------------------------------------

const ID = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
/** Times within the last 200 days; `parity` makes them all even (0) or odd (1). */
const time = (parity?: 0 | 1) =>
  fc
    .oneof(
      fc.integer({ min: (NOW - 200 * DAY) / 2, max: NOW / 2 }),
      // A few shared times, so that ties and old tombstones come up often.
      fc.constantFrom(NOW / 2, (NOW - 100 * DAY) / 2, (NOW - 150 * DAY) / 2),
    )
    .map((half) => (parity === undefined ? half * 2 + (half % 2) : half * 2 + parity));

const tipsOf = (parity?: 0 | 1) =>
  fc.uniqueArray(
    fc
      .record({
        id: ID,
        updatedAt: time(parity),
        text: fc.string({ maxLength: 20 }),
        note: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('x'.repeat(9000))),
        deleted: fc.boolean(),
      })
      .map(({ id, updatedAt, text, note, deleted }) =>
        deleted ? tomb(id, updatedAt) : tip(id, updatedAt, { text, note }),
      ),
    { selector: (t) => t.id, maxLength: 6 },
  );
const termsOf = (parity?: 0 | 1) =>
  fc.uniqueArray(
    fc
      .record({ id: ID, updatedAt: time(parity), explanation: fc.string({ maxLength: 20 }) })
      .map(({ id, updatedAt, explanation }) => term(id, updatedAt, { explanation })),
    { selector: (t) => t.id, maxLength: 6 },
  );
const tipsArb = tipsOf();
const termsArb = termsOf();
const remoteArb = fc
  .record({ tips: tipsArb, terms: termsArb, junk: fc.dictionary(fc.string(), fc.jsonValue()) })
  .map(({ tips, terms, junk }) => ({ ...junk, ...syncOf(tips, terms) }));

describe('planSyncWrite, properties', () => {
  it('never loses a local live record: every local live id is in merged', () => {
    fc.assert(
      fc.property(tipsArb, termsArb, remoteArb, (tips, terms, remote) => {
        const p = planSyncWrite({ tips, terms }, remote, { now: NOW });
        const tipIds = new Set(p.merged.tips.map((t) => t.id));
        const termIds = new Set(p.merged.terms.map((t) => t.id));
        for (const t of tips) if (!t.deleted) expect(tipIds.has(t.id)).toBe(true);
        for (const t of terms) if (!t.deleted) expect(termIds.has(t.id)).toBe(true);
      }),
    );
  });

  it('accounts for every merged record, and its meter matches sync after the write', () => {
    fc.assert(
      fc.property(tipsArb, termsArb, remoteArb, (tips, terms, remote) => {
        const p = planSyncWrite({ tips, terms }, remote, { now: NOW });
        const after = apply(remote, p);
        expect(p.bytesUsed).toBe(totalSize(after));
        expect(p.itemsUsed).toBe(Object.keys(after).length);
        const read = fromSyncEntries(after);
        const notSynced = new Set(p.notSynced.map((n) => `${n.kind}:${n.id}`));
        for (const [kind, records, readBack] of [
          ['tip', p.merged.tips, read.tips],
          ['term', p.merged.terms, read.terms],
        ] as const) {
          for (const record of records) {
            const inSync = (readBack as readonly (MyTip | OwnTerm)[]).find(
              (r) => r.id === record.id,
            );
            if (notSynced.has(`${kind}:${record.id}`)) continue;
            // Sync holds this record (or, on a tie, its own copy from the same moment).
            expect(inSync?.updatedAt).toBe(record.updatedAt);
            if (`${kind}:${record.id}` in p.toSet) expect(inSync).toEqual(record);
          }
        }
      }),
    );
  });

  it('settles: after a round (and one more to forget old tombstones) nothing is left to do', () => {
    fc.assert(
      fc.property(tipsArb, termsArb, remoteArb, (tips, terms, remote) => {
        const first = planSyncWrite({ tips, terms }, remote, { now: NOW });
        const sync1 = apply(remote, first);
        const second = planSyncWrite(first.merged, sync1, { now: NOW });
        const third = planSyncWrite(second.merged, apply(sync1, second), { now: NOW });
        const notSynced = new Set(first.notSynced.map((n) => `${n.kind}:${n.id}`));
        for (const key of Object.keys(second.toSet)) expect(notSynced.has(key)).toBe(true);
        expect(third.merged).toEqual(second.merged);
        expect(third.toRemove).toEqual([]);
        for (const key of Object.keys(third.toSet)) expect(notSynced.has(key)).toBe(true);
      }),
    );
  });

  it('brings two devices to the same records through sync (edit times differ)', () => {
    fc.assert(
      fc.property(tipsOf(0), termsOf(0), tipsOf(1), termsOf(1), (tipsA, termsA, tipsB, termsB) => {
        const small = (t: MyTip) => t.note.length < 100;
        let sync: Record<string, unknown> = {};
        const a1 = planSyncWrite({ tips: tipsA.filter(small), terms: termsA }, sync, { now: NOW });
        sync = apply(sync, a1);
        const b1 = planSyncWrite({ tips: tipsB.filter(small), terms: termsB }, sync, { now: NOW });
        sync = apply(sync, b1);
        const a2 = planSyncWrite(a1.merged, sync, { now: NOW });
        const byId = <T extends { id: string }>(list: T[]) =>
          [...list].sort((x, y) => (x.id < y.id ? -1 : 1));
        expect(byId(a2.merged.tips)).toEqual(byId(b1.merged.tips));
        expect(byId(a2.merged.terms)).toEqual(byId(b1.merged.terms));
      }),
    );
  });
});
