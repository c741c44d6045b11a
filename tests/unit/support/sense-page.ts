import { visibleTerms } from '../../../utils/highlight/care-context';
import type { PlacedSignals } from '../../../utils/highlight/care-context';
import { createMatcherSet } from '../../../utils/highlight/matcher-set';
import { readBlock } from '../../../utils/highlight/senses';
import type { Sense } from '../../../utils/highlight/senses';
import { careWordsByLang } from '../../../utils/texts/care-words';
import { glossaryTermsByLang } from '../../../utils/texts/glossary-terms';
import type { Lang } from '../../../utils/texts/ids';

const matchers = createMatcherSet(glossaryTermsByLang, [], [], [], careWordsByLang);

export interface DecidedTerm {
  /** The text as found, lower case. */
  text: string;
  id: string;
  everyday: boolean;
  near: Sense | null;
  shown: boolean;
}

/**
 * What the highlighter decides on a page of paragraphs in one language (each paragraph a
 * block, the page one section, an optional title read as a heading), without a DOM: the
 * same matcher, block reading and decision as highlighting/scan.ts.
 */
export function decidePage(lang: Lang, paragraphs: readonly string[], title = ''): DecidedTerm[] {
  const matcher = matchers.forLanguages([lang]);
  const judge = matchers.judgeFor([lang]);
  const items: (DecidedTerm & { block: number; section: null })[] = [];
  const signals: PlacedSignals<number, null>[] = [];
  const blocks = title ? [title, ...paragraphs] : paragraphs;
  blocks.forEach((text, block) => {
    const read = readBlock(text, matcher.find(text), judge, title !== '' && block === 0);
    if (read.signals) signals.push({ ...read.signals, block, section: null });
    for (const { match, near } of read.terms) {
      items.push({
        text: text.slice(match.start, match.end).toLowerCase(),
        id: match.id,
        everyday: match.everyday,
        near,
        shown: false,
        block,
        section: null,
      });
    }
  });
  const shown = new Set(visibleTerms(items, (item) => item, signals, 'care-pages').shown);
  return items
    .filter((item) => !title || item.block > 0)
    .map((item) => ({
      text: item.text,
      id: item.id,
      everyday: item.everyday,
      near: item.near,
      shown: shown.has(item),
    }));
}

/** The texts shown on such a page. */
export const shownOn = (lang: Lang, paragraphs: readonly string[], title = '') =>
  decidePage(lang, paragraphs, title)
    .filter((term) => term.shown)
    .map((term) => term.text);

/** The everyday texts held back on such a page. */
export const heldBackOn = (lang: Lang, paragraphs: readonly string[], title = '') =>
  decidePage(lang, paragraphs, title)
    .filter((term) => !term.shown)
    .map((term) => term.text);
