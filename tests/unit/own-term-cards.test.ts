import { describe, expect, it } from 'vitest';
import { buildCardTexts } from '../../utils/texts/build-card-texts';
import { withOwnTermCards } from '../../utils/highlight/own-term-cards';
import type { OwnTerm } from '../../utils/my-data/model';

describe("the cards of the user's own terms", () => {
  it("adds a card per live own term, labelled as the user's own, and leaves the glossary as it is", () => {
    const loaded = buildCardTexts('en');
    const terms = [
      { id: 'a', term: 'Silence is fine', explanation: 'Let it be.', variants: [] },
      { id: 'b', term: 'Gone', explanation: 'Deleted', variants: [], deleted: true },
    ] as unknown as OwnTerm[];
    const texts = withOwnTermCards(loaded, terms);
    expect(texts.entries['own:a']).toEqual({
      term: 'Silence is fine',
      explanation: 'Let it be.',
      source: loaded.ownTermLabel,
      tips: [],
    });
    expect(texts.entries['own:b']).toBeUndefined();
    expect(Object.keys(texts.entries).length).toBe(Object.keys(loaded.entries).length + 1);
    expect(loaded.entries['own:a']).toBeUndefined();
  });
});
