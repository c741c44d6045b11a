import { storage } from 'wxt/utils/storage';
import { readStoredTerms, readStoredTips } from '../my-data/read-records';
import { highlightSettings } from './highlight-settings';
import { languageChoice, readLanguage } from './language-choice';
import { myTipsItem, ownTermsItem, preferencesItem } from './my-data';

/**
 * The user's stored data as it is, for when part of it cannot be read: which parts, and
 * all of it as a file to keep (nothing here changes or deletes anything).
 *
 * De opgeslagen gegevens zoals ze zijn: welke delen niet te lezen zijn, en alles als
 * bestand om te bewaren. Hier wordt niets veranderd of verwijderd.
 */

const isObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The keys whose stored value a reader had to leave out in part or whole: a list that is
 * not a list or holds entries that cannot be read, a language that is none of ours, or
 * settings that are not an object. Values not stored yet are fine.
 */
export function storedDataProblems(stored: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const key = (item: { key: string }) => item.key.replace(/^local:/, '');
  const list = (item: { key: string }, read: typeof readStoredTips | typeof readStoredTerms) => {
    const result = read(stored[key(item)]);
    if (result.wrongShape || result.unreadable.length > 0) problems.push(key(item));
  };
  list(myTipsItem, readStoredTips);
  list(ownTermsItem, readStoredTerms);
  // Settings and preferences: a field of the wrong kind just takes its default; a value
  // that is not an object at all is reported.
  for (const item of [highlightSettings, preferencesItem]) {
    const value = stored[key(item)];
    if (value !== undefined && value !== null && !isObject(value)) problems.push(key(item));
  }
  const language = stored[key(languageChoice)];
  if (language !== undefined && language !== null && readLanguage(language) === null)
    problems.push(key(languageChoice));
  return problems;
}

/** The values storedDataProblems looks at, by their keys without `local:` (only these are
 * read: the popup asks on every opening). */
async function loadCheckedData(): Promise<Record<string, unknown>> {
  const items = [myTipsItem, ownTermsItem, highlightSettings, preferencesItem, languageChoice];
  const found = await storage.getItems(items.map((item) => item.key));
  return Object.fromEntries(found.map(({ key, value }) => [key.replace(/^local:/, ''), value]));
}

/** Everything in the extension's local storage, exactly as stored. */
export function loadStoredData(): Promise<Record<string, unknown>> {
  return storage.snapshot('local');
}

/** The file that keeps it: pretty JSON, with when and what it is. */
export function storedDataFile(stored: Record<string, unknown>, now: Date): string {
  return JSON.stringify(
    { format: 'holding-space-companion-stored-data', savedAt: now.toISOString(), stored },
    null,
    2,
  );
}

/**
 * What the popup and options page need (see components/StoredData.tsx): the problems, and
 * saving everything as stored through `download`.
 */
export function storedDataServices(
  download: (fileName: string, text: string, type: string) => void,
): { problems: () => Promise<string[]>; save: () => Promise<void> } {
  return {
    problems: async () => storedDataProblems(await loadCheckedData()),
    save: async () => {
      const now = new Date();
      const day = now.toISOString().slice(0, 10);
      download(
        `holding-space-companion-stored-data-${day}.json`,
        storedDataFile(await loadStoredData(), now),
        'application/json',
      );
    },
  };
}
