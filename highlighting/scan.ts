import { pieceAt } from '../utils/highlight/offsets';
import { INLINE_TAGS, isSkipped } from '../utils/highlight/skip-rules';
import type { MatcherSet } from '../utils/highlight/matcher-set';
import type { TermMatch, TermMatcher } from '../utils/highlight/term-matcher';
import { readBlock } from '../utils/highlight/senses';
import type { BlockSignals, Sense, SenseJudge } from '../utils/highlight/senses';
import { glossariesFor, languageOfTag } from '../utils/highlight/text-language';
import type { TextLanguages } from '../utils/highlight/text-language';

/** One term found on the page. */
export interface Found {
  range: StaticRange;
  id: string;
  /** Found by a form with a common everyday sense (shown only in a care context). */
  everyday: boolean;
  /** An everyday form's sense as its own sentence tells it, if it does (see senses.ts). */
  near: Sense | null;
  /** The block of text it was found in (the unit that is rescanned when it changes). */
  block: Element;
  /** The article, section or aside it stands in, if any (see care-context.ts). */
  section: Element | null;
}

/** A block's signals of care (see utils/highlight/senses.ts), with where it stands. */
export interface FoundSignals extends BlockSignals {
  block: Element;
  section: Element | null;
}

/** What the scan tells a caller of each block it read (the sense benchmark lists them). */
export type BlockObserver = (block: Element, text: string, matches: readonly TermMatch[]) => void;

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** What a scan matches with: the matchers, and the language of text without a closer `lang`. */
export interface ScanTerms {
  matchers: MatcherSet;
  pageLanguages: TextLanguages;
}

/** The parts of a page that can be about something of their own (a story, a sidebar). */
const SECTIONS = 'article, section, aside, [role="article"], [role="region"]';

/**
 * The glossaries for text in `element`: the nearest `lang` attribute (through shadow roots
 * to their hosts), except the one on <html> or <body>, which is the page's and may be wrong:
 * that text gets `pageLanguages`, read from the page's text. Memoised per scan in `cache`.
 */
function languagesOf(
  element: Element,
  pageLanguages: TextLanguages,
  cache: Map<Element, TextLanguages>,
): TextLanguages {
  // Blocks are many and their own lang is rare: only their ancestors (few, shared by many
  // blocks) are remembered.
  const path: Element[] = [];
  let result: TextLanguages | undefined;
  for (let current: Element | null = element; current;) {
    const known = current === element ? undefined : cache.get(current);
    if (known) {
      result = known;
      break;
    }
    if (current !== element) path.push(current);
    const name = current.localName;
    const language =
      name === 'html' || name === 'body' ? null : languageOfTag(current.getAttribute('lang'));
    if (language !== null) {
      result = glossariesFor(language);
      break;
    }
    const parent: Element | null = current.parentElement;
    const root: Node | null = parent ? null : current.getRootNode();
    current = parent ?? (root instanceof ShadowRoot ? root.host : null);
  }
  result ??= pageLanguages;
  for (const ancestor of path) cache.set(ancestor, result);
  return result;
}

/** Time one slice of scanning may take before it lets the page have the main thread. */
const SLICE_MS = 8;

/**
 * Lets the page have the main thread, and comes back as soon as it is free: a message to
 * ourselves, not setTimeout(0), which browsers hold back 4 ms once timeouts nest (a long
 * page is hundreds of slices).
 */
const yieldToPage = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * Makes the page's matcher ready (compiled, its regular expression run once) in a task of
 * its own, then lets the page have the main thread: compiling the glossary costs a slice
 * by itself, and the scan's first slice should not carry it too.
 */
export async function prepareScan(terms: ScanTerms): Promise<void> {
  terms.matchers.forLanguages(terms.pageLanguages).find('warm');
  terms.matchers.judgeFor(terms.pageLanguages);
  await yieldToPage();
}

/** The nearest element around `element` (itself included) that is not part of a line of text. */
export function blockOf(element: Element, root?: Node): Element {
  let current = element;
  while (INLINE_TAGS.has(current.localName) && current.parentElement && current !== root) {
    current = current.parentElement;
  }
  return current;
}

/** The next node after `node`'s subtree, within `root`. */
function nextOutside(walker: TreeWalker, node: Node, root: Node): Node | null {
  walker.currentNode = node;
  let current: Node | null = node;
  while (current && current !== root) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    current = walker.parentNode();
  }
  return null;
}

/**
 * Finds the terms in `root` (an element, a document or an open shadow root), block by block,
 * in slices of a few milliseconds so that no task runs long. Returns the terms found and the
 * open shadow roots met on the way (the caller scans those too). The page is only read.
 */
export async function scanRoot(
  root: Node,
  terms: ScanTerms,
  isCancelled: () => boolean,
  observe?: BlockObserver,
): Promise<{ found: Found[]; signals: FoundSignals[]; shadowRoots: ShadowRoot[] }> {
  const found: Found[] = [];
  const signals: FoundSignals[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const blockCache = new Map<Element, Element>();
  const languageCache = new Map<Element, TextLanguages>();
  const languagesOfBlock = (element: Element) =>
    languagesOf(element, terms.pageLanguages, languageCache);
  const matcherOf = (element: Element): TermMatcher =>
    terms.matchers.forLanguages(languagesOfBlock(element));
  const judgeOf = (element: Element): SenseJudge =>
    terms.matchers.judgeFor(languagesOfBlock(element));

  let block: Element | null = null;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';

  const flushBlock = () => {
    if (block && text.length > 2) {
      const matches = matcherOf(block).find(text);
      observe?.(block, text, matches);
      const section = matches.length > 0 ? block.closest(SECTIONS) : null;
      const read = readBlock(text, matches, judgeOf(block), HEADINGS.has(block.localName));
      for (const { match, near } of read.terms) {
        const a = pieceAt(starts, match.start, false);
        const b = pieceAt(starts, match.end, true);
        found.push({
          id: match.id,
          everyday: match.everyday,
          near,
          block,
          section,
          range: new StaticRange({
            startContainer: nodes[a]!,
            startOffset: match.start - starts[a]!,
            endContainer: nodes[b]!,
            endOffset: match.end - starts[b]!,
          }),
        });
      }
      if (read.signals) signals.push({ ...read.signals, block, section });
    }
    block = null;
    nodes = [];
    starts = [];
    text = '';
  };

  if (root.nodeType === Node.ELEMENT_NODE && isSkipped(root as Element)) {
    return { found, signals, shadowRoots };
  }
  let node: Node | null = walker.nextNode();
  let sliceStart = performance.now();
  let count = 0;
  while (node) {
    // The clock is read every few nodes: a node can be a long paragraph full of terms.
    if (++count % 32 === 0 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      if (isCancelled()) return { found: [], signals: [], shadowRoots: [] };
      sliceStart = performance.now();
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (isSkipped(element)) {
        node = nextOutside(walker, element, root);
        continue;
      }
      if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
      if (element.localName === 'br') flushBlock();
      node = walker.nextNode();
      continue;
    }
    const textNode = node as Text;
    const parent = textNode.parentElement;
    if (parent) {
      let nodeBlock = blockCache.get(parent);
      if (!nodeBlock) {
        nodeBlock = blockOf(parent, root);
        blockCache.set(parent, nodeBlock);
      }
      if (nodeBlock !== block) {
        flushBlock();
        block = nodeBlock;
      }
      const data = textNode.data;
      if (data.length > 0) {
        nodes.push(textNode);
        starts.push(text.length);
        text += data;
      }
    }
    node = walker.nextNode();
  }
  flushBlock();
  return { found, signals, shadowRoots };
}
