import { storage } from 'wxt/utils/storage';
import { SHARED_TEAM_LISTS_KEY } from './keys';
import { readSharedTeamLists, readStoredTeamLists } from '../my-data/team-lists';
import type { SharedTeamList, StoredTeamList } from '../my-data/team-lists';
import { withDataLock } from './data-lock';
import { UnreadableDataError } from './my-data';
import type { Store } from './store';
import { TEAM_LISTS_KEY } from './keys';

/**
 * The team lists the user added (the content script reads this key too, with light checks:
 * utils/highlight/team-terms.ts), and the lists they shared. Every write runs under the one
 * data lock; entries that can't be read are kept as they are and written back unchanged.
 */
export const teamListsItem = storage.defineItem<StoredTeamList[]>(`local:${TEAM_LISTS_KEY}`, {
  fallback: [],
  version: 1,
});

export const sharedTeamListsItem = storage.defineItem<SharedTeamList[]>(
  `local:${SHARED_TEAM_LISTS_KEY}`,
  {
    fallback: [],
    version: 1,
  },
);

export async function readTeamLists(): Promise<StoredTeamList[]> {
  return readStoredTeamLists(await storage.getItem<unknown>(teamListsItem.key)).lists;
}

/**
 * Read-modify-write of the team lists under the lock. Rejects, writing nothing, when the
 * stored value is not a list (UnreadableDataError) or `change` throws (a full list).
 */
export async function updateTeamLists(
  change: (lists: StoredTeamList[]) => StoredTeamList[],
): Promise<void> {
  await withDataLock(async () => {
    const stored = readStoredTeamLists(await storage.getItem<unknown>(teamListsItem.key));
    if (stored.wrongShape) throw new UnreadableDataError('teamLists');
    await teamListsItem.setValue([
      ...change(stored.lists),
      ...(stored.unreadable as StoredTeamList[]),
    ]);
  });
}

export const teamListsStore: Store<StoredTeamList[]> = {
  get: readTeamLists,
  watch: (listener) => teamListsItem.watch((value) => listener(readStoredTeamLists(value).lists)),
  update: updateTeamLists,
};

export const sharedTeamListsStore: Store<SharedTeamList[]> = {
  get: () => sharedTeamListsItem.getValue().then(readSharedTeamLists),
  watch: (listener) => sharedTeamListsItem.watch((value) => listener(readSharedTeamLists(value))),
  update: (change) =>
    withDataLock(async () => {
      const current = readSharedTeamLists(await sharedTeamListsItem.getValue());
      await sharedTeamListsItem.setValue(change(current));
    }),
};
