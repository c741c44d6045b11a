import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLOCK_CONTEXT,
  PAGE_CONTEXT,
  SECTION_CONTEXT,
  visibleTerms,
} from '../../utils/highlight/care-context';
import type { ContextItem, PlacedSignals } from '../../utils/highlight/care-context';
import type { EverydayMode } from '../../utils/settings/highlight-settings';

/** A found term in paragraph `block` of section `section` (null: no section). */
interface Item extends ContextItem {
  block: string;
  section: string | null;
}
const plain = (id: string, block = 'p1', section: string | null = null): Item => ({
  id,
  everyday: false,
  block,
  section,
});
const everyday = (
  id: string,
  block = 'p1',
  section: string | null = null,
  near: ContextItem['near'] = null,
): Item => ({ id, everyday: true, near, block, section });
type Signals = PlacedSignals<string, string>;
const signals = (
  block: string,
  care: string[],
  { section = null, cues = [], heading = false }: Partial<Signals> = {},
): Signals => ({ block, section, care, cues, heading });

const shownIds = (items: Item[], placed: Signals[] = [], mode: EverydayMode = 'care-pages') => {
  const { shown, heldBack } = visibleTerms(items, (item) => item, placed, mode);
  return { ids: shown.map((item) => item.id), heldBack };
};

describe('visibleTerms: the sense of each everyday form where it stands', () => {
  it('holds back an everyday word in text with no sign of care', () => {
    expect(shownIds([everyday('rescuing'), everyday('container')])).toEqual({
      ids: [],
      heldBack: 2,
    });
  });

  it(`shows it in a paragraph with ${BLOCK_CONTEXT} different care signals`, () => {
    const items = [everyday('boundaries', 'p1'), everyday('boundaries', 'p2')];
    const placed = [signals('p1', ['w:client', 'w:therapist']), signals('p2', ['w:client'])];
    // p2 has one signal; the page has two, fewer than PAGE_CONTEXT.
    expect(shownIds(items, placed)).toEqual({ ids: ['boundaries'], heldBack: 1 });
  });

  it(`shows it in a section with ${SECTION_CONTEXT} care signals, not in the page's other sections`, () => {
    const items = [everyday('boundaries', 'p1', 'care'), everyday('container', 'p9', 'tech')];
    const placed = [
      signals('p1', ['w:client'], { section: 'care' }),
      signals('p2', ['w:grief', 'g:holding-space'], { section: 'care' }),
    ];
    expect(shownIds(items, placed).ids).toEqual(['boundaries']);
  });

  it(`a page with ${PAGE_CONTEXT} care signals, one of them a glossary term, is about care in every section; headings count twice`, () => {
    const items = [everyday('presence', 'p9', 'other')];
    const spread = [
      signals('p1', ['w:client'], { section: 'a' }),
      signals('p2', ['w:grief'], { section: 'b' }),
      signals('p3', ['g:drama-triangle'], { section: 'c' }),
    ];
    expect(shownIds(items, spread).heldBack).toBe(1);
    expect(
      shownIds(items, [...spread, signals('p4', ['w:hospice'], { section: 'd' })]).heldBack,
    ).toBe(0);
    const title = signals('title', ['w:grief', 'g:holding-space'], { heading: true });
    expect(shownIds(items, [title]).heldBack).toBe(0);
  });

  it('scattered care words on a busy page, without any glossary term, are not enough', () => {
    const items = [everyday('presence', 'p9', 'other')];
    const scattered = ['w:abuse', 'w:coach', 'w:suicide', 'w:vulnerable', 'w:anxiety'].map(
      (key, i) => signals(`p${i}`, [key], { section: `s${i}` }),
    );
    expect(shownIds(items, scattered).heldBack).toBe(1);
  });

  it('a cue in its own sentence decides first: another sense holds it back on any page', () => {
    const placed = [signals('p1', ['w:a', 'w:b', 'w:c', 'w:d', 'w:e'])];
    expect(shownIds([everyday('rescuing', 'p1', null, 'other')], placed).ids).toEqual([]);
    expect(shownIds([everyday('rescuer', 'p1', null, 'care')]).ids).toEqual(['rescuer']);
  });

  it("a page about the entry's care concept shows it; a page about another sense holds it back", () => {
    const redder = [everyday('rescuer', 'p2')];
    expect(shownIds(redder, [signals('p1', [], { cues: ['+rescuer'] })]).ids).toEqual(['rescuer']);
    const knrm = [signals('p1', ['w:a', 'w:b', 'w:c', 'w:d'], { cues: ['-rescuing'] })];
    expect(shownIds([everyday('rescuing', 'p2')], knrm).ids).toEqual([]);
    // Both: the care concept wins (a page on the drama triangle that names a lifeboat).
    const both = [signals('p1', [], { cues: ['-rescuer', '+rescuer'] })];
    expect(shownIds(redder, both).ids).toEqual(['rescuer']);
    // Another entry's cue says nothing of this one.
    expect(shownIds(redder, [signals('p1', [], { cues: ['+presence'] })]).ids).toEqual([]);
  });

  it('shows everyday words everywhere, or never, when the user says so', () => {
    const items = [everyday('rescuing', 'p1', null, 'other'), plain('holding-space')];
    expect(shownIds(items, [], 'everywhere')).toEqual({
      ids: ['rescuing', 'holding-space'],
      heldBack: 0,
    });
    const careful = [plain('drama-triangle'), everyday('rescuer', 'p1', null, 'care')];
    expect(shownIds(careful, [], 'never')).toEqual({ ids: ['drama-triangle'], heldBack: 1 });
  });

  it('never hides an unambiguous or own term, and accounts for every everyday word', () => {
    const item = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'own:x'),
      everyday: fc.boolean(),
      near: fc.constantFrom(null, 'care' as const, 'other' as const),
      block: fc.constantFrom('p1', 'p2'),
      section: fc.constantFrom(null, 's1', 's2'),
    });
    const placed = fc.array(
      fc.record({
        block: fc.constantFrom('p1', 'p2', 'p3'),
        section: fc.constantFrom(null, 's1', 's2'),
        care: fc.array(fc.constantFrom('w:x', 'w:y', 'g:z'), { maxLength: 3 }),
        cues: fc.array(fc.constantFrom('+a', '-a', '-b'), { maxLength: 2 }),
        heading: fc.boolean(),
      }),
      { maxLength: 6 },
    );
    const modes = fc.constantFrom<EverydayMode>('care-pages', 'everywhere', 'never');
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), placed, modes, (items, sigs, mode) => {
        const { shown, heldBack } = visibleTerms(items, (i) => i, sigs, mode);
        for (const i of items) if (!i.everyday) expect(shown).toContain(i);
        if (mode === 'care-pages') {
          for (const i of items)
            if (i.everyday && i.near === 'other') expect(shown).not.toContain(i);
          for (const i of items) if (i.everyday && i.near === 'care') expect(shown).toContain(i);
        }
        expect(shown.length + heldBack).toBe(items.length);
        // Order is kept.
        expect(shown).toEqual(items.filter((i) => shown.includes(i)));
      }),
    );
  });
});
