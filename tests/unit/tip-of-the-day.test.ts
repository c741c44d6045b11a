import { describe, expect, it } from 'vitest';
import { TIP_IDS } from '../../utils/texts/ids';
import { tipOfTheDay } from '../../utils/texts/tip-of-the-day';

describe('tipOfTheDay', () => {
  it('stays the same all day', () => {
    expect(tipOfTheDay(new Date(2026, 10, 24, 0, 1))).toBe(
      tipOfTheDay(new Date(2026, 10, 24, 23, 59)),
    );
  });

  it('changes every day and goes round all eight tips', () => {
    const seen: string[] = [];
    for (let day = 0; day < 8; day++) seen.push(tipOfTheDay(new Date(2026, 0, 1 + day, 12)));
    expect(new Set(seen).size).toBe(8);
    for (let day = 1; day < 8; day++) expect(seen[day]).not.toBe(seen[day - 1]);
    expect(tipOfTheDay(new Date(2026, 0, 9, 12))).toBe(seen[0]);
    expect(TIP_IDS).toContain(seen[0]);
  });
});
