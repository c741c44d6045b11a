import type { BackupData } from '../../../utils/my-data/backup-format';
import { DEFAULT_PREFERENCES } from '../../../utils/my-data/model';
import type { MyTip, OwnTerm } from '../../../utils/my-data/model';
import { DEFAULT_HIGHLIGHT_SETTINGS } from '../../../utils/settings/highlight-settings';

/** A tip of My tips: "Tip <id>", made at 1000 and changed at 2000, with `extra` on top. */
export function myTip(id: string, extra: Partial<MyTip> = {}): MyTip {
  return {
    id,
    text: `Tip ${id}`,
    note: '',
    tags: [],
    order: 0,
    createdAt: 1000,
    updatedAt: 2000,
    ...extra,
  };
}

/** An own term: "Term <id>", made at 1000 and changed at 2000, with `extra` on top. */
export function ownTerm(id: string, extra: Partial<OwnTerm> = {}): OwnTerm {
  return {
    id,
    term: `Term ${id}`,
    variants: [],
    explanation: 'An explanation',
    createdAt: 1000,
    updatedAt: 2000,
    ...extra,
  };
}

/** What a backup holds: nothing of the user's own, default settings, with `extra` on top. */
export function backupData(extra: Partial<BackupData> = {}): BackupData {
  return {
    myTips: [],
    ownTerms: [],
    highlightSettings: { ...DEFAULT_HIGHLIGHT_SETTINGS },
    language: null,
    preferences: { ...DEFAULT_PREFERENCES },
    teamLists: [],
    sharedTeamLists: [],
    ...extra,
  };
}
