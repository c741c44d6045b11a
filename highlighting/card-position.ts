/** Where the card goes: next to the word, never over it. Pure: sizes in, a position out. */

const GAP = 6;
const MARGIN = 8;

export interface Box {
  left: number;
  top: number;
  bottom: number;
}

/**
 * The card's top-left corner for a card of `width` × `height` next to `anchor` (the term's
 * place on screen) in a viewport of `viewWidth` × `viewHeight`: below the word if it fits,
 * else above it; kept inside the viewport's margins sideways.
 */
export function cardPosition(
  anchor: Box,
  card: { width: number; height: number },
  view: { width: number; height: number },
): { left: number; top: number } {
  const left = Math.min(
    Math.max(MARGIN, anchor.left),
    Math.max(MARGIN, view.width - card.width - MARGIN),
  );
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - card.height;
  const fitsBelow = below + card.height + MARGIN <= view.height;
  const top = fitsBelow || above < MARGIN ? below : above;
  return { left: Math.round(left), top: Math.round(top) };
}
