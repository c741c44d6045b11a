import { createBatcher } from '../utils/highlight/batcher';
import { changedParts } from '../utils/highlight/mutation-changes';
import type { NodeFacts } from '../utils/highlight/mutation-changes';
import { visibleTerms } from '../utils/highlight/care-context';
import type { EverydayMode } from '../utils/settings/highlight-settings';
import { isPrivateTermId } from '../utils/highlight/term-sources';
import { INLINE_TAGS, isSkipped } from '../utils/highlight/skip-rules';
import type { HighlightSettings } from '../utils/settings/highlight-settings';
import { createPainter } from './painter';
import { createPrivateMarks } from './private-marks';
import type { PrivateMarks } from './private-marks';
import { blockOf, prepareScan, scanRoot } from './scan';
import type { Found, FoundSignals, ScanTerms } from './scan';
import { titleSignals } from '../utils/highlight/senses';
import type { PlacedSignals } from '../utils/highlight/care-context';

/** New or changed text is highlighted within this long (quiet period / longest wait). */
const QUIET_MS = 120;
const MAX_WAIT_MS = 350;
const ACTIVE_HIGHLIGHT = 'hsc-active';

export interface Highlighter {
  /** Every term shown (everyday words held back are not), in document order within each root. */
  readonly shown: readonly Found[];
  /** Words with an everyday sense found but not shown (the page is not about care). */
  readonly heldBack: number;
  /** The page's open shadow roots met so far. */
  readonly shadowRoots: readonly ShadowRoot[];
  /** Has the user own or team terms (whether or not any is on this page)? */
  readonly hasPrivateTerms: boolean;
  /** New terms or page languages: the page is scanned again. */
  setTerms: (terms: ScanTerms) => void;
  /** Where everyday words are shown: repaints what was found, without scanning. */
  setEverydayMode: (mode: EverydayMode) => void;
  setStyle: (settings: Pick<HighlightSettings, 'style' | 'colour'>) => void;
  /** Marks one found term as the current one (keyboard navigation), or none. */
  setActive: (found: Found | null) => void;
  onChange: (listener: () => void) => void;
  stop: () => void;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function insideSkipped(node: Node): boolean {
  for (
    let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (isSkipped(el)) return true;
  }
  return false;
}

/**
 * Finds terms on this document (and its open shadow roots), paints them with the CSS Custom
 * Highlight API and keeps them up to date as the page changes. The page's nodes are only
 * read: no element is added, wrapped, split or given an attribute.
 */
export function startHighlighter(
  doc: Document,
  initial: {
    /** The extension's own UI on the page (the card's host): its changes are not the page's. */
    isOwnUi: (node: Node) => boolean;
    terms: ScanTerms;
    everydayMode: EverydayMode;
    settings: Pick<HighlightSettings, 'style' | 'colour'>;
    /** What to read: the document's body unless given (the PDF viewer reads its pages only). */
    root?: Node;
  },
): Highlighter {
  let terms = initial.terms;
  let everydayMode = initial.everydayMode;
  let style = initial.settings.style;
  let highlightName = `hsc-${style}-${initial.settings.colour}`;
  /** Everything found, everyday words held back included; `shown` is what is painted. */
  let found: Found[] = [];
  /** Every block's signals of care (see utils/highlight/senses.ts), read with the terms. */
  let signals: FoundSignals[] = [];
  /** The page's title, read as a heading of the whole page. */
  let titleRead: PlacedSignals<Element | null, Element>[] = [];
  let shown: Found[] = [];
  let heldBack = 0;
  let generation = 0;
  let stopped = false;
  const listeners: (() => void)[] = [];
  const observed = new WeakSet<Node>();
  const highlight = new Highlight();
  const active = new Highlight();
  active.priority = 1;
  CSS.highlights.set(highlightName, highlight);
  CSS.highlights.set(ACTIVE_HIGHLIGHT, active);
  /**
   * The user's own terms and their team lists' terms, each in a style of its own, drawn
   * where the page can't read them (./private-marks.ts). Made where the user has any.
   */
  let marks: PrivateMarks | null = null;
  const privateMarks = () => {
    if (!marks && terms.matchers.hasPrivateTerms) marks = createPrivateMarks(doc, style);
    return marks;
  };
  privateMarks();
  const painter = createPainter(
    highlight,
    {
      add: (r) => marks?.own.add(r),
      delete: (r) => marks?.own.delete(r),
      clear: () => marks?.own.clear(),
    },
    {
      add: (r) => marks?.team.add(r),
      delete: (r) => marks?.team.delete(r),
      clear: () => marks?.team.clear(),
    },
  );
  const isOwnUi = (node: Node) => initial.isOwnUi(node) || (marks?.owns(node) ?? false);

  /** The title's and every block's signals, read only when an everyday form is to be decided. */
  function* allSignals(): Generator<PlacedSignals<Element | null, Element>> {
    yield* titleRead;
    yield* signals;
  }

  const paint = () => {
    ({ shown, heldBack } = visibleTerms<Found, Element | null, Element>(
      found,
      (item) => item,
      allSignals(),
      everydayMode,
    ));
    // The highlight registry is the page's too: it can read which of its words are
    // painted. The user's own terms and their team lists' terms are painted only in text
    // that is really shown, so a page can't plant hidden word lists to find out what they are.
    shown = shown.filter((item) => !isPrivate(item.id) || isRendered(item));
    painter.paint(shown);
    for (const listener of listeners) listener();
  };

  // Scans run one after another, so an older, slower scan never overwrites a newer one.
  let queue: Promise<void> = Promise.resolve();

  /**
   * Scans `scanRoots` (and the shadow roots inside them) and replaces what was found
   * anywhere under `dropRoots` (the changed parts, including any that are now skipped).
   */
  const scan = (scanRoots: Node[], dropRoots: Node[], whole = false) => {
    const myGeneration = generation;
    const cancelled = () => stopped || generation !== myGeneration;
    queue = queue.then(async () => {
      if (cancelled()) return;
      // Before the whole page is read, the matcher is made ready in a task of its own.
      if (whole) await prepareScan(terms);
      if (cancelled()) return;
      const results: Found[] = [];
      const resultSignals: FoundSignals[] = [];
      const covered = [...dropRoots];
      const pending = [...scanRoots];
      while (pending.length > 0) {
        const root = pending.shift()!;
        const {
          found: more,
          signals: moreSignals,
          shadowRoots,
        } = await scanRoot(root, terms, cancelled);
        if (cancelled()) return;
        results.push(...more);
        resultSignals.push(...moreSignals);
        for (const shadowRoot of shadowRoots) {
          observe(shadowRoot);
          pending.push(shadowRoot);
          covered.push(shadowRoot);
        }
      }
      // One walk up per block (not per term and changed part): after a storm of changes
      // there may be thousands of each.
      const inside = insideAnyOf(new Set(covered));
      const replaced = (item: Found) =>
        !item.range.startContainer.isConnected || inside(item.block);
      found = [
        ...found.filter((item) => !replaced(item)),
        // Text may have gone while the scan waited for the page: drop what is no longer there.
        ...results.filter((item) => item.range.startContainer.isConnected),
      ];
      signals = [
        ...signals.filter((item) => item.block.isConnected && !inside(item.block)),
        ...resultSignals.filter((item) => item.block.isConnected),
      ];
      paint();
    });
    // One scan that fails on an odd page (a node that went away mid-walk, a strange
    // document) must not stop every later one: the queue goes on with the next.
    queue = queue.catch(() => undefined);
  };

  /** The title says what the whole page is about: read as a heading in no section. */
  const readTitle = () => {
    const title = doc.title;
    const matches = title ? terms.matchers.forLanguages(terms.pageLanguages).find(title) : [];
    const read = titleSignals(title, matches, terms.matchers.judgeFor(terms.pageLanguages));
    titleRead = read ? [{ ...read, block: null, section: null }] : [];
  };

  const fullScan = () => {
    generation++;
    readTitle();
    found = [];
    signals = [];
    shown = [];
    heldBack = 0;
    active.clear();
    marks?.active.clear();
    const root = initial.root ?? doc.body ?? doc.documentElement;
    scan([root], [root], true);
  };

  // Changes come in batches: a storm of mutations becomes one rescan of the parts changed.
  const batcher = createBatcher<Node>(
    (changed) => {
      if (doc.hidden) {
        changed.forEach((node) => pendingWhileHidden.add(node));
        return;
      }
      const roots = outermost([...changed].filter((node) => node.isConnected));
      found = found.filter((item) => item.range.startContainer.isConnected);
      signals = signals.filter((item) => item.block.isConnected);
      if (roots.length === 0) return paint();
      scan(
        roots.filter((node) => !insideSkipped(node)),
        roots,
      );
    },
    {
      quietMs: QUIET_MS,
      maxWaitMs: MAX_WAIT_MS,
      timers: { set: (cb, ms) => setTimeout(cb, ms), clear: (h) => clearTimeout(h as number) },
    },
  );
  const pendingWhileHidden = new Set<Node>();
  /** Not in the page: a batch with only this drops the terms of removed text, scanning nothing. */
  const pruneOnly: Node = doc.createComment('');

  const blockFor = (node: Node): Node | null => {
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    return element ? blockOf(element) : node.parentNode;
  };

  const facts: NodeFacts<Node> = {
    isOwnUi,
    kind: (node) =>
      node.nodeType === Node.TEXT_NODE
        ? 'text'
        : node.nodeType !== Node.ELEMENT_NODE
          ? 'other'
          : INLINE_TAGS.has((node as Element).localName)
            ? 'inline'
            : 'block',
    blockOf: blockFor,
  };
  const onMutations = (records: MutationRecord[]) => {
    const { parts, removedBlock } = changedParts(records, facts);
    for (const part of parts) batcher.add(part);
    if (removedBlock) batcher.add(pruneOnly);
  };
  const observer = new MutationObserver(onMutations);
  const shadowRoots: ShadowRoot[] = [];
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    if (root instanceof ShadowRoot) shadowRoots.push(root);
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'aria-hidden', 'contenteditable', 'role', 'lang'],
    });
  };
  observe(doc);

  const onVisibility = () => {
    if (doc.hidden || pendingWhileHidden.size === 0) return;
    pendingWhileHidden.forEach((node) => batcher.add(node));
    pendingWhileHidden.clear();
  };
  doc.addEventListener('visibilitychange', onVisibility);

  if (doc.hidden) {
    // Nothing runs while the tab is hidden: the first scan waits until it is shown.
    const startWhenShown = () => {
      if (doc.hidden) return;
      doc.removeEventListener('visibilitychange', startWhenShown);
      if (!stopped) fullScan();
    };
    doc.addEventListener('visibilitychange', startWhenShown);
  } else {
    fullScan();
  }

  return {
    get shown() {
      return shown;
    },
    get heldBack() {
      return heldBack;
    },
    get hasPrivateTerms() {
      return terms.matchers.hasPrivateTerms;
    },
    get shadowRoots() {
      return shadowRoots.filter((root) => root.host.isConnected);
    },
    setTerms(next) {
      terms = next;
      privateMarks();
      if (!doc.hidden) return fullScan();
      // Nothing runs while the tab is hidden: the new terms are looked for when it is shown.
      generation++;
      active.clear();
      pendingWhileHidden.add(initial.root ?? doc.body ?? doc.documentElement);
    },
    setEverydayMode(mode) {
      if (mode === everydayMode) return;
      everydayMode = mode;
      paint();
    },
    setStyle(next) {
      const name = `hsc-${next.style}-${next.colour}`;
      if (name !== highlightName) {
        CSS.highlights.delete(highlightName);
        highlightName = name;
        CSS.highlights.set(highlightName, highlight);
      }
      style = next.style;
      marks?.setStyle(style);
    },
    setActive(item) {
      active.clear();
      marks?.active.clear();
      if (!item) return;
      if (isPrivate(item.id)) marks?.active.add(item.range);
      else active.add(item.range);
    },
    onChange(listener) {
      listeners.push(listener);
    },
    stop() {
      stopped = true;
      observer.disconnect();
      painter.stop();
      batcher.cancel();
      doc.removeEventListener('visibilitychange', onVisibility);
      CSS.highlights.delete(highlightName);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
      marks?.stop();
      marks = null;
      found = [];
      signals = [];
      shown = [];
      heldBack = 0;
      for (const listener of listeners) listener();
    },
  };
}

/**
 * Is a node inside one of `roots` (the inside of shadow roots under them counted)? One walk
 * up the tree per node, remembered per node for the batch.
 */
function insideAnyOf(roots: ReadonlySet<Node>): (node: Node) => boolean {
  const known = new Map<Node, boolean>();
  return (node) => {
    let answer = known.get(node);
    if (answer !== undefined) return answer;
    answer = false;
    for (let current: Node | null = node; current;) {
      if (roots.has(current)) {
        answer = true;
        break;
      }
      current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
    }
    known.set(node, answer);
    return answer;
  };
}

const isPrivate = isPrivateTermId;

/** Is the text of a found term shown on screen (not display:none, invisible or transparent)? */
function isRendered(item: Found): boolean {
  const element = item.range.startContainer.parentElement;
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return (
    box.width > 0 &&
    box.height > 0 &&
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  );
}

/** The given nodes, less those inside another one of them. */
function outermost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((node) => {
    for (let up = node.parentNode; up; up = up.parentNode) if (set.has(up)) return false;
    return true;
  });
}
