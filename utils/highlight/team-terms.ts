import type { CardTexts } from '../texts/card-texts';
import { fillTemplate } from '../texts/card-texts';
import type { Lang } from '../texts/ids';
import { matchableText } from '../my-data/terms-ops';
import type { TermSource } from './term-matcher';

/**
 * The terms of the team lists in use, as the highlighter needs them: the lists a user
 * added and switched on (storage `teamLists`), and the lists an organisation set through
 * browser policy (storage.managed `teamLists`). Plain TypeScript, no browser globals.
 *
 * Read with light shape checks only, not the full schema (utils/my-data/team-list-format.ts):
 * the content script reads this on every page and stays small. The views validate every
 * list in full before it is stored, and an entry of the wrong shape is simply not matched.
 */

/** Team terms' ids: `team:<list id>:<term id>`, apart from glossary ids and own terms'. */
export const TEAM_TERM_PREFIX = 'team:';

export interface TeamTermRef {
  /** TEAM_TERM_PREFIX + list id + ':' + term id. */
  id: string;
  term: string;
  variants: string[];
  explanation: string;
  /** Matched only in text of this language. */
  language: Lang;
  listName: string;
  listVersion: number;
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

const isLang = (value: unknown): value is Lang => value === 'en' || value === 'nl';

/** The terms of one list-shaped value, or none when it does not have the shape. */
function termsOfList(value: unknown): TeamTermRef[] {
  const list = value as {
    id?: unknown;
    name?: unknown;
    version?: unknown;
    language?: unknown;
    terms?: unknown;
  } | null;
  if (
    typeof list?.id !== 'string' ||
    typeof list.name !== 'string' ||
    typeof list.version !== 'number' ||
    !Array.isArray(list.terms)
  ) {
    return [];
  }
  const { id: listId, name, version } = list;
  const listLanguage = isLang(list.language) ? list.language : null;
  return (list.terms as unknown[]).flatMap((raw) => {
    const term = raw as Partial<Record<keyof TeamTermRef, unknown>> | null;
    const language = term?.language === undefined ? listLanguage : term.language;
    // Other forms may be left out, as in a file (an administrator's policy often does).
    const variants = term?.variants === undefined ? [] : term.variants;
    if (
      typeof term?.id !== 'string' ||
      typeof term.term !== 'string' ||
      !isStrings(variants) ||
      !isLang(language)
    ) {
      return [];
    }
    return [
      {
        id: `${TEAM_TERM_PREFIX}${listId}:${term.id}`,
        term: term.term,
        variants,
        explanation: typeof term.explanation === 'string' ? term.explanation : '',
        language,
        listName: name,
        listVersion: version,
      },
    ];
  });
}

/**
 * Every term of the lists in use: first the organisation's lists (they can't be switched
 * off), then the user's lists that are switched on. A list the organisation set is not read
 * a second time from the user's own copy of it.
 */
export function activeTeamTerms(stored: unknown, managed: unknown): TeamTermRef[] {
  const managedLists = Array.isArray(managed) ? (managed as unknown[]) : [];
  const managedIds = new Set(
    managedLists.map((list) => (list as { id?: unknown } | null)?.id).filter(Boolean),
  );
  const userLists = (Array.isArray(stored) ? (stored as unknown[]) : [])
    .map((entry) => entry as { list?: { id?: unknown }; enabled?: unknown } | null)
    .filter((entry) => entry?.enabled === true && !managedIds.has(entry.list?.id))
    .map((entry) => entry?.list);
  return [...managedLists, ...userLists].flatMap(termsOfList);
}

/**
 * What the highlighter looks for from the team terms of these text languages, less the
 * terms the user switched off.
 */
export function teamTermSources(
  terms: readonly TeamTermRef[],
  languages: readonly Lang[],
  hidden: readonly string[],
): TermSource[] {
  const hiddenSet = new Set(hidden);
  return terms
    .filter((term) => languages.includes(term.language) && !hiddenSet.has(term.id))
    .map((term) => ({
      id: term.id,
      variants: [term.term, ...term.variants].map(matchableText).filter((v) => v !== ''),
    }))
    .filter((source) => source.variants.length > 0);
}

/** The card texts with a card for each team term, naming its list. */
export function withTeamTermCards(loaded: CardTexts, terms: readonly TeamTermRef[]): CardTexts {
  const team = Object.fromEntries(
    terms.map((term) => [
      term.id,
      {
        term: term.term,
        explanation: term.explanation,
        source: fillTemplate(loaded.teamTermLabel, {
          name: term.listName,
          version: term.listVersion,
        }),
        tips: [],
      },
    ]),
  );
  return { ...loaded, entries: { ...team, ...loaded.entries } };
}
