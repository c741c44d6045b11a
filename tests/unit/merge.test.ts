import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecords, purgeTombstones } from '../../utils/my-data/merge';
import { TOMBSTONE_DAYS } from '../../utils/my-data/model';
import type { MyTip } from '../../utils/my-data/model';

const DAY = 24 * 60 * 60 * 1000;

function tip(id: string, updatedAt: number, text = id, deleted = false): MyTip {
  return {
    id,
    text: deleted ? '' : text,
    note: '',
    tags: [],
    order: 0,
    createdAt: 1,
    updatedAt,
    ...(deleted ? { deleted: true as const } : {}),
  };
}
const tomb = (id: string, updatedAt: number): MyTip => tip(id, updatedAt, '', true);

const byId = <T extends { id: string }>(records: readonly T[]): Map<string, T> =>
  new Map(records.map((record) => [record.id, record]));

describe('mergeRecords', () => {
  it('keeps the newest edit of each record', () => {
    const local = [tip('a', 5, 'a local'), tip('b', 1, 'b local')];
    const incoming = [tip('a', 3, 'a remote'), tip('b', 2, 'b remote')];
    const merged = mergeRecords(local, incoming);
    expect(merged.map((t) => t.text)).toEqual(['a local', 'b remote']);
  });

  it('keeps the local record on a tie', () => {
    const merged = mergeRecords([tip('a', 5, 'local')], [tip('a', 5, 'remote')]);
    expect(merged).toEqual([tip('a', 5, 'local')]);
  });

  it('keeps a deletion on device A and an edit of another tip on device B', () => {
    const base = [tip('a', 1), tip('b', 1)];
    const deviceA = [tomb('a', 10), base[1]!];
    const deviceB = [base[0]!, tip('b', 11, 'b edited on B')];
    for (const merged of [mergeRecords(deviceA, deviceB), mergeRecords(deviceB, deviceA)]) {
      const m = byId(merged);
      expect(m.get('a')?.deleted).toBe(true);
      expect(m.get('b')).toEqual(tip('b', 11, 'b edited on B'));
    }
  });

  it('lets a newer tombstone delete and a newer edit resurrect', () => {
    expect(mergeRecords([tip('a', 1)], [tomb('a', 2)])).toEqual([tomb('a', 2)]);
    expect(mergeRecords([tomb('a', 2)], [tip('a', 3, 'back')])).toEqual([tip('a', 3, 'back')]);
    // An older tombstone does not delete a newer edit, and an older edit stays deleted.
    expect(mergeRecords([tip('a', 3)], [tomb('a', 2)])).toEqual([tip('a', 3)]);
    expect(mergeRecords([tomb('a', 3)], [tip('a', 2)])).toEqual([tomb('a', 3)]);
  });

  it("keeps local's order, then new ids in incoming's order", () => {
    const local = [tip('c', 1), tip('a', 1)];
    const incoming = [tip('z', 1), tip('a', 9), tip('b', 1), tip('y', 1)];
    expect(mergeRecords(local, incoming).map((t) => t.id)).toEqual(['c', 'a', 'z', 'b', 'y']);
  });

  it('changes neither input', () => {
    const local = [tip('a', 1)];
    const incoming = [tip('a', 2), tip('b', 1)];
    const before = JSON.stringify([local, incoming]);
    mergeRecords(local, incoming);
    expect(JSON.stringify([local, incoming])).toBe(before);
  });

  it('counts the newest of duplicate ids within one list, at its first place', () => {
    const merged = mergeRecords([tip('a', 1, 'old'), tip('b', 1), tip('a', 4, 'new')], []);
    expect(merged.map((t) => [t.id, t.text])).toEqual([
      ['a', 'new'],
      ['b', 'b'],
    ]);
  });
});

describe('purgeTombstones', () => {
  const now = 1_000 * DAY;

  it('forgets tombstones older than TOMBSTONE_DAYS and keeps everything else', () => {
    const records = [
      tomb('old', now - (TOMBSTONE_DAYS + 1) * DAY),
      tomb('edge', now - TOMBSTONE_DAYS * DAY),
      tomb('recent', now - DAY),
      tip('ancient live', now - 900 * DAY),
    ];
    expect(purgeTombstones(records, now).map((t) => t.id)).toEqual([
      'edge',
      'recent',
      'ancient live',
    ]);
  });

  it('takes another number of days', () => {
    const records = [tomb('a', now - 2 * DAY), tomb('b', now - DAY / 2)];
    expect(purgeTombstones(records, now, 1).map((t) => t.id)).toEqual(['b']);
  });
});

// Properties -----------------------------------------------------------------------------

const ID = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');

/** A list with unique ids; `parity` makes every updatedAt even (0) or odd (1). */
const tipList = (parity?: 0 | 1) =>
  fc
    .uniqueArray(
      fc.record({
        id: ID,
        updatedAt: fc.nat({ max: 1000 }).map((n) => (parity === undefined ? n : 2 * n + parity)),
        text: fc.string({ maxLength: 5 }),
        deleted: fc.boolean(),
      }),
      { selector: (r) => r.id, maxLength: 8 },
    )
    .map((list) => list.map((r) => tip(r.id, r.updatedAt, r.text, r.deleted)));

const sortById = (records: readonly MyTip[]): MyTip[] =>
  [...records].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

describe('mergeRecords, properties', () => {
  it('is idempotent: merge(a, a) equals a', () => {
    fc.assert(fc.property(tipList(), (a) => void expect(mergeRecords(a, a)).toEqual(a)));
  });

  it('has the empty list as identity on both sides', () => {
    fc.assert(
      fc.property(tipList(), (a) => {
        expect(mergeRecords(a, [])).toEqual(a);
        expect(mergeRecords([], a)).toEqual(a);
      }),
    );
  });

  it('is commutative in content (up to order) when updatedAt values differ', () => {
    fc.assert(
      fc.property(tipList(0), tipList(1), (a, b) => {
        expect(sortById(mergeRecords(a, b))).toEqual(sortById(mergeRecords(b, a)));
      }),
    );
  });

  it('is associative in content, and keeps exactly the newest record of every id', () => {
    fc.assert(
      fc.property(tipList(), tipList(), tipList(), (a, b, c) => {
        const left = mergeRecords(mergeRecords(a, b), c);
        const right = mergeRecords(a, mergeRecords(b, c));
        expect(sortById(left)).toEqual(sortById(right));
        const ids = new Set([...a, ...b, ...c].map((r) => r.id));
        expect(new Set(left.map((r) => r.id))).toEqual(ids);
        for (const record of left) {
          const newest = Math.max(
            ...[...a, ...b, ...c].filter((r) => r.id === record.id).map((r) => r.updatedAt),
          );
          expect(record.updatedAt).toBe(newest);
        }
      }),
    );
  });
});
