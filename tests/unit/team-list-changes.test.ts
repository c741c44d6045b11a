import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareTeamLists,
  isUnchanged,
  teamListChanges,
} from '../../utils/my-data/team-list-changes';
import type { TeamList, TeamTerm, TeamTip } from '../../utils/my-data/team-list-format';

const tip = (id: string, extra: Partial<TeamTip> = {}): TeamTip => ({
  id,
  title: `Tip ${id}`,
  note: '',
  tags: [],
  ...extra,
});

const term = (id: string, extra: Partial<TeamTerm> = {}): TeamTerm => ({
  id,
  term: `term ${id}`,
  variants: [],
  explanation: 'uitleg',
  language: 'nl',
  ...extra,
});

function list(extra: Partial<TeamList> = {}): TeamList {
  return {
    id: 'jeugdzorg-noord',
    name: 'Team Jeugdzorg Noord',
    publisher: 'Jeugdzorg Noord',
    version: 3,
    date: '2026-11-30',
    language: 'nl',
    tips: [tip('a'), tip('b'), tip('c')],
    terms: [term('x'), term('y')],
    ...extra,
  };
}

describe('compareTeamLists', () => {
  it('a list the user does not have is new', () => {
    expect(compareTeamLists(undefined, list())).toEqual({ kind: 'new' });
    // Another id is another list, whatever its version.
    expect(compareTeamLists(list({ id: 'other', version: 9 }), list())).toEqual({ kind: 'new' });
  });

  it('the same version with the same content is the same, whatever its date', () => {
    expect(compareTeamLists(list(), list())).toEqual({ kind: 'same' });
    expect(compareTeamLists(list(), list({ date: '2027-01-01T10:00:00Z' }))).toEqual({
      kind: 'same',
    });
  });

  it('an older version is older, naming both versions', () => {
    expect(compareTeamLists(list({ version: 3 }), list({ version: 2, tips: [] }))).toEqual({
      kind: 'older',
      existingVersion: 3,
      incomingVersion: 2,
    });
  });

  it('the same version with other content is a conflict', () => {
    const cases: Partial<TeamList>[] = [
      { tips: [tip('a', { note: 'changed' }), tip('b'), tip('c')] },
      { terms: [term('x')] },
      { name: 'Renamed' },
      { publisher: '' },
      { language: 'en' },
      { tips: [tip('c'), tip('b'), tip('a')] },
    ];
    for (const change of cases)
      expect(compareTeamLists(list(), list(change)), JSON.stringify(change)).toEqual({
        kind: 'conflict',
        version: 3,
      });
  });

  it('a newer version lists what was added, removed and changed, by id', () => {
    const incoming = list({
      version: 4,
      name: 'Team Jeugdzorg Noord-Oost',
      tips: [
        tip('a'),
        tip('b', { title: 'New title', tags: ['x'] }),
        tip('d', { title: 'Brand new' }),
      ],
      terms: [
        term('x', { variants: ['other'] }),
        term('y', { language: 'en' }),
        term('z', { term: 'zelfregie' }),
      ],
    });
    expect(compareTeamLists(list(), incoming)).toEqual({
      kind: 'newer',
      existingVersion: 3,
      incomingVersion: 4,
      changes: {
        tips: {
          added: [{ id: 'd', label: 'Brand new' }],
          removed: [{ id: 'c', label: 'Tip c' }],
          changed: [{ id: 'b', label: 'New title', fields: ['title', 'tags'] }],
        },
        terms: {
          added: [{ id: 'z', label: 'zelfregie' }],
          removed: [],
          changed: [
            { id: 'x', label: 'term x', fields: ['variants'] },
            { id: 'y', label: 'term y', fields: ['language'] },
          ],
        },
        list: ['name'],
        reordered: false,
      },
    });
  });

  it('a newer version that changes nothing but its number has no changes', () => {
    const result = compareTeamLists(list(), list({ version: 10 }));
    expect(result.kind).toBe('newer');
    if (result.kind !== 'newer') return;
    expect(isUnchanged(result.changes)).toBe(true);
  });

  it('sees a new order of the records both versions have, and nothing else', () => {
    const changes = teamListChanges(list(), list({ tips: [tip('b'), tip('a'), tip('c')] }));
    expect(changes.reordered).toBe(true);
    expect(changes.tips).toEqual({ added: [], removed: [], changed: [] });
    expect(isUnchanged(changes)).toBe(false);
    // Adding or removing a record does not count as reordering the rest.
    const grown = teamListChanges(list(), list({ tips: [tip('new'), tip('a'), tip('c')] }));
    expect(grown.reordered).toBe(false);
    const terms = teamListChanges(list(), list({ terms: [term('y'), term('x')] }));
    expect(terms.reordered).toBe(true);
  });

  it('compares tags and variants item by item, in order', () => {
    const before = list({ tips: [tip('a', { tags: ['x', 'y'] })] });
    expect(
      teamListChanges(before, list({ tips: [tip('a', { tags: ['y', 'x'] })] })).tips.changed,
    ).toHaveLength(1);
    expect(
      isUnchanged(teamListChanges(before, list({ tips: [tip('a', { tags: ['x', 'y'] })] }))),
    ).toBe(true);
  });

  it('is symmetric: added one way is removed the other (property)', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
    fc.assert(
      fc.property(ids, ids, (before, after) => {
        const one = list({ tips: before.map((id) => tip(id)) });
        const two = list({ tips: after.map((id) => tip(id)) });
        const forward = teamListChanges(one, two);
        const back = teamListChanges(two, one);
        expect(forward.tips.added.map((t) => t.id).sort()).toEqual(
          back.tips.removed.map((t) => t.id).sort(),
        );
        expect(forward.tips.added.map((t) => t.id)).toEqual(
          after.filter((id) => !before.includes(id)),
        );
        expect(forward.reordered).toBe(back.reordered);
        expect(isUnchanged(forward)).toBe(JSON.stringify(before) === JSON.stringify(after));
      }),
    );
  });
});
