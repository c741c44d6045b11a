import { describe, expect, it } from 'vitest';
import { changedParts } from '../../utils/highlight/mutation-changes';
import type { MutationLike, NodeFacts, NodeKind } from '../../utils/highlight/mutation-changes';

/** A tiny tree of named nodes: each knows its kind and its block. */
interface N {
  name: string;
  kind: NodeKind;
  block: N | null;
  own?: boolean;
}
const node = (name: string, kind: NodeKind, block: N | null = null, own = false): N => ({
  name,
  kind,
  block,
  own,
});
const facts: NodeFacts<N> = {
  isOwnUi: (n) => n.own === true,
  kind: (n) => n.kind,
  blockOf: (n) => (n.kind === 'block' ? n : n.block),
};
const childList = (target: N, added: N[] = [], removed: N[] = []): MutationLike<N> => ({
  type: 'childList',
  target,
  addedNodes: added,
  removedNodes: removed,
});
const names = (parts: N[]) => parts.map((p) => p.name);

const para = node('p', 'block');
const text = node('#text', 'text', para);
const em = node('em', 'inline', para);

describe('changedParts (which parts a batch of mutations asks to scan again)', () => {
  it('a new block is scanned by itself, not its parent', () => {
    const list = node('ul', 'block');
    const item = node('li', 'block', list);
    const result = changedParts([childList(list, [item])], facts);
    expect(names(result.parts)).toEqual(['li']);
    expect(result.removedBlock).toBe(false);
  });

  it('new or removed text or inline elements rescan the block they are in', () => {
    expect(names(changedParts([childList(para, [text])], facts).parts)).toEqual(['p']);
    expect(names(changedParts([childList(para, [], [em])], facts).parts)).toEqual(['p']);
    // A comment added changes nothing visible, but the block is looked at (cheap, safe).
    expect(names(changedParts([childList(para, [node('#c', 'other')])], facts).parts)).toEqual([
      'p',
    ]);
  });

  it('a whole block removed asks only for its terms to be dropped', () => {
    const result = changedParts([childList(node('main', 'block'), [], [para])], facts);
    expect(result.parts).toEqual([]);
    expect(result.removedBlock).toBe(true);
  });

  it('changed text and attributes (hidden, lang, editable) rescan the block around them', () => {
    const records: MutationLike<N>[] = [
      { type: 'characterData', target: text, addedNodes: [], removedNodes: [] },
      { type: 'attributes', target: em, addedNodes: [], removedNodes: [] },
    ];
    expect(names(changedParts(records, facts).parts)).toEqual(['p', 'p']);
  });

  it("ignores the extension's own UI: its changes, and it coming or going", () => {
    const card = node('card', 'block', null, true);
    const records = [
      childList(node('html', 'block'), [card], [card]),
      { type: 'attributes' as const, target: card, addedNodes: [], removedNodes: [] },
    ];
    expect(changedParts(records, facts)).toEqual({ parts: [], removedBlock: false });
  });

  it('a node with no block asks for nothing', () => {
    const loose = node('#text', 'text', null);
    expect(changedParts([childList(loose, [loose])], facts).parts).toEqual([]);
  });
});
