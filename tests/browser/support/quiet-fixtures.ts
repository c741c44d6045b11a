import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

/**
 * The fixtures of "quiet highlighting", checked in Chromium and in Firefox (and measured by
 * `npm run bench:precision`): care articles get every expected term, everyday words in their
 * care sense included; pages that use the everyday senses, or another language, get nothing.
 */
export const QUIET_FIXTURES = [
  'article-en',
  'article-nl',
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
