import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../utils/my-data/backup-format';
import { applyImport } from '../../utils/my-data/backup-import';
import type { BackupData } from '../../utils/my-data/backup-format';
import { clampTime, DAY_MS, editStamp } from '../../utils/my-data/clock';
import { mergeRecords } from '../../utils/my-data/merge';
import { DEFAULT_PREFERENCES } from '../../utils/my-data/model';
import type { MyTip } from '../../utils/my-data/model';
import { tipKey } from '../../utils/my-data/sync-records';
import { planSyncWrite } from '../../utils/my-data/sync-plan';
import { deleteTerm, editTerm } from '../../utils/my-data/terms-ops';
import { deleteTip, editTip, moveTip, restoreTip, visibleTips } from '../../utils/my-data/tips-ops';
import { DEFAULT_HIGHLIGHT_SETTINGS } from '../../utils/settings/highlight-settings';

const NOW = 1_750_000_000_000;
/** 1 January 2100: a clock (or an edited file) far in the future. */
const Y2100 = Date.UTC(2100, 0, 1);

const tip = (id: string, updatedAt: number, extra: Partial<MyTip> = {}): MyTip => ({
  id,
  text: `Tip ${id}`,
  note: '',
  tags: [],
  order: 0,
  createdAt: updatedAt,
  updatedAt,
  ...extra,
});

const data = (myTips: MyTip[], syncEnabled = false): BackupData => ({
  myTips,
  ownTerms: [],
  highlightSettings: { ...DEFAULT_HIGHLIGHT_SETTINGS },
  language: null,
  preferences: { ...DEFAULT_PREFERENCES, syncEnabled },
  teamLists: [],
  sharedTeamLists: [],
});

describe('clampTime and editStamp', () => {
  it('lets a time be at most one day ahead', () => {
    expect(clampTime(NOW + 1000, NOW)).toBe(NOW + 1000);
    expect(clampTime(Y2100, NOW)).toBe(NOW + DAY_MS);
  });

  it('stamps an edit now, or just after the record it changes', () => {
    expect(editStamp(NOW - 5, NOW)).toBe(NOW);
    expect(editStamp(NOW + 500, NOW)).toBe(NOW + 501);
  });
});

describe('an edit always wins over what it replaced, whatever the clock', () => {
  const ahead = [tip('a', NOW + 5000)];

  it('edit, delete, move and undo of a tip stamped ahead are later than it', () => {
    expect(editTip(ahead, 'a', { text: 'new' }, NOW)[0]!.updatedAt).toBe(NOW + 5001);
    expect(deleteTip(ahead, 'a', NOW)[0]!.updatedAt).toBe(NOW + 5001);
    const two = [...ahead, tip('b', NOW - 10, { order: 1 })];
    expect(moveTip(two, 'a', 1, NOW).find((t) => t.id === 'a')!.updatedAt).toBe(NOW + 5001);
    const deleted = deleteTip(ahead, 'a', NOW);
    expect(restoreTip(deleted, ahead[0]!, NOW)[0]!.updatedAt).toBe(NOW + 5002);
  });

  it('edit and delete of a term stamped ahead are later than it', () => {
    const terms = [
      { id: 't', term: 'x', variants: [], explanation: '', createdAt: 1, updatedAt: NOW + 9 },
    ];
    expect(editTerm(terms, 't', { term: 'y', explanation: '' }, NOW)[0]!.updatedAt).toBe(NOW + 10);
    expect(deleteTerm(terms, 't', NOW)[0]!.updatedAt).toBe(NOW + 10);
  });
});

describe('a backup stamped in 2100 does not win for ever', () => {
  const fileWith2100 = () => {
    const text = createBackup(data([tip('a', Y2100)]), new Date(NOW));
    const parsed = parseBackup(text, text.length);
    if (!parsed.ok) throw new Error('valid backup expected');
    return parsed.data;
  };

  it('imported, its times are at most a day ahead', () => {
    for (const sync of [false, true]) {
      const [imported] = applyImport(data([], sync), fileWith2100(), 'merge', NOW).myTips;
      expect(imported!.updatedAt).toBeLessThanOrEqual(NOW + DAY_MS);
      expect(imported!.createdAt).toBeLessThanOrEqual(NOW + DAY_MS);
    }
  });

  it('imported over a tip stamped 2100, the import wins and is later than it', () => {
    const current = data([tip('a', Y2100, { text: 'old' })]);
    const [imported] = applyImport(current, fileWith2100(), 'merge', NOW).myTips;
    expect(imported!.updatedAt).toBe(Y2100 + 1);
  });

  /** Imported with sync off, then sync switched on: the first round puts it in sync. */
  const importedAndSynced = () => {
    const imported = applyImport(data([]), fileWith2100(), 'merge', NOW).myTips;
    const first = planSyncWrite({ tips: imported, terms: [] }, {}, { now: NOW + 1000 });
    return { local: first.merged.tips, remote: { ...first.toSet } as Record<string, unknown> };
  };

  it('imported, synced, then edited: the next sync keeps the edit', () => {
    const { local, remote } = importedAndSynced();
    const edited = editTip(local, 'a', { text: 'my edit' }, NOW + 60_000);
    const plan = planSyncWrite({ tips: edited, terms: [] }, remote, { now: NOW + 120_000 });
    expect(plan.merged.tips[0]!.text).toBe('my edit');
    expect((plan.toSet[tipKey('a')] as MyTip | undefined)?.text).toBe('my edit');
  });

  it('imported, synced, then deleted: the next sync does not bring it back', () => {
    const { local, remote } = importedAndSynced();
    const deleted = deleteTip(local, 'a', NOW + 60_000);
    const plan = planSyncWrite({ tips: deleted, terms: [] }, remote, { now: NOW + 120_000 });
    expect(visibleTips(plan.merged.tips)).toEqual([]);
    expect(plan.toSet[tipKey('a')]?.deleted).toBe(true);
  });
});

describe('sync clamps times from other devices', () => {
  it('a synced tip stamped 2100 counts as a day ahead and is rewritten so', () => {
    const remote = { [tipKey('a')]: tip('a', Y2100) };
    const plan = planSyncWrite({ tips: [], terms: [] }, remote, { now: NOW });
    expect(plan.merged.tips[0]!.updatedAt).toBe(NOW + DAY_MS);
    expect(plan.toSet[tipKey('a')]?.updatedAt).toBe(NOW + DAY_MS);
    // The next round (a minute later) sees nothing to do: the clamp is stable.
    const next = planSyncWrite(plan.merged, { ...remote, ...plan.toSet }, { now: NOW + 60_000 });
    expect(next.toSet).toEqual({});
    expect(next.merged.tips).toEqual(plan.merged.tips);
  });

  it('once a 2100 copy from another device was clamped, an edit here wins over it', () => {
    const remote: Record<string, unknown> = { [tipKey('a')]: tip('a', Y2100) };
    const first = planSyncWrite({ tips: [], terms: [] }, remote, { now: NOW });
    const edited = editTip(first.merged.tips, 'a', { text: 'my edit' }, NOW + 60_000);
    const after = { ...remote, ...first.toSet };
    const plan = planSyncWrite({ tips: edited, terms: [] }, after, { now: NOW + 120_000 });
    expect(plan.merged.tips[0]!.text).toBe('my edit');
    expect((plan.toSet[tipKey('a')] as MyTip | undefined)?.text).toBe('my edit');
  });

  it('a local tip stamped 2100 (from an older version) is clamped too', () => {
    const plan = planSyncWrite({ tips: [tip('a', Y2100)], terms: [] }, {}, { now: NOW });
    expect(plan.merged.tips[0]!.updatedAt).toBe(NOW + DAY_MS);
  });

  it('mergeRecords itself still lets the newer stamp win', () => {
    expect(mergeRecords([tip('a', 1)], [tip('a', 2)])[0]!.updatedAt).toBe(2);
  });
});
