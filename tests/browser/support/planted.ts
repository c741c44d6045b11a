/**
 * What the planted-words tests give the user and the page (fixtures/planted-words.*): one
 * own term and one team term, and the 1,000 words the page plants where the user doesn't
 * see them. Among them are those two terms, in every one of the page's hiding styles.
 */
export const PLANTED_OWN_TERMS = [
  {
    id: 'p1',
    term: 'walkabout',
    variants: [],
    explanation: 'My note on walkabout.',
    createdAt: 1,
    updatedAt: 1,
  },
];

export const PLANTED_TEAM_LISTS = [
  {
    enabled: true,
    list: {
      id: 'planted-team',
      name: 'Team Noord',
      version: 1,
      language: 'en',
      terms: [{ id: 'a', term: 'team huddle', explanation: 'Our team says: ten minutes.' }],
    },
  },
];

/** Every 100th word the own term, every 100th from the 50th the team term (nine styles). */
export const PLANTED_WORDS: string[] = Array.from({ length: 1000 }, (_, i) =>
  i % 100 === 0
    ? 'walkabout'
    : i % 100 === 50
      ? 'team huddle'
      : `kandidaat${String(i).padStart(4, '0')}`,
);

/** What the page may look for: every distinct word it planted. */
export const CANDIDATES: string[] = [...new Set(PLANTED_WORDS)];

/** What the page's probe (planted-words.js) learned. */
export interface Probed {
  /** Planted words in any highlight of the registry. */
  paintedAnywhere: string[];
  /** Planted words in the text, attributes or open shadow roots of nodes it did not make. */
  nodeText: string[];
  /** Nodes it did not make, as "DIV in HTML" (the extension's hosts, empty to the page). */
  foreign: string[];
  /** Elements it did not make that the pointer would hit. */
  foreignHits: number;
  /** The extension's notes that window.find found. */
  found: string[];
}

/** The page's own functions (fixtures/planted-words.js), as a test calls them. */
export interface Planter {
  plant: (words: string[]) => void;
  probe: (words: string[]) => Probed;
}
