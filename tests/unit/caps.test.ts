import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackup, MAX_BACKUP_BYTES, parseBackup } from '../../utils/my-data/backup-format';
import { applyImport } from '../../utils/my-data/backup-import';
import type { BackupData } from '../../utils/my-data/backup-format';
import { DEFAULT_PREFERENCES, isListFull, LIMITS, liveCount } from '../../utils/my-data/model';
import type { MyTip, OwnTerm } from '../../utils/my-data/model';
import { termKey, tipKey } from '../../utils/my-data/sync-records';
import { planSyncWrite } from '../../utils/my-data/sync-plan';
import { addTip, editTip } from '../../utils/my-data/tips-ops';
import { TEAM_LISTS_MAX_BYTES, teamListsBytes } from '../../utils/my-data/team-lists';
import { TIP_IDS } from '../../utils/texts/ids';
import {
  DEFAULT_HIGHLIGHT_SETTINGS,
  SETTINGS_LIST_LIMIT,
} from '../../utils/settings/highlight-settings';

const NOW = 1_750_000_000_000;
const bytes = (text: string) => new TextEncoder().encode(text).length;

/** `length` characters that JSON writes as six bytes each (\u0001), after a unique start. */
const worst = (length: number, start = '') => start + '\u0001'.repeat(length - start.length);

function maximalTip(i: number): MyTip {
  return {
    id: worst(100, `tip${i}-`),
    text: worst(LIMITS.tipText),
    note: worst(LIMITS.tipNote),
    tags: Array.from({ length: LIMITS.tagsPerTip }, (_, t) => worst(LIMITS.tag, `t${t}`)),
    builtIn: TIP_IDS[0],
    source: {
      quote: worst(LIMITS.quote),
      pageTitle: worst(LIMITS.pageTitle),
      url: worst(LIMITS.url),
    },
    order: -0.30000000000000004 - i,
    createdAt: NOW + i,
    updatedAt: NOW + i,
  };
}

function maximalTerm(i: number): OwnTerm {
  return {
    id: worst(100, `term${i}-`),
    term: worst(LIMITS.term),
    variants: Array.from({ length: LIMITS.variantsPerTerm }, () => worst(LIMITS.term)),
    explanation: worst(LIMITS.explanation),
    createdAt: NOW + i,
    updatedAt: NOW + i,
  };
}

function maximalData(): BackupData {
  return {
    myTips: Array.from({ length: LIMITS.records }, (_, i) => maximalTip(i)),
    ownTerms: Array.from({ length: LIMITS.records }, (_, i) => maximalTerm(i)),
    highlightSettings: {
      ...DEFAULT_HIGHLIGHT_SETTINGS,
      disabledSites: Array.from({ length: SETTINGS_LIST_LIMIT }, (_, i) => worst(253, `s${i}`)),
      hiddenTerms: Array.from({ length: SETTINGS_LIST_LIMIT }, (_, i) => worst(206, `team:${i}`)),
    },
    language: 'nl',
    preferences: { keepPageAddress: false, syncEnabled: true },
    // Team lists up to their budget (TEAM_LISTS_MAX_BYTES), every character escaped too.
    teamLists: [
      {
        list: {
          id: worst(100, 'list-'),
          name: worst(120),
          publisher: worst(120),
          version: Number.MAX_SAFE_INTEGER,
          date: '2026-11-30T12:00:00.000Z',
          language: 'nl',
          tips: Array.from({ length: 334 }, (_, i) => ({
            id: worst(100, `t${i}-`),
            title: worst(LIMITS.tipText),
            note: worst(LIMITS.tipNote),
            tags: [],
          })),
          terms: [],
        },
        enabled: true,
        addedAt: NOW,
      },
    ],
    sharedTeamLists: [],
  };
}

describe('the user’s own export always imports', () => {
  it('a maximal export (every list and field full, every character escaped) round-trips', () => {
    const data = maximalData();
    expect(teamListsBytes(data.teamLists)).toBeGreaterThan(TEAM_LISTS_MAX_BYTES * 0.95);
    expect(teamListsBytes(data.teamLists)).toBeLessThanOrEqual(TEAM_LISTS_MAX_BYTES);
    const text = createBackup(data, new Date(NOW));
    const size = bytes(text);
    expect(size).toBeGreaterThan(50 * 1024 * 1024);
    expect(size).toBeLessThan(MAX_BACKUP_BYTES);
    const parsed = parseBackup(text, size);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data).toEqual(data);
    const empty: BackupData = {
      myTips: [],
      ownTerms: [],
      highlightSettings: DEFAULT_HIGHLIGHT_SETTINGS,
      language: null,
      preferences: DEFAULT_PREFERENCES,
      teamLists: [],
      sharedTeamLists: [],
    };
    const restored = applyImport(empty, parsed.data, 'replace', NOW);
    expect(liveCount(restored.myTips)).toBe(LIMITS.records);
    expect(restored.myTips).toEqual(data.myTips);
  }, 60_000);

  it('1,000 ordinary full-length tips (over the old 5 MB limit) import', () => {
    const tips = Array.from({ length: LIMITS.records }, (_, i) => ({
      ...maximalTip(i),
      id: crypto.randomUUID(),
      text: 'a'.repeat(LIMITS.tipText),
      note: 'b'.repeat(LIMITS.tipNote),
      source: { quote: 'c'.repeat(LIMITS.quote), pageTitle: 'd', url: 'e'.repeat(LIMITS.url) },
      tags: [],
    }));
    const text = createBackup(
      { ...maximalData(), myTips: tips, ownTerms: [], teamLists: [] },
      new Date(NOW),
    );
    expect(bytes(text)).toBeGreaterThan(5 * 1024 * 1024);
    expect(parseBackup(text, bytes(text)).ok).toBe(true);
  }, 60_000);
});

const tipN = (i: number): MyTip => ({
  id: `t${i}`,
  text: `tip ${i}`,
  note: '',
  tags: [],
  order: i,
  createdAt: NOW,
  updatedAt: NOW,
});
const termN = (i: number): OwnTerm => ({
  id: `w${i}`,
  term: `term ${i}`,
  variants: [],
  explanation: '',
  createdAt: NOW,
  updatedAt: NOW,
});
const fullTips = () => Array.from({ length: LIMITS.records }, (_, i) => tipN(i));

describe('the cap is kept inside the locked update', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('a tip added to a full list is refused and nothing is written; edits still work', async () => {
    await fakeBrowser.storage.local.set({ myTips: fullTips(), myTips$: { v: 2 } });
    const { updateMyTips, readMyTips } = await import('../../utils/storage/my-data');
    const adding = updateMyTips((tips) => addTip(tips, { text: 'one more' }, NOW, 'x'));
    await expect(adding).rejects.toSatisfy(isListFull);
    expect(await readMyTips()).toHaveLength(LIMITS.records);
    await updateMyTips((tips) => editTip(tips, 't1', { text: 'edited' }, NOW + 1));
    expect((await readMyTips()).find((tip) => tip.id === 't1')?.text).toBe('edited');
  });

  it('“Highlight this term” on a full list says the list is full', async () => {
    const terms = Array.from({ length: LIMITS.records }, (_, i) => termN(i));
    await fakeBrowser.storage.local.set({ ownTerms: terms });
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => name);
    const { addOwnTermFromPage } = await import('../../entrypoints/background/context-menus');
    expect(await addOwnTermFromPage('new', 'explained')).toBe('noticeListFull');
    const { readOwnTerms } = await import('../../utils/storage/my-data');
    expect(await readOwnTerms()).toHaveLength(LIMITS.records);
  });

  it('a restore that would pass the cap writes nothing', async () => {
    await fakeBrowser.storage.local.set({ myTips: fullTips(), myTips$: { v: 2 } });
    const { changeBackupData } = await import('../../utils/storage/backup-data');
    const { readMyTips } = await import('../../utils/storage/my-data');
    const change = changeBackupData((current) => ({
      ...current,
      myTips: addTip(current.myTips, { text: 'one more' }, NOW, 'x'),
    }));
    await expect(change).rejects.toSatisfy(isListFull);
    expect(await readMyTips()).toHaveLength(LIMITS.records);
  });

  it('a settings list cannot grow past its limit', async () => {
    const sites = Array.from({ length: SETTINGS_LIST_LIMIT }, (_, i) => `site${i}.example`);
    await fakeBrowser.storage.local.set({
      highlightSettings: { ...DEFAULT_HIGHLIGHT_SETTINGS, disabledSites: sites },
    });
    const { updateHighlightSettings, highlightSettings } =
      await import('../../utils/storage/highlight-settings');
    const adding = updateHighlightSettings((s) => ({
      ...s,
      disabledSites: [...s.disabledSites, 'one-more.example'],
    }));
    await expect(adding).rejects.toSatisfy(isListFull);
    expect((await highlightSettings.getValue()).disabledSites).toHaveLength(SETTINGS_LIST_LIMIT);
    await updateHighlightSettings((s) => ({ ...s, disabledSites: s.disabledSites.slice(1) }));
    expect((await highlightSettings.getValue()).disabledSites).toHaveLength(
      SETTINGS_LIST_LIMIT - 1,
    );
  });
});

describe('the sync merge keeps the cap', () => {
  it('takes in records from sync only while there is room, newest first; the rest stay in sync', () => {
    const local = Array.from({ length: 8 }, (_, i) => tipN(i));
    const remote: Record<string, unknown> = {};
    for (let i = 100; i < 104; i++) remote[tipKey(`t${i}`)] = { ...tipN(i), updatedAt: NOW + i };
    const plan = planSyncWrite({ tips: local, terms: [] }, remote, { now: NOW, maxRecords: 10 });
    expect(liveCount(plan.merged.tips)).toBe(10);
    expect(plan.merged.tips.map((tip) => tip.id)).toEqual([
      ...local.map((tip) => tip.id),
      't102',
      't103',
    ]);
    expect(plan.heldBack).toEqual([
      { id: 't101', kind: 'tip' },
      { id: 't100', kind: 'tip' },
    ]);
    expect(plan.toRemove).toEqual([]);
    expect(Object.keys(plan.toSet)).not.toContain(tipKey('t100'));
  });

  it('a record deleted here and live in sync counts as new: it waits for room, its tombstone stays', () => {
    const local = [
      ...Array.from({ length: 3 }, (_, i) => tipN(i)),
      { ...tipN(9), deleted: true as const },
    ];
    const remote = { [tipKey('t9')]: { ...tipN(9), updatedAt: NOW + 5 } };
    const plan = planSyncWrite({ tips: local, terms: [] }, remote, { now: NOW, maxRecords: 3 });
    expect(plan.merged.tips.find((tip) => tip.id === 't9')?.deleted).toBe(true);
    expect(plan.heldBack).toEqual([{ id: 't9', kind: 'tip' }]);
    expect(Object.keys(plan.toSet)).not.toContain(tipKey('t9'));
    expect(plan.toRemove).toEqual([]);
  });

  it('never takes the real lists past LIMITS.records', () => {
    const remote: Record<string, unknown> = {};
    for (let i = 0; i < 5; i++) remote[termKey(`w${2000 + i}`)] = termN(2000 + i);
    const local = Array.from({ length: LIMITS.records }, (_, i) => termN(i));
    const plan = planSyncWrite({ tips: [], terms: local }, remote, { now: NOW });
    expect(liveCount(plan.merged.terms)).toBe(LIMITS.records);
    expect(plan.heldBack).toHaveLength(5);
  });

  it('a synced record over the field limits is not taken in (its export would not import)', () => {
    const remote = {
      [tipKey('long')]: { ...tipN(1), id: 'long', text: 'x'.repeat(LIMITS.tipText + 1) },
      [termKey('many')]: {
        ...termN(1),
        id: 'many',
        variants: Array(LIMITS.variantsPerTerm + 1).fill('v'),
      },
    };
    const plan = planSyncWrite({ tips: [], terms: [] }, remote, { now: NOW });
    expect(plan.merged).toEqual({ tips: [], terms: [] });
    // Left in sync as it is, for the version that wrote it.
    expect(plan.toRemove).toEqual([]);
  });

  it('a sync merge is not blocked by a list already over the cap (an older version)', () => {
    const local = Array.from({ length: 5 }, (_, i) => tipN(i));
    const plan = planSyncWrite({ tips: local, terms: [] }, {}, { now: NOW, maxRecords: 3 });
    expect(liveCount(plan.merged.tips)).toBe(5);
  });
});

afterEach(() => vi.restoreAllMocks());
