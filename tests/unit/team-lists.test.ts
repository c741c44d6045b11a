import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../utils/my-data/backup-format';
import { applyImport, previewImport } from '../../utils/my-data/backup-import';
import type { TeamList } from '../../utils/my-data/team-list-format';
import {
  mergeTeamLists,
  putTeamList,
  readSharedTeamLists,
  readStoredTeamLists,
  removeTeamList,
  setTeamListEnabled,
  shownTeamLists,
  TEAM_LISTS_LIMIT,
  TEAM_LISTS_MAX_BYTES,
  TeamListsFullError,
} from '../../utils/my-data/team-lists';
import type { StoredTeamList } from '../../utils/my-data/team-lists';
import { backupData as data } from './support/my-data';

const list = (id: string, version = 1, extra: Partial<TeamList> = {}): TeamList => ({
  id,
  name: `List ${id}`,
  publisher: 'Team',
  version,
  date: '2026-11-30',
  language: 'nl',
  tips: [{ id: 't1', title: 'Eerst luisteren', note: '', tags: [] }],
  terms: [{ id: 'w1', term: 'warme overdracht', variants: [], explanation: '', language: 'nl' }],
  ...extra,
});
const kept = (l: TeamList, enabled = true): StoredTeamList => ({ list: l, enabled, addedAt: 5 });

describe('kept team lists', () => {
  it('adds, replaces a newer version in place keeping its switch, switches, removes', () => {
    let lists = putTeamList([], list('a'), 10);
    lists = putTeamList(lists, list('b'), 11);
    lists = setTeamListEnabled(lists, 'a', false);
    lists = putTeamList(lists, list('a', 2), 12);
    expect(lists.map((l) => [l.list.id, l.list.version, l.enabled, l.addedAt])).toEqual([
      ['a', 2, false, 12],
      ['b', 1, true, 11],
    ]);
    expect(removeTeamList(lists, 'a').map((l) => l.list.id)).toEqual(['b']);
  });

  it(`refuses a list past ${TEAM_LISTS_LIMIT} lists or past ${TEAM_LISTS_MAX_BYTES} bytes`, () => {
    const full = Array.from({ length: TEAM_LISTS_LIMIT }, (_, i) => kept(list(`l${i}`)));
    expect(() => putTeamList(full, list('one-more'), 1)).toThrow(TeamListsFullError);
    // Replacing one of them is fine.
    expect(putTeamList(full, list('l3', 2), 1)).toHaveLength(TEAM_LISTS_LIMIT);
    const big = list('big', 1, {
      tips: Array.from({ length: 1000 }, (_, i) => ({
        id: `t${i}`,
        title: 'x'.repeat(500),
        note: 'y'.repeat(2000),
        tags: [],
      })),
    });
    const error = (() => {
      try {
        let lists = putTeamList([], big, 1); // about 2.5 MB
        lists = putTeamList(lists, list('big2', 1, { tips: big.tips }), 1);
        putTeamList(lists, list('big3', 1, { tips: big.tips }), 1);
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(TeamListsFullError);
    expect((error as TeamListsFullError).reason).toBe('size');
  });

  it('reads stored values leniently: keeps what it can read, sets the rest aside', () => {
    expect(readStoredTeamLists(undefined)).toEqual({
      lists: [],
      unreadable: [],
      wrongShape: false,
    });
    expect(readStoredTeamLists({ a: 1 }).wrongShape).toBe(true);
    const stored = readStoredTeamLists([
      kept(list('a')),
      { list: { id: 'bad' }, enabled: true, addedAt: 1 },
      kept(list('a')), // the same id twice: the second is set aside
      null,
    ]);
    expect(stored.lists.map((l) => l.list.id)).toEqual(['a']);
    expect(stored.unreadable).toHaveLength(3);
    expect(readSharedTeamLists('x')).toEqual([]);
    expect(readSharedTeamLists([{ id: 'a' }, null])).toEqual([]);
  });

  it('shows the organisation’s lists first, always on, over the user’s copy of the same list', () => {
    const shown = shownTeamLists([kept(list('a'), false), kept(list('b'))], [list('a', 7)]);
    expect(shown.map((s) => [s.list.id, s.list.version, s.enabled, s.managed])).toEqual([
      ['a', 7, true, true],
      ['b', 1, true, false],
    ]);
  });

  it('merges lists from a backup: new ones added, only higher versions replace', () => {
    const merged = mergeTeamLists(
      [kept(list('a', 3)), kept(list('b', 1))],
      [kept(list('a', 2)), kept(list('b', 4)), kept(list('c', 1))],
    );
    expect(merged.map((l) => [l.list.id, l.list.version])).toEqual([
      ['a', 3],
      ['b', 4],
      ['c', 1],
    ]);
  });
});

describe('backups hold the team lists', () => {
  it('round-trip, and import by merge or replace with a preview', () => {
    const withLists = data({
      teamLists: [kept(list('a', 2)), kept(list('b'), false)],
      sharedTeamLists: [
        {
          id: 'a',
          name: 'List a',
          publisher: '',
          version: 2,
          language: 'nl',
          tipIds: ['x'],
          termIds: [],
        },
      ],
    });
    const text = createBackup(withLists, new Date(0));
    const parsed = parseBackup(text, text.length);
    expect(parsed).toEqual({ ok: true, data: withLists });
    if (!parsed.ok) return;
    const current = data({ teamLists: [kept(list('a', 1)), kept(list('z'))] });
    expect(previewImport(current, parsed.data, 'merge').teamLists).toEqual({
      added: 1,
      updated: 1,
      unchanged: 1,
      removed: 0,
    });
    expect(previewImport(current, parsed.data, 'replace').teamLists).toEqual({
      added: 1,
      updated: 1,
      unchanged: 0,
      removed: 1,
    });
    const merged = applyImport(current, parsed.data, 'merge', 1);
    expect(merged.teamLists.map((l) => [l.list.id, l.list.version])).toEqual([
      ['a', 2],
      ['z', 1],
      ['b', 1],
    ]);
    expect(merged.sharedTeamLists.map((s) => s.id)).toEqual(['a']);
    expect(applyImport(current, parsed.data, 'replace', 1).teamLists).toEqual(withLists.teamLists);
  });

  it('an older backup without team lists still reads, with none', () => {
    const file = JSON.parse(createBackup(data(), new Date(0))) as { data: Record<string, unknown> };
    delete file.data.teamLists;
    delete file.data.sharedTeamLists;
    const text = JSON.stringify(file);
    const parsed = parseBackup(text, text.length);
    expect(parsed.ok && parsed.data.teamLists).toEqual([]);
  });

  it('a damaged team list makes the backup invalid, saying where', () => {
    const file = JSON.parse(createBackup(data({ teamLists: [kept(list('a'))] }), new Date(0))) as {
      data: { teamLists: { list: { name: string } }[] };
    };
    file.data.teamLists[0]!.list.name = '';
    const text = JSON.stringify(file);
    const parsed = parseBackup(text, text.length);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('invalid');
    expect(parsed.error.detail).toContain('data.teamLists[0].list.name');
  });
});
