/**
 * The names the extension's two file kinds carry in their `format` field, in one place: each
 * reader tells the other's file apart by them (a backup chosen as a team list is told so),
 * without one format's module importing the other's.
 */
export const BACKUP_FORMAT = 'holding-space-companion-backup';
export const TEAM_LIST_FORMAT = 'holding-space-companion-team-list';
