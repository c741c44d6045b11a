/**
 * The storage key of the user's team lists (utils/storage/team-lists.ts), on its own so the
 * content script can read and follow them without carrying the storage item.
 */
export const TEAM_LISTS_KEY = 'teamLists';

/**
 * Where the background keeps a copy of what the organisation set (storage.managed, as it
 * is), for the content script: Firefox gives content scripts no managed storage, and
 * Chromium answers its first read only about 3 s after the browser starts. With the copy a
 * page knows the policy at once, the one from the last read, and follows any change.
 */
export const MANAGED_COPY_KEY = 'managedPolicyCopy';
