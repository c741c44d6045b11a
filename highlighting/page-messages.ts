import { browser } from 'wxt/browser';
import type { CardTexts } from '../utils/texts/card-texts';
import type { PageTermsReply, ToContent } from '../utils/messages';
import type { HoverCard } from './hover-card';

export type PageMessageReply = PageTermsReply | { title: string } | undefined;

/** What differs between a web page (entrypoints/content/index.ts) and the PDF viewer's pages. */
export interface PageMessageParts {
  card: HoverCard;
  /** The card's texts in the chosen language, own and team terms' cards included. */
  texts: () => Promise<CardTexts | null>;
  /** The popup's *This page* answer. */
  pageTerms: () => PageTermsReply;
  /** Is highlighting on here (before "not on this site" is switched)? */
  isOn: () => boolean;
  /** Switches "not on this site" for this page's site, saved. */
  toggleSite: () => Promise<void>;
  /** "Show them on this page": everyday words shown here until the page is left. */
  showEveryday: () => void;
  /** The keyboard route: on to the next (1) or previous (-1) term, `onlyId`'s if given. */
  move: (direction: 1 | -1, onlyId?: string) => Promise<void>;
  /** Room kept free at the top (a toolbar) when the form has no selection to stand by. */
  topOffset: number;
}

/**
 * Answers the messages the popup and the background send a page (utils/messages.ts
 * ToContent): the same answers on a web page and in the PDF viewer, which is an extension
 * page that the popup reaches with tabs.sendMessage like any tab.
 */
export async function answerPageMessage(
  message: ToContent,
  parts: PageMessageParts,
): Promise<PageMessageReply> {
  const { card } = parts;
  switch (message.type) {
    case 'page-terms':
      return parts.pageTerms();
    case 'page-info':
      return { title: document.title };
    case 'notice':
      card.notice(message.message);
      return undefined;
    case 'ask-term':
      // Answered at once; the form stays open as long as the user needs.
      void askForTerm(message.term, message.frameId, parts);
      return undefined;
    case 'ask-term-closed':
      card.closeAsk();
      if (message.notice) card.notice(message.notice);
      return undefined;
    case 'show-everyday':
      parts.showEveryday();
      return undefined;
    case 'reveal-term':
      await parts.move(1, message.id);
      return undefined;
    case 'command': {
      if (message.command !== 'toggle-site') {
        await parts.move(message.command === 'next-highlight' ? 1 : -1);
        return undefined;
      }
      const turningOff = parts.isOn();
      // Refused only when settings can't be written: the site then simply stays as it was.
      await parts.toggleSite().catch(() => undefined);
      const loaded = await parts.texts();
      if (loaded) card.announce(turningOff ? loaded.announceSiteOff : loaded.announceSiteOn);
      return undefined;
    }
  }
}

/** "Highlight this term": the form is an extension page in a frame (see hover-card.ts). */
async function askForTerm(
  term: string,
  frameId: number | undefined,
  parts: PageMessageParts,
): Promise<void> {
  const loaded = await parts.texts();
  if (!loaded) return;
  // The form tells the background which frame asked, so that only this one hears it close.
  const frame = frameId === undefined ? '' : `&frame=${frameId}`;
  const url = browser.runtime.getURL(
    `/ask-term.html?lang=${loaded.lang}&term=${encodeURIComponent(term)}${frame}` as '/',
  );
  await parts.card.askTerm(url, loaded.askTermTitle, selectionRect(parts.topOffset));
}

/** Where the selection is, to place the "Highlight this term" form next to it. */
function selectionRect(topOffset: number): DOMRect {
  const selection = window.getSelection();
  if (selection && selection.rangeCount > 0) {
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    if (rect.width > 0 || rect.height > 0) return rect;
  }
  return new DOMRect(window.innerWidth / 2 - 150, topOffset, 0, 0);
}
