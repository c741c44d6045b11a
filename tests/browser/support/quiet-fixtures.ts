import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

/**
 * The fixtures of "quiet highlighting", checked in Chromium and in Firefox, in Node by
 * tests/unit/fixture-senses.test.ts (and measured by `npm run bench:precision`): care
 * articles get every expected term, everyday words in their care sense included, and none
 * of their false friends; pages that use the everyday senses, or another language, get
 * nothing.
 */
export const QUIET_FIXTURES = [
  'article-en',
  'article-nl',
  // One page per false friend: the word in its other sense, on a page about care.
  'article-false-friend-redden-nl',
  'article-false-friend-dwang-nl',
  'article-false-friend-afstemmen-nl',
  'article-false-friend-oordeel-nl',
  'article-false-friend-ruimte-bieden-nl',
  'article-false-friend-aanklager-nl',
  'article-false-friend-presentie-nl',
  'article-false-friend-veiligheid-nl',
  'article-false-friend-rescuer-en',
  'article-false-friend-persecutor-en',
  'article-false-friend-coercion-en',
  'article-false-friend-rescue-en',
  'article-false-friend-supervision-en',
  // One page per article about one care concept: its related words are marked.
  'article-concept-drama-triangle-nl',
  'article-concept-holding-space-en',
  'article-concept-caregiver-burnout-en',
  'wrong-lang',
  'mixed-lang',
  'offtopic-en',
  'offtopic-nl',
  'offtopic-de',
] as const;

export interface Expected {
  highlighted: string[];
  notHighlighted: string[];
}

export const expectedFor = (name: string): Expected =>
  JSON.parse(
    readFileSync(join(ROOT, 'tests/browser/fixtures', `${name}.expected.json`), 'utf8'),
  ) as Expected;

/** What is wrong with the highlights of a fixture: nothing when it is an empty list. */
export function quietProblems(name: string, texts: readonly string[]): string[] {
  const want = expectedFor(name);
  const found = new Set(texts);
  const problems = want.highlighted
    .filter((term) => !found.has(term))
    .map((term) => `missing: ${term}`);
  for (const word of want.notHighlighted) if (found.has(word)) problems.push(`unwanted: ${word}`);
  if (want.highlighted.length === 0) for (const text of found) problems.push(`unwanted: ${text}`);
  return [...new Set(problems)];
}
