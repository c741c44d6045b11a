/**
 * Every key the extension keeps in `storage.local`, in one place. Each item's reader and
 * writer is in the file named after it (utils/storage/*.ts); the content script reads a few
 * of these keys as they are, so that it carries no storage library (its budget, README).
 */

/** The highlight settings (./highlight-settings.ts). */
export const HIGHLIGHT_SETTINGS_KEY = 'highlightSettings';
/** The user's own highlight terms (./own-terms.ts). */
export const OWN_TERMS_KEY = 'ownTerms';
/** The user's language choice (./language-choice.ts). */
export const LANGUAGE_KEY = 'languageChoice';
/** The user's team lists (./team-lists.ts). */
export const TEAM_LISTS_KEY = 'teamLists';
/** The team lists the user shared (./team-lists.ts). */
export const SHARED_TEAM_LISTS_KEY = 'sharedTeamLists';
/**
 * Where the background keeps a copy of what the organisation set (storage.managed, as it
 * is), for the content script: Firefox gives content scripts no managed storage, and
 * Chromium answers its first read only about 3 s after the browser starts. With the copy a
 * page knows the policy at once, the one from the last read, and follows any change.
 */
export const MANAGED_COPY_KEY = 'managedPolicyCopy';
/** The side panel's last section (./panel-section.ts). */
export const PANEL_SECTION_KEY = 'panelSection';
/** How syncing went, and its budget (./sync-status.ts). */
export const SYNC_STATUS_KEY = 'syncStatus';
export const SYNC_BUDGET_KEY = 'syncBudget';
/** The welcome page was shown once (./first-run.ts). */
export const WELCOME_SHOWN_KEY = 'welcomeShown';
/** My tips and the preferences (./my-data.ts). */
export const MY_TIPS_KEY = 'myTips';
export const PREFERENCES_KEY = 'preferences';
