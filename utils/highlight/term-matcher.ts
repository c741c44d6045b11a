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
 * How: one regular expression (a trie of the terms' first words, with word edges) finds
 * the places where a term may start; the rest of each term is checked word by word from
 * there. The regex engine skips the rest of the page in native code.
 */

export interface TermSource {
  /** What a match points at: a glossary id, or a user term id. */
  id: string;
  variants: readonly string[];
  /** Forms with a common everyday sense: their matches say so (see care-context.ts). */
  everyday?: readonly string[];
}

export interface TermMatch {
  start: number;
  end: number;
  id: string;
  /** Found by one of its source's `everyday` forms. */
  everyday: boolean;
}

export interface TermMatcher {
  find(text: string): TermMatch[];
  /** The number of distinct variants compiled. */
  readonly size: number;
}

const WORD = /[\p{L}\p{N}\p{M}_-]+/gu;
/** From a given place: the non-word characters, then the next word (sticky). */
const NEXT_WORD = /([^\p{L}\p{N}\p{M}_-]*)([\p{L}\p{N}\p{M}_-]+)/uy;

/** The key a variant, or a piece of matched text, is known by. */
export function termKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").trim();
}

interface Compiled {
  id: string;
  everyday: boolean;
  /** The variant's words, lower case. */
  words: string[];
  /** What stands between word k and k + 1 in the variant (" ", "'", ", " …). */
  separators: string[];
  length: number;
}

const separatorPatterns = new Map<string, RegExp>();

/** Does the text between two words match a variant's separator? */
function separatorMatches(between: string, separator: string): boolean {
  if (separator === ' ') return between.length > 0 && between.trim() === '';
  let pattern = separatorPatterns.get(separator);
  if (!pattern) {
    let source = '';
    for (const char of separator) {
      source +=
        char === ' '
          ? '\\s+'
          : char === "'"
            ? "['’]"
            : char.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    }
    pattern = new RegExp(`^${source}$`, 'iu');
    separatorPatterns.set(separator, pattern);
  }
  return pattern.test(between);
}

/** A variant cut into its words and what separates them; null if it has no word. */
function compile(key: string, id: string, everyday: boolean): Compiled | null {
  const words: string[] = [];
  const separators: string[] = [];
  let last = -1;
  for (const match of key.matchAll(WORD)) {
    if (last !== -1) separators.push(key.slice(last, match.index));
    else if (match.index !== 0) return null; // starts with punctuation: not a whole-word term
    words.push(match[0]);
    last = match.index + match[0].length;
  }
  if (words.length === 0 || last !== key.length) return null;
  return { id, everyday, words, separators, length: key.length };
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

function escapeChar(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

/** Alternatives sharing prefixes; a longer continuation is tried before an ending. */
function trieToPattern(node: TrieNode): string {
  const branches = [...node.children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([char, child]) => escapeChar(char) + trieToPattern(child));
  if (branches.length === 0) return '';
  const inner = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (node.end) return branches.length === 1 && inner.length === 1 ? `${inner}?` : `(?:${inner})?`;
  return inner;
}

/**
 * One regular expression that finds, as whole words, only the words a term can start
 * with: the engine skips everything else in native code, which is most of a page.
 */
function firstWordPattern(words: Iterable<string>, flags: string): RegExp {
  const root: TrieNode = { children: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let child = node.children.get(char);
      if (!child) {
        child = { children: new Map(), end: false };
        node.children.set(char, child);
      }
      node = child;
    }
    node.end = true;
  }
  const edge = '[\\p{L}\\p{N}\\p{M}_-]';
  return new RegExp(`(?<!${edge})(?:${trieToPattern(root)})(?!${edge})`, flags);
}

export function compileTerms(sources: readonly TermSource[]): TermMatcher {
  const byFirstWord = new Map<string, Compiled[]>();
  const seen = new Set<string>();
  const forms = sources.flatMap((source) => [
    ...source.variants.map((variant) => ({ variant, id: source.id, everyday: false })),
    ...(source.everyday ?? []).map((variant) => ({ variant, id: source.id, everyday: true })),
  ]);
  for (const { variant, id, everyday } of forms) {
    const key = termKey(variant);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const compiled = compile(key, id, everyday);
    if (!compiled) continue;
    const list = byFirstWord.get(compiled.words[0]!);
    if (list) list.push(compiled);
    else byFirstWord.set(compiled.words[0]!, [compiled]);
  }
  // Longest first: more words, then more characters.
  for (const list of byFirstWord.values()) {
    list.sort((a, b) => b.words.length - a.words.length || b.length - a.length);
  }
  const size = seen.size;
  const firstWords = firstWordPattern(byFirstWord.keys(), 'gu');
  let firstWordsAnyCase: RegExp | null = null;

  return {
    size,
    find(original: string): TermMatch[] {
      const matches: TermMatch[] = [];
      if (byFirstWord.size === 0) return matches;
      // Lower-casing the whole text once is fast; where it would change the length (a rare
      // letter such as "İ"), each word is lower-cased on its own instead.
      const lower = original.toLowerCase();
      const sameLength = lower.length === original.length;
      const text = sameLength ? lower : original;
      const finder = sameLength
        ? firstWords
        : (firstWordsAnyCase ??= firstWordPattern(byFirstWord.keys(), 'giu'));
      finder.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = finder.exec(text)) !== null) {
        const first = sameLength ? match[0] : match[0].toLowerCase();
        const candidates = byFirstWord.get(first);
        if (!candidates) continue;
        const start = match.index;
        const firstEnd = start + match[0].length;
        for (const candidate of candidates) {
          // Read the following words one by one, only as far as this candidate needs.
          let end = firstEnd;
          let ok = true;
          for (let k = 1; k < candidate.words.length && ok; k++) {
            NEXT_WORD.lastIndex = end;
            const next = NEXT_WORD.exec(text);
            ok =
              next !== null &&
              (sameLength ? next[2]! : next[2]!.toLowerCase()) === candidate.words[k] &&
              separatorMatches(next[1]!, candidate.separators[k - 1]!);
            if (next) end = next.index + next[0].length;
          }
          if (!ok) continue;
          matches.push({ start, end, id: candidate.id, everyday: candidate.everyday });
          finder.lastIndex = end;
          break;
        }
      }
      return matches;
    },
  };
}
