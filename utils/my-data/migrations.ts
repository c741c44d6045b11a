/**
 * Storage schema migrations for the user's data. Each step is a pure function from the
 * stored shape of one version to the next; WXT's storage runs them on read after an update.
 */
import type { MyTip } from './model';

/** My tips as version 1 stored them: no tags, no explicit order, no edit time. */
export interface MyTipV1 {
  id: string;
  text: string;
  note?: string;
  createdAt: number;
}

/**
 * v1 → v2: adds tags (none), an order (the stored order) and updatedAt (= createdAt).
 * Safe to run twice: a tip already in the v2 shape is kept exactly as it is. An entry that
 * is not a v1 tip at all (no id, not an object) is kept as it is too: the storage readers
 * set it aside unread, and nothing is lost.
 */
export function migrateTipsV1ToV2(v1: readonly (MyTipV1 | MyTip)[] | null | undefined): MyTip[] {
  return (v1 ?? []).map((tip, index) =>
    isV2(tip) || !isV1(tip)
      ? tip
      : {
          id: tip.id,
          text: tip.text,
          note: tip.note ?? '',
          tags: [],
          order: index,
          createdAt: tip.createdAt,
          updatedAt: tip.createdAt,
        },
  );
}

function isV2(tip: unknown): tip is MyTip {
  return (
    typeof tip === 'object' &&
    tip !== null &&
    'updatedAt' in tip &&
    typeof tip.updatedAt === 'number' &&
    'tags' in tip &&
    Array.isArray(tip.tags)
  );
}

function isV1(tip: unknown): tip is MyTipV1 {
  return typeof tip === 'object' && tip !== null && 'id' in tip && typeof tip.id === 'string';
}
