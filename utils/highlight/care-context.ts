import { OWN_TERM_PREFIX } from '../my-data/terms-ops';
import type { EverydayMode } from '../settings/highlight-settings';

/**
 * Which found terms are shown. A glossary form with a common everyday sense ("rescue",
 * "container", "veiligheid") is shown only where the text is about care: its section holds
 * at least SECTION_CONTEXT different unambiguous glossary terms, or the whole page holds at
 * least PAGE_CONTEXT. Unambiguous terms and the user's own terms are always shown. The user
 * can have everyday forms everywhere, or never. Plain TypeScript, no browser globals.
 */

/** Different unambiguous glossary terms in a section that make it about care. */
export const SECTION_CONTEXT = 2;
/**
 * …and in the whole page. Higher than a section's: on a news front page, one care story
 * in a sidebar should not light up "rescue" in every other story.
 */
export const PAGE_CONTEXT = 3;

export interface ContextItem {
  /** A glossary id, or a user's own term (OWN_TERM_PREFIX + id). */
  id: string;
  /** Found by an everyday form. */
  everyday: boolean;
}

export interface Shown<T> {
  shown: T[];
  /** Everyday forms found but not shown: the popup offers to show them on this page. */
  heldBack: number;
}

/**
 * `sectionOf` names the section an item stands in (article, section, main, aside…), or
 * null where it stands in none (the page is then its section); items of one section share
 * the same value.
 */
export function visibleTerms<T extends ContextItem, S>(
  found: readonly T[],
  sectionOf: (item: T) => S | null,
  mode: EverydayMode,
): Shown<T> {
  if (mode === 'everywhere' || !found.some((item) => item.everyday)) {
    return { shown: [...found], heldBack: 0 };
  }
  if (mode === 'never') {
    const shown = found.filter((item) => !item.everyday);
    return { shown, heldBack: found.length - shown.length };
  }
  const onPage = new Set<string>();
  const bySection = new Map<S, Set<string>>();
  for (const item of found) {
    if (item.everyday || item.id.startsWith(OWN_TERM_PREFIX)) continue;
    onPage.add(item.id);
    const section = sectionOf(item);
    if (section === null) continue;
    let ids = bySection.get(section);
    if (!ids) bySection.set(section, (ids = new Set()));
    ids.add(item.id);
  }
  const pageAboutCare = onPage.size >= PAGE_CONTEXT;
  const sectionAboutCare = (section: S | null) =>
    (section === null ? onPage : bySection.get(section))?.size ?? 0;
  const shown = found.filter(
    (item) =>
      !item.everyday || pageAboutCare || sectionAboutCare(sectionOf(item)) >= SECTION_CONTEXT,
  );
  return { shown, heldBack: found.length - shown.length };
}
