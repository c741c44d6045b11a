/**
 * What an organisation set through browser policy: Chrome's and Edge's managed storage
 * (declared in public/managed-schema.json) and Firefox's enterprise policies for extensions
 * both hand the extension one plain object. Plain TypeScript, no browser globals: the
 * caller reads `storage.managed` and passes what it got here, whatever it is.
 *
 * Four keys, each read on its own, so one bad key never costs the others:
 * - `teamLists`: team lists shaped like a team-list file's `list`, each checked as a file's
 *   list is (readTeamList in ./team-list-format.ts); a list that fails is left out;
 * - `disabledSites`: host names where highlighting is always off (within the limits of the
 *   user's own "not on this site" list);
 * - `syncAllowed`: whether the user may switch sync on;
 * - `defaultLanguage`: the language while the user has not chosen one.
 * A key that is absent means the organisation set nothing there: the user decides. What
 * was left out, and why, is in `problems`, for an administrator to read.
 */
import { LANGS } from '../texts/ids';
import type { Lang } from '../texts/ids';
import { SETTINGS_LIST_LIMIT, SITE_LENGTH_LIMIT, siteKey } from '../settings/highlight-settings';
import { readTeamList } from './team-list-format';
import type { TeamList } from './team-list-format';

/** Every key the policy may set, as in public/managed-schema.json. */
export const MANAGED_POLICY_KEYS = [
  'teamLists',
  'disabledSites',
  'syncAllowed',
  'defaultLanguage',
] as const;
export type ManagedPolicyKey = (typeof MANAGED_POLICY_KEYS)[number];

/** The most team lists a policy deploys; lists after these are left out, with a problem. */
export const MANAGED_TEAM_LISTS_LIMIT = 20;

/** Problems reported per key at most; the rest are counted in one more line. */
const PROBLEMS_PER_KEY = 10;

export interface ManagedPolicy {
  /** The valid lists, in the policy's order, one per id (the first of an id wins). */
  teamLists?: TeamList[];
  /** Site keys (siteKey: lower case, without "www."), without repeats. */
  disabledSites?: string[];
  syncAllowed?: boolean;
  defaultLanguage?: Lang;
  /**
   * What was left out and why, in English, one line each ("syncAllowed: expected true or
   * false, got "yes""): for an administrator checking a policy, not for translation.
   */
  problems: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value quoted in a problem, kept short. */
function show(value: unknown): string {
  let shown: string;
  try {
    shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch {
    shown = typeof value;
  }
  if (Array.isArray(value)) shown = 'a list';
  else if (isRecord(value)) shown = 'an object';
  return shown.length > 60 ? `${shown.slice(0, 59)}…` : shown;
}

/** Collects the problems of one key, keeping at most PROBLEMS_PER_KEY of them. */
function problemList(key: string) {
  const lines: string[] = [];
  let more = 0;
  return {
    add(line: string) {
      if (lines.length < PROBLEMS_PER_KEY) lines.push(line);
      else more++;
    },
    done(): string[] {
      return more === 0 ? lines : [...lines, `${key}: ${more} more problem(s) not listed`];
    },
  };
}

const HOST = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*$/u;

/**
 * A site key from a host name as an administrator writes it ("CRM.Example.org",
 * "www.example.org", "zorg-café.example"): trimmed, in lower case, in the ASCII form the
 * browser reports for a page's host, without "www."; null for anything that is not a bare
 * host name (an address with a scheme, path or port, a wildcard, white space).
 */
function readSite(entry: string): string | null {
  const host = entry.trim().toLowerCase().replace(/\.$/, '');
  if (host === '' || host.length > SITE_LENGTH_LIMIT || !HOST.test(host)) return null;
  let ascii: string;
  try {
    ascii = new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
  return ascii === '' || ascii.length > SITE_LENGTH_LIMIT ? null : siteKey(ascii);
}

function readSites(value: unknown): { sites?: string[]; problems: string[] } {
  if (!Array.isArray(value))
    return { problems: [`disabledSites: expected a list of host names, got ${show(value)}`] };
  const problems = problemList('disabledSites');
  const sites: string[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of (value as unknown[]).entries()) {
    if (sites.length >= SETTINGS_LIST_LIMIT) {
      problems.add(
        `disabledSites: only the first ${SETTINGS_LIST_LIMIT} sites are kept (${value.length} given)`,
      );
      break;
    }
    const site = typeof entry === 'string' ? readSite(entry) : null;
    if (site === null) {
      problems.add(`disabledSites[${index}]: not a host name: ${show(entry)}`);
      continue;
    }
    if (seen.has(site)) continue;
    seen.add(site);
    sites.push(site);
  }
  return { sites, problems: problems.done() };
}

function readLists(value: unknown): { lists?: TeamList[]; problems: string[] } {
  if (!Array.isArray(value))
    return { problems: [`teamLists: expected a list of team lists, got ${show(value)}`] };
  const problems = problemList('teamLists');
  const lists: TeamList[] = [];
  for (const [index, entry] of (value as unknown[]).entries()) {
    const where = `teamLists[${index}]`;
    if (lists.length >= MANAGED_TEAM_LISTS_LIMIT) {
      problems.add(
        `teamLists: only the first ${MANAGED_TEAM_LISTS_LIMIT} valid lists are kept (${value.length} given)`,
      );
      break;
    }
    const read = readTeamList(entry, where);
    if (!read.ok) {
      const what = read.error.detail ?? where;
      problems.add(
        read.error.code === 'forbidden-key'
          ? `${what}: a key that is never allowed (list left out)`
          : `${what} (list left out)`,
      );
      continue;
    }
    if (lists.some((list) => list.id === read.list.id)) {
      problems.add(`${where}.id: "${read.list.id}" is also an earlier list's id (list left out)`);
      continue;
    }
    lists.push(read.list);
  }
  return { lists, problems: problems.done() };
}

/**
 * The policy from what `storage.managed` gave (`raw`: anything, or undefined when there is
 * none or it could not be read). Only the keys that were set and could be read are in the
 * result. Never throws.
 */
export function readManagedPolicy(raw: unknown): ManagedPolicy {
  const policy: ManagedPolicy = { problems: [] };
  if (raw === undefined || raw === null) return policy;
  if (!isRecord(raw)) {
    policy.problems.push(`the policy is not an object: ${show(raw)}`);
    return policy;
  }
  let keys: string[];
  try {
    keys = Object.keys(raw);
  } catch {
    policy.problems.push('the policy could not be read');
    return policy;
  }
  for (const key of keys) {
    if (!(MANAGED_POLICY_KEYS as readonly string[]).includes(key))
      policy.problems.push(`${key}: not a setting of this extension (left out)`);
  }
  for (const key of MANAGED_POLICY_KEYS) {
    if (!keys.includes(key)) continue;
    try {
      readKey(policy, key, raw[key]);
    } catch {
      // A value passed in that throws when read (a getter, a proxy): that key only.
      policy.problems.push(`${key}: could not be read`);
    }
  }
  return policy;
}

function readKey(policy: ManagedPolicy, key: ManagedPolicyKey, value: unknown): void {
  switch (key) {
    case 'teamLists': {
      const { lists, problems } = readLists(value);
      if (lists) policy.teamLists = lists;
      policy.problems.push(...problems);
      return;
    }
    case 'disabledSites': {
      const { sites, problems } = readSites(value);
      if (sites) policy.disabledSites = sites;
      policy.problems.push(...problems);
      return;
    }
    case 'syncAllowed':
      if (typeof value === 'boolean') policy.syncAllowed = value;
      else policy.problems.push(`syncAllowed: expected true or false, got ${show(value)}`);
      return;
    case 'defaultLanguage':
      if (typeof value === 'string' && (LANGS as readonly string[]).includes(value))
        policy.defaultLanguage = value as Lang;
      else
        policy.problems.push(
          `defaultLanguage: expected one of ${LANGS.map((lang) => `"${lang}"`).join(', ')}, got ${show(value)}`,
        );
      return;
  }
}

/**
 * What the background keeps in local storage for pages to read (MANAGED_COPY_KEY): the
 * policy as read here, its problems left out. One reader of the policy, so a page applies
 * exactly what the views show: its sites normalised ("CRM.Example.org.", "www.…", an
 * internationalised name in its ASCII form), its team lists checked against their limits.
 */
export function policyCopy(raw: unknown): Omit<ManagedPolicy, 'problems'> {
  const policy: Partial<ManagedPolicy> = readManagedPolicy(raw);
  delete policy.problems;
  return policy;
}
