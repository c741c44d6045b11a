/**
 * A block's text is the concatenation of its text nodes ("holding <em>space</em>" is one
 * text). These helpers map an offset in that text back to a node and an offset inside it.
 */

/** Index of the piece that holds `offset`, given each piece's start offset (ascending). */
export function pieceAt(starts: readonly number[], offset: number, isEnd: boolean): number {
  // An end offset on a boundary belongs to the piece before it; a start, to the piece after.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid]!;
    if (start < offset || (!isEnd && start === offset)) low = mid;
    else high = mid - 1;
  }
  return low;
}
