/**
 * The ids every piece of content is known by. They are the same in every language:
 * the language files are `Record<Id, Text>` so TypeScript refuses a language that
 * misses one, and tests/unit/content-integrity.test.ts checks the same at run time.
 */

/** Heather Plett's eight tips (2015), in the order she gave them. */
export const TIP_IDS = [
  'trust-their-wisdom',
  'right-amount-of-information',
  'leave-their-power',
  'ego-aside',
  'safe-to-fail',
  'humble-guidance',
  'container-for-emotions',
  'their-own-choices',
] as const;
export type TipId = (typeof TIP_IDS)[number];

/** The core principles of holding space, as this project summarises them. */
export const PRINCIPLE_IDS = [
  'presence-over-doing',
  'without-judgement',
  'their-own-wisdom',
  'no-fixing',
  'safety',
  'helper-boundaries',
] as const;
export type PrincipleId = (typeof PRINCIPLE_IDS)[number];

/** The questions of the "Rescue or a helping hand?" self-check, in the order asked. */
export const SELF_CHECK_IDS = [
  'did-they-ask',
  'what-they-need',
  'too-much',
  'whose-need',
  'stay-without-fixing',
  'their-choice',
  'my-reserves',
] as const;
export type SelfCheckId = (typeof SELF_CHECK_IDS)[number];

export const LANGS = ['en', 'nl'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Why a backup file can't be read; each has its kind message in every language
 * (`backupErrors` in ./ui-types.ts), so the ids live here with the others.
 */
export const BACKUP_ERROR_CODES = [
  'empty',
  'too-large',
  'not-json',
  'too-many-parts',
  'not-a-backup',
  'newer-version',
  'invalid',
  'forbidden-key',
] as const;
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];

/**
 * Why a team-list file (or a team list set by an organisation) can't be read; like
 * BACKUP_ERROR_CODES, each needs its kind message in every language. 'not-team-list' is
 * JSON of another kind (a backup among them); 'newer-version' a file format this version
 * does not know yet.
 */
export const TEAM_LIST_ERROR_CODES = [
  'empty',
  'too-large',
  'not-json',
  'too-many-parts',
  'not-team-list',
  'newer-version',
  'invalid',
  'forbidden-key',
] as const;
export type TeamListErrorCode = (typeof TEAM_LIST_ERROR_CODES)[number];

/** The parts of "Holding space for yourself", in the order shown. */
export const SELF_CARE_IDS = ['before', 'after', 'strain', 'support'] as const;
export type SelfCareId = (typeof SELF_CARE_IDS)[number];

/** The parts of "When choice is limited" (mandated help, a duty to report), in order. */
export const LIMITED_CHOICE_IDS = [
  'be-open',
  'give-choice',
  'stay-present',
  'duty-to-report',
] as const;
export type LimitedChoiceId = (typeof LIMITED_CHOICE_IDS)[number];
