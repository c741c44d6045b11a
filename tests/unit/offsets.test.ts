import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pieceAt } from '../../utils/highlight/offsets';

/** Start offsets of pieces with these lengths, as in "holding <em>space</em>". */
function startsOf(lengths: readonly number[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const length of lengths) {
    starts.push(offset);
    offset += length;
  }
  return starts;
}

describe('pieceAt', () => {
  // "holding " | "space" | " here": starts 0, 8, 13; total length 18.
  const starts = startsOf(['holding '.length, 'space'.length, ' here'.length]);

  it('finds the piece holding an offset inside it', () => {
    expect(pieceAt(starts, 3, false)).toBe(0);
    expect(pieceAt(starts, 10, false)).toBe(1);
    expect(pieceAt(starts, 10, true)).toBe(1);
    expect(pieceAt(starts, 15, false)).toBe(2);
    expect(pieceAt(starts, 15, true)).toBe(2);
  });

  it('puts a start offset exactly on a boundary in the next piece', () => {
    expect(pieceAt(starts, 8, false)).toBe(1);
    expect(pieceAt(starts, 13, false)).toBe(2);
  });

  it('puts an end offset exactly on a boundary in the previous piece', () => {
    expect(pieceAt(starts, 8, true)).toBe(0);
    expect(pieceAt(starts, 13, true)).toBe(1);
  });

  it('maps the very start and the very end of the text to the first and last piece', () => {
    expect(pieceAt(starts, 0, false)).toBe(0);
    expect(pieceAt(starts, 0, true)).toBe(0);
    expect(pieceAt(starts, 18, true)).toBe(2);
  });

  it('maps every offset to the only piece when there is one', () => {
    for (let offset = 0; offset <= 5; offset++) {
      expect(pieceAt([0], offset, false)).toBe(0);
      expect(pieceAt([0], offset, true)).toBe(0);
    }
  });

  it('a term "space" spanning a piece maps start and end to that piece', () => {
    const text = 'holding space here';
    const start = text.indexOf('space');
    const end = start + 'space'.length;
    expect(pieceAt(starts, start, false)).toBe(1);
    expect(pieceAt(starts, end, true)).toBe(1);
  });

  it('returns a piece that holds the offset, by the boundary rules, for any pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.boolean(),
        (lengths, seed, isEnd) => {
          const pieceStarts = startsOf(lengths);
          const total = lengths.reduce((sum, length) => sum + length, 0);
          // Start offsets lie in [0, total - 1], end offsets in [1, total].
          const offset = isEnd ? 1 + (seed % total) : seed % total;
          const index = pieceAt(pieceStarts, offset, isEnd);
          expect(index).toBeGreaterThanOrEqual(0);
          expect(index).toBeLessThan(lengths.length);
          const pieceStart = pieceStarts[index]!;
          const pieceEnd = pieceStart + lengths[index]!;
          if (isEnd) {
            expect(pieceStart < offset && offset <= pieceEnd).toBe(true);
          } else {
            expect(pieceStart <= offset && offset < pieceEnd).toBe(true);
          }
        },
      ),
    );
  });
});
