import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_CONTEXT, SECTION_CONTEXT, visibleTerms } from '../../utils/highlight/care-context';
import type { ContextItem } from '../../utils/highlight/care-context';
import type { EverydayMode } from '../../utils/settings/highlight-settings';

interface Item extends ContextItem {
  section: string | null;
}
const plain = (id: string, section: string | null = null): Item => ({
  id,
  everyday: false,
  section,
});
const everyday = (id: string, section: string | null = null): Item => ({
  id,
  everyday: true,
  section,
});
const shownIds = (items: Item[], mode: EverydayMode = 'care-pages') => {
  const { shown, heldBack } = visibleTerms(items, (item) => item.section, mode);
  return { ids: shown.map((item) => item.id), heldBack };
};

describe('visibleTerms', () => {
  it('holds back an everyday word on a page that is not about care', () => {
    expect(shownIds([everyday('rescuing'), everyday('container')])).toEqual({
      ids: [],
      heldBack: 2,
    });
  });

  it('holds it back next to only one unambiguous term', () => {
    expect(shownIds([plain('autonomy'), everyday('rescuing'), plain('autonomy')])).toEqual({
      ids: ['autonomy', 'autonomy'],
      heldBack: 1,
    });
  });

  it(`shows it where the page holds ${SECTION_CONTEXT} different unambiguous terms`, () => {
    expect(
      shownIds([plain('drama-triangle'), everyday('rescuing'), plain('compassion-fatigue')]).ids,
    ).toEqual(['drama-triangle', 'rescuing', 'compassion-fatigue']);
  });

  it("does not count the user's own terms, or everyday words, as context", () => {
    const items = [
      plain('own:1'),
      plain('own:2'),
      everyday('trigger'),
      everyday('container'),
      plain('dwang'),
    ];
    expect(shownIds(items)).toEqual({ ids: ['own:1', 'own:2', 'dwang'], heldBack: 2 });
  });

  it('a care story on a news page lights up its own section, not the others', () => {
    const items = [
      everyday('rescuing', 'sport'),
      plain('drama-triangle', 'care'),
      plain('rescuer', 'care'),
      everyday('boundaries', 'care'),
      everyday('container', 'tech'),
    ];
    expect(shownIds(items)).toEqual({
      ids: ['drama-triangle', 'rescuer', 'boundaries'],
      heldBack: 2,
    });
  });

  it(`a page with ${PAGE_CONTEXT} different unambiguous terms is about care in every section`, () => {
    const items = [
      plain('drama-triangle', 'a'),
      plain('rescuer', 'b'),
      plain('compassion-fatigue', 'c'),
      everyday('boundaries', 'd'),
    ];
    expect(shownIds(items).heldBack).toBe(0);
  });

  it('shows everyday words everywhere, or never, when the user says so', () => {
    const items = [everyday('rescuing'), plain('holding-space')];
    expect(shownIds(items, 'everywhere')).toEqual({
      ids: ['rescuing', 'holding-space'],
      heldBack: 0,
    });
    const careful = [
      plain('drama-triangle'),
      plain('rescuer'),
      plain('holding-space'),
      everyday('rescuing'),
    ];
    expect(shownIds(careful, 'never')).toEqual({
      ids: ['drama-triangle', 'rescuer', 'holding-space'],
      heldBack: 1,
    });
  });

  it('never hides an unambiguous or own term, and accounts for every everyday word', () => {
    const item = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'own:x'),
      everyday: fc.boolean(),
      section: fc.constantFrom(null, 's1', 's2'),
    });
    const modes = fc.constantFrom<EverydayMode>('care-pages', 'everywhere', 'never');
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), modes, (items, mode) => {
        const { shown, heldBack } = visibleTerms(items, (i) => i.section, mode);
        for (const i of items) if (!i.everyday) expect(shown).toContain(i);
        expect(shown.length + heldBack).toBe(items.length);
        // Order is kept.
        expect(shown).toEqual(items.filter((i) => shown.includes(i)));
      }),
    );
  });
});
