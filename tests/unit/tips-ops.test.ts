import { describe, expect, it } from 'vitest';
import type { MyTip } from '../../utils/my-data/model';
import {
  addTip,
  allTags,
  deleteTip,
  editTip,
  moveTip,
  parseTags,
  restoreTip,
  visibleTips,
} from '../../utils/my-data/tips-ops';

const texts = (tips: MyTip[]) => visibleTips(tips).map((tip) => tip.text);

function threeTips(): MyTip[] {
  let tips: MyTip[] = [];
  tips = addTip(tips, { text: 'Silence is fine' }, 1, 'a');
  tips = addTip(tips, { text: 'Ask before advising', tags: ['supervision'] }, 2, 'b');
  tips = addTip(tips, { text: 'Name the choice', tags: ['supervision', 'autonomy'] }, 3, 'c');
  return tips;
}

describe('My tips operations', () => {
  it('adds new tips on top, trimmed, stamped', () => {
    const tips = threeTips();
    expect(texts(tips)).toEqual(['Name the choice', 'Ask before advising', 'Silence is fine']);
    expect(tips.find((tip) => tip.id === 'c')).toMatchObject({ createdAt: 3, updatedAt: 3 });
    expect(addTip([], { text: '  spaced  ' }, 1, 'x')[0]!.text).toBe('spaced');
  });

  it('edits only the tip edited, and stamps it', () => {
    const tips = editTip(threeTips(), 'b', { text: 'Ask first', note: 'from supervision' }, 10);
    expect(tips.find((tip) => tip.id === 'b')).toMatchObject({
      text: 'Ask first',
      note: 'from supervision',
      updatedAt: 10,
    });
    expect(tips.find((tip) => tip.id === 'a')!.updatedAt).toBe(1);
  });

  it("never empties a tip's own text by an edit of only spaces", () => {
    const before = threeTips().find((tip) => tip.id === 'b')!.text;
    const tips = editTip(threeTips(), 'b', { text: '   ', note: 'kept' }, 10);
    expect(tips.find((tip) => tip.id === 'b')).toMatchObject({ text: before, note: 'kept' });
  });

  it('deletes to a tombstone without the text, and undo brings the tip back whole', () => {
    const before = threeTips();
    const removed = before.find((tip) => tip.id === 'b')!;
    const after = deleteTip(before, 'b', 20);
    expect(texts(after)).toEqual(['Name the choice', 'Silence is fine']);
    const tombstone = after.find((tip) => tip.id === 'b')!;
    expect(tombstone).toMatchObject({ deleted: true, text: '', tags: [], updatedAt: 20 });
    const restored = restoreTip(after, removed, 21);
    expect(texts(restored)).toEqual(texts(before));
    expect(restored.find((tip) => tip.id === 'b')).toMatchObject({
      text: 'Ask before advising',
      tags: ['supervision'],
      updatedAt: 21,
    });
    expect(restored.find((tip) => tip.id === 'b')!.deleted).toBeUndefined();
  });

  it('moves a tip by changing only its own order', () => {
    const before = threeTips();
    const moved = moveTip(before, 'c', 2, 30);
    expect(texts(moved)).toEqual(['Ask before advising', 'Silence is fine', 'Name the choice']);
    const changed = moved.filter((tip, i) => tip !== before[i]);
    expect(changed.map((tip) => tip.id)).toEqual(['c']);
    expect(texts(moveTip(moved, 'a', 0, 31))).toEqual([
      'Silence is fine',
      'Ask before advising',
      'Name the choice',
    ]);
    expect(texts(moveTip(moved, 'b', 1, 32))).toEqual([
      'Silence is fine',
      'Ask before advising',
      'Name the choice',
    ]);
  });

  it('reads tags as typed and lists them by use', () => {
    expect(parseTags('#Supervision, silence  #supervision,, ')).toEqual(['supervision', 'silence']);
    expect(allTags(threeTips())).toEqual(['supervision', 'autonomy']);
  });
});
