/**
 * What the user does with My tips, as pure functions from one list to the next. Every
 * change stamps the changed record's `updatedAt`, and only that record changes, so lists
 * edited on two devices merge per record (see ./merge.ts).
 */
import type { TipId } from '../texts/ids';
import { editStamp } from './clock';
import { LIMITS } from './model';
import type { MyTip, TipSource } from './model';

export interface TipInput {
  text: string;
  note?: string;
  tags?: string[];
  builtIn?: TipId;
  source?: TipSource;
}

/** Tags as the user typed them: "#Supervision, silence " → ["supervision", "silence"]. */
export function parseTags(input: string): string[] {
  const tags = input
    .split(/[,\s]+/)
    .map((tag) => tag.replace(/^#+/, '').trim().toLowerCase().slice(0, LIMITS.tag))
    .filter((tag) => tag !== '');
  return [...new Set(tags)].slice(0, LIMITS.tagsPerTip);
}

/** The live tips, in the user's order. */
export function visibleTips(tips: readonly MyTip[]): MyTip[] {
  return tips
    .filter((tip) => !tip.deleted)
    .sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
}

export function addTip(tips: readonly MyTip[], input: TipInput, now: number, id: string): MyTip[] {
  const live = visibleTips(tips);
  const order = live.length === 0 ? 0 : live[0]!.order - 1; // new tips go on top
  const tip: MyTip = {
    id,
    text: input.text.trim().slice(0, LIMITS.tipText),
    note: (input.note ?? '').trim().slice(0, LIMITS.tipNote),
    tags: input.tags ?? [],
    ...(input.builtIn ? { builtIn: input.builtIn } : {}),
    ...(input.source ? { source: input.source } : {}),
    order,
    createdAt: now,
    updatedAt: now,
  };
  return [...tips, tip];
}

export function editTip(
  tips: readonly MyTip[],
  id: string,
  patch: Partial<Pick<MyTip, 'text' | 'note' | 'tags'>>,
  now: number,
): MyTip[] {
  return tips.map((tip) =>
    tip.id === id && !tip.deleted
      ? {
          ...tip,
          // A tip's own text is never emptied by an edit (a kept built-in tip has none).
          ...(patch.text !== undefined && (patch.text.trim() !== '' || tip.builtIn)
            ? { text: patch.text.trim().slice(0, LIMITS.tipText) }
            : {}),
          ...(patch.note !== undefined ? { note: patch.note.trim().slice(0, LIMITS.tipNote) } : {}),
          ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
          updatedAt: editStamp(tip.updatedAt, now),
        }
      : tip,
  );
}

/** What a deleted tip leaves behind: no text, the deletion stamped as an edit (editStamp). */
export function tipTombstone(tip: MyTip, now: number): MyTip {
  return {
    id: tip.id,
    text: '',
    note: '',
    tags: [],
    order: tip.order,
    createdAt: tip.createdAt,
    updatedAt: editStamp(tip.updatedAt, now),
    deleted: true,
  };
}

/**
 * Deletes a tip, leaving a tombstone without its text (so a deletion reaches other
 * devices). The caller keeps the removed tip for a few seconds to offer undo.
 */
export function deleteTip(tips: readonly MyTip[], id: string, now: number): MyTip[] {
  return tips.map((tip) => (tip.id === id ? tipTombstone(tip, now) : tip));
}

/** Undo of a delete: the tip as it was, stamped as the newest edit (after its tombstone). */
export function restoreTip(tips: readonly MyTip[], removed: MyTip, now: number): MyTip[] {
  const current = tips.find((tip) => tip.id === removed.id);
  const previous = Math.max(removed.updatedAt, current?.updatedAt ?? -Infinity);
  const restored: MyTip = { ...removed, updatedAt: editStamp(previous, now) };
  delete restored.deleted;
  return tips.some((tip) => tip.id === removed.id)
    ? tips.map((tip) => (tip.id === removed.id ? restored : tip))
    : [...tips, restored];
}

/**
 * Moves a tip to `toIndex` in the visible list. Only the moved tip changes: its order
 * becomes a number between its new neighbours'.
 */
export function moveTip(tips: readonly MyTip[], id: string, toIndex: number, now: number): MyTip[] {
  const live = visibleTips(tips);
  const from = live.findIndex((tip) => tip.id === id);
  if (from === -1) return [...tips];
  const others = live.filter((tip) => tip.id !== id);
  const index = Math.max(0, Math.min(toIndex, others.length));
  if (index === from) return [...tips];
  const before = others[index - 1];
  const after = others[index];
  const order =
    before && after
      ? (before.order + after.order) / 2
      : before
        ? before.order + 1
        : after
          ? after.order - 1
          : 0;
  return tips.map((tip) =>
    tip.id === id ? { ...tip, order, updatedAt: editStamp(tip.updatedAt, now) } : tip,
  );
}

/** All tags in use, most used first. */
export function allTags(tips: readonly MyTip[]): string[] {
  const counts = new Map<string, number>();
  for (const tip of visibleTips(tips))
    for (const tag of tip.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([tag]) => tag);
}
