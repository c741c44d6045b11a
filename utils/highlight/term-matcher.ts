/**
 * Finds glossary (and the user's own) terms in plain text. No browser globals: the content
 * script feeds it the text of one block at a time and maps the offsets back to DOM ranges.
 *
 * Rules (see tests/unit/term-matcher.test.ts, property-tested against a reference):
 * - case-insensitive; whole words only, with Unicode-aware edges: letters with diacritics,
 *   digits, marks, "_" and "-" all count as inside a word, so "trigger" does not match in
 *   "triggerhappy" or "trigger-happy", while "trauma-informed" is one word;
 * - a space inside a term matches any run of white space (line breaks included);
 *   an apostrophe matches ' and ’;
 * - at each place the longest term wins; matches never overlap, earliest first.
 *
 * The set of terms is compiled once into one regular expression whose alternatives share
 * prefixes (a trie), so a thousand extra user terms cost little more than sixty.
 */

export interface TermSource {
  /** What a match points at: a glossary id, or a user term id. */
  id: string;
  variants: readonly string[];
}

export interface TermMatch {
  start: number;
  end: number;
  id: string;
}

export interface TermMatcher {
  find(text: string): TermMatch[];
  /** The number of distinct variants compiled. */
  readonly size: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_-]/u;

/** The key a variant, or a piece of matched text, is known by. */
export function termKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").trim();
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

function escapeChar(char: string): string {
  if (char === ' ') return '\\s+';
  if (char === "'") return "['’]";
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

/** Alternatives longest-continuation first, so the regex tries longer terms before shorter. */
function trieToPattern(node: TrieNode): string {
  const branches = [...node.children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([char, child]) => escapeChar(char) + trieToPattern(child));
  if (branches.length === 0) return '';
  const inner = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  // An ending here is the shortest option: it comes after every longer continuation.
  if (node.end) return branches.length === 1 && inner.length === 1 ? `${inner}?` : `(?:${inner})?`;
  return inner;
}

export function compileTerms(sources: readonly TermSource[]): TermMatcher {
  const owner = new Map<string, string>();
  for (const source of sources) {
    for (const variant of source.variants) {
      const key = termKey(variant);
      if (key !== '' && !owner.has(key)) owner.set(key, source.id);
    }
  }
  const root: TrieNode = { children: new Map(), end: false };
  for (const key of owner.keys()) {
    let node = root;
    for (const char of key) {
      let child = node.children.get(char);
      if (!child) {
        child = { children: new Map(), end: false };
        node.children.set(char, child);
      }
      node = child;
    }
    node.end = true;
  }
  const size = owner.size;
  if (size === 0) return { find: () => [], size };
  const pattern = new RegExp(`(?:${trieToPattern(root)})(?![\\p{L}\\p{N}\\p{M}_-])`, 'giu');

  return {
    size,
    find(text: string): TermMatch[] {
      const matches: TermMatch[] = [];
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(text)) !== null) {
        const start = match.index;
        const end = start + match[0].length;
        const before = start > 0 ? text[start - 1]! : '';
        if (before !== '' && WORD_CHAR.test(before)) {
          // Inside a word: nothing can start here; look again one character on.
          pattern.lastIndex = start + 1;
          continue;
        }
        const id = owner.get(termKey(match[0]));
        if (id !== undefined) matches.push({ start, end, id });
        pattern.lastIndex = end;
      }
      return matches;
    },
  };
}
