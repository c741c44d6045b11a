import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardPosition } from '../../highlighting/card-position';

const view = { width: 1000, height: 800 };
const card = { width: 300, height: 150 };

describe('cardPosition (the hover card next to the word, never over it)', () => {
  it('goes below the word when it fits', () => {
    expect(cardPosition({ left: 100, top: 200, bottom: 220 }, card, view)).toEqual({
      left: 100,
      top: 226,
    });
  });

  it('goes above the word near the bottom of the window', () => {
    const { top } = cardPosition({ left: 100, top: 700, bottom: 720 }, card, view);
    expect(top + card.height).toBeLessThanOrEqual(700);
  });

  it('stays inside the window sideways', () => {
    expect(cardPosition({ left: 950, top: 10, bottom: 30 }, card, view).left).toBe(692);
    expect(cardPosition({ left: -40, top: 10, bottom: 30 }, card, view).left).toBe(8);
  });

  it('never covers the word it explains', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 980 }),
        fc.integer({ min: 0, max: 780 }),
        fc.integer({ min: 10, max: 30 }),
        (left, top, height) => {
          const anchor = { left, top, bottom: top + height };
          const at = cardPosition(anchor, card, view);
          const overlaps = at.top < anchor.bottom && at.top + card.height > anchor.top;
          expect(overlaps).toBe(false);
        },
      ),
    );
  });
});
