import type { CardTexts } from '../utils/texts/card-texts';
import { startHighlighter } from './highlighter';
import type { Highlighter } from './highlighter';
import type { HitTester } from './hit-test';
import { watchHover } from './hover';
import type { HoverCard } from './hover-card';
import { createPageNavigation } from './page-navigation';
import type { PageNavigation } from './page-navigation';

/** Highlighting switched on, on a web page or the PDF viewer's pages: what stops it again. */
export interface HighlightSession {
  readonly highlighter: Highlighter;
  /** The keyboard route through the highlights, made when first used. */
  navigation: () => PageNavigation;
  stop: () => void;
}

/**
 * Starts the highlighter with its hover card and hit test, as on every page: the hit test
 * follows what is found, the card shows on hover, the route is made when first used.
 * Stopping takes all of it off the page.
 */
export function startHighlightSession(
  doc: Document,
  options: Parameters<typeof startHighlighter>[1] & {
    card: HoverCard;
    hits: HitTester;
    cardTexts: () => Promise<CardTexts | null>;
    /** Called after each change of what is found (the hit test already follows it). */
    onChange?: (highlighter: Highlighter) => void;
  },
): HighlightSession {
  const { card, hits, cardTexts, onChange, ...highlighterOptions } = options;
  const highlighter = startHighlighter(doc, highlighterOptions);
  highlighter.onChange(() => {
    hits.reset(highlighter.shown, highlighter.shadowRoots);
    onChange?.(highlighter);
  });
  const stopHover = watchHover(doc, hits, card, cardTexts, () => highlighter.hasPrivateTerms);
  let navigation: PageNavigation | null = null;
  return {
    highlighter,
    navigation: () =>
      (navigation ??= createPageNavigation(doc, highlighter, hits, card, cardTexts)),
    stop() {
      stopHover();
      highlighter.stop();
      card.remove();
    },
  };
}
