/**
 * Which parts of a page a batch of DOM mutations asks to look at again: the pure part of
 * the highlighter's mutation observer (highlighting/highlighter.ts), beside the
 * batcher that collects them. Generic over the node type, so it runs and is tested without
 * a DOM: the caller says what kind each node is and which block holds it.
 */

/** What a node is, as far as the highlighter cares. */
export type NodeKind = 'text' | 'inline' | 'block' | 'other';

/** The fields of a MutationRecord read here. */
export interface MutationLike<N> {
  type: 'childList' | 'attributes' | 'characterData';
  target: N;
  addedNodes: Iterable<N>;
  removedNodes: Iterable<N>;
}

export interface NodeFacts<N> {
  /** The extension's own UI in the page (its changes are not the page's). */
  isOwnUi: (node: N) => boolean;
  kind: (node: N) => NodeKind;
  /** The block a node's text belongs to (null when it has none). */
  blockOf: (node: N) => N | null;
}

export interface ChangedParts<N> {
  /** Parts to scan again, in the order met (a part may be met more than once). */
  parts: N[];
  /** A whole block went: nothing to scan, but the terms found in it must go too. */
  removedBlock: boolean;
}

export function changedParts<N>(
  records: Iterable<MutationLike<N>>,
  facts: NodeFacts<N>,
): ChangedParts<N> {
  const parts: N[] = [];
  let removedBlock = false;
  const blockOfTarget = (target: N) => {
    const block = facts.blockOf(target);
    if (block !== null) parts.push(block);
  };
  for (const record of records) {
    if (facts.isOwnUi(record.target)) continue;
    // Shown, hidden, made editable or not, retold: the block around it is looked at again.
    if (record.type !== 'childList') {
      blockOfTarget(record.target);
      continue;
    }
    // A new block is scanned by itself; new or removed text or inline elements change the
    // text of the block they are in.
    let textChanged = false;
    for (const added of record.addedNodes) {
      if (facts.isOwnUi(added)) continue;
      if (facts.kind(added) === 'block') parts.push(added);
      else textChanged = true;
    }
    for (const removed of record.removedNodes) {
      if (facts.isOwnUi(removed)) continue;
      const kind = facts.kind(removed);
      if (kind === 'text' || kind === 'inline') textChanged = true;
      else removedBlock = true;
    }
    if (textChanged) blockOfTarget(record.target);
  }
  return { parts, removedBlock };
}
