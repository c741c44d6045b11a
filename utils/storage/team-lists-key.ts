/**
 * The storage key of the user's team lists (utils/storage/team-lists.ts), on its own so the
 * content script can read and follow them without carrying the storage item.
 */
export const TEAM_LISTS_KEY = 'teamLists';
