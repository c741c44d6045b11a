import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateTipsV1ToV2 } from '../../utils/my-data/migrations';

describe('My tips storage: v1 → v2', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('adds tags, order and updatedAt, keeping every tip and its order', () => {
    expect(
      migrateTipsV1ToV2([
        { id: 'a', text: 'Silence is fine', createdAt: 5 },
        { id: 'b', text: 'Ask first', note: 'supervision', createdAt: 7 },
      ]),
    ).toEqual([
      {
        id: 'a',
        text: 'Silence is fine',
        note: '',
        tags: [],
        order: 0,
        createdAt: 5,
        updatedAt: 5,
      },
      {
        id: 'b',
        text: 'Ask first',
        note: 'supervision',
        tags: [],
        order: 1,
        createdAt: 7,
        updatedAt: 7,
      },
    ]);
    expect(migrateTipsV1ToV2(null)).toEqual([]);
  });

  it('is safe to run twice: tips already in the v2 shape are kept as they are', () => {
    const once = migrateTipsV1ToV2([{ id: 'a', text: 'Silence is fine', createdAt: 5 }]);
    const edited = [{ ...once[0]!, tags: ['presence'], order: 3, updatedAt: 99 }];
    expect(migrateTipsV1ToV2(edited)).toEqual(edited);
  });

  it('runs on the stored data after an update, and nothing is lost', async () => {
    // What version 1 of the extension left in storage (no version meta means v1).
    await fakeBrowser.storage.local.set({
      myTips: [
        { id: 'a', text: 'Silence is fine', createdAt: 5 },
        { id: 'b', text: 'Ask before advising', note: 'from supervision', createdAt: 7 },
      ],
    });
    // Any view's first read migrates (under the data lock), not only the background's.
    const { readMyTips } = await import('../../utils/storage/my-data');
    const tips = await readMyTips();
    expect(tips.map((tip) => [tip.id, tip.text, tip.note, tip.tags])).toEqual([
      ['a', 'Silence is fine', '', []],
      ['b', 'Ask before advising', 'from supervision', []],
    ]);
    expect(await fakeBrowser.storage.local.get('myTips$')).toEqual({ myTips$: { v: 2 } });
  });

  it('a fresh install starts empty at the current version', async () => {
    const { myTipsItem } = await import('../../utils/storage/my-data');
    expect(await myTipsItem.getValue()).toEqual([]);
  });
});
