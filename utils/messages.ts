/** Messages between the popup, the background and the content script. */
import type { CardTexts } from './texts/card-texts';
import type { TipId } from './texts/ids';

export const COMMANDS = ['next-highlight', 'previous-highlight', 'toggle-site'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface TermCount {
  id: string;
  count: number;
}

export interface PageTermsReply {
  /** Highlighting runs on this page (not paused, site not switched off). */
  on: boolean;
  paused: boolean;
  siteDisabled: boolean;
  /** The user's organisation keeps highlighting off on this site (browser policy). */
  siteDisabledByOrganisation?: boolean;
  hostname: string;
  terms: TermCount[];
  /**
   * Words with an everyday sense found on the page but not shown, because the page is not
   * about care (or the user chose never); 0 once the user asked to see them here.
   */
  heldBack: number;
}

/** To the content script of a tab's top frame. */
export type ToContent =
  | { type: 'page-terms' }
  /** Answered with { title }: the page's title, for a tip added from it. */
  | { type: 'page-info' }
  /** "Highlight this term": ask for a short explanation in a small card on the page. */
  | {
      type: 'ask-term';
      term: string;
      /** The frame it is sent to: the form tells the background, which answers only it. */
      frameId?: number;
    }
  /** The ask-term frame is done: close it, and show the notice (saved, or not) if any. */
  | { type: 'ask-term-closed'; notice: string | null }
  /** A short notice on the page ("Added to My tips"). */
  | { type: 'notice'; message: string }
  | { type: 'reveal-term'; id: string }
  /** "Show them on this page": the everyday words held back, until the page is left. */
  | { type: 'show-everyday' }
  | { type: 'command'; command: CommandName };

/**
 * From a top frame's content script to the extension's views (the side panel listens):
 * the terms found on its page changed, so a view showing *This page* asks again. It carries
 * nothing; the view asks the page for its terms as it always does.
 */
export interface PageTermsChanged {
  type: 'page-terms-changed';
}

export function isPageTermsChanged(message: unknown): message is PageTermsChanged {
  return (message as { type?: unknown } | null)?.type === 'page-terms-changed';
}

/**
 * From a content script to the frame it made for the card of an own or team term
 * (entrypoints/term-card/), on a port posted to the frame's window once the frame gave the
 * token from its address (which the page can't read): the card to show, with only that
 * term's entry. Answered on the port with the card's CardSize.
 */
export interface PrivateCard {
  type: 'private-card';
  token: string;
  id: string;
  texts: CardTexts;
}

/** What the content script posts to the card's frame, with the port the two talk on (it names nothing of ours: a frame the page sent elsewhere would read it). */
export const TERM_CARD_HELLO = 'card';

export interface CardSize {
  width: number;
  height: number;
}

export function isPrivateCard(message: unknown): message is PrivateCard {
  const m = message as Partial<PrivateCard> | null;
  return (
    m?.type === 'private-card' &&
    typeof m.token === 'string' &&
    typeof m.id === 'string' &&
    typeof m.texts === 'object' &&
    m.texts !== null
  );
}

/** From a content script to the background. */
export type ToBackground =
  | { type: 'open-tip'; tip: TipId }
  | { type: 'badge'; count: number | null }
  /** Answered with CardTexts (utils/texts/card-texts.ts). */
  | { type: 'card-texts' }
  /** Answered with PageGlossary (utils/texts/glossary-terms.ts): what the highlighter finds. */
  | { type: 'glossary-forms' }
  /**
   * "Don't highlight this term" and "not on this site" (for the sender's own site) from a
   * page: the background writes the settings, under the extension's own data lock. (A
   * content script's Web Locks are the page's: a page could hold the lock and stall them.)
   */
  | { type: 'hide-term'; id: string }
  | { type: 'toggle-site' }
  /** From the "Highlight this term" frame (an extension page), never from a content script. */
  | { type: 'add-own-term'; term: string; explanation: string }
  /** From the same frame when it is done: relayed to its tab as 'ask-term-closed'. */
  | { type: 'ask-term-done'; notice: string | null; frameId?: number }
  /**
   * A context-menu click, replayed from an extension page: the browser tests use it to go
   * through the very code the menu calls, since a native menu cannot be clicked there.
   */
  | { type: 'menu-click'; click: MenuClick };

export const MENU_IDS = ['add-to-my-tips', 'highlight-term', 'open-pdf'] as const;
export type MenuId = (typeof MENU_IDS)[number];

export interface MenuClick {
  menuItemId: MenuId;
  selectionText: string;
  pageUrl: string;
  tabId: number;
  frameId: number;
  /** The link's address ("Open with highlights" on a link to a PDF). */
  linkUrl?: string;
}

export function isToContent(message: unknown): message is ToContent {
  const type = (message as { type?: unknown } | null)?.type;
  return (
    type === 'page-terms' ||
    type === 'reveal-term' ||
    type === 'show-everyday' ||
    type === 'command' ||
    type === 'page-info' ||
    type === 'ask-term' ||
    type === 'ask-term-closed' ||
    type === 'notice'
  );
}

export function isToBackground(message: unknown): message is ToBackground {
  const type = (message as { type?: unknown } | null)?.type;
  return (
    type === 'open-tip' ||
    type === 'badge' ||
    type === 'card-texts' ||
    type === 'glossary-forms' ||
    type === 'hide-term' ||
    type === 'toggle-site' ||
    type === 'add-own-term' ||
    type === 'ask-term-done' ||
    type === 'menu-click'
  );
}

/**
 * The frame a finished "Highlight this term" form is answered in: the one that asked
 * (its id went into the form's address), else the top frame; never every frame of the tab,
 * where third-party frames would hear that a term was saved.
 */
export function askTermFrame(frameId: unknown): number {
  return typeof frameId === 'number' && Number.isInteger(frameId) && frameId >= 0 ? frameId : 0;
}

/** Counts per term, most frequent first, then by id. */
export function countTerms(ids: readonly string[]): TermCount[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

/**
 * Is a message from one of the extension's own pages or its background (its address is in
 * the extension's own origin, `ownOrigin` = runtime.getURL('/')), not from a content script
 * (whose address is the web page's)? A content script runs beside pages that can drive it,
 * so what only the extension's views may ask (the open PDF's title, its counts, a notice,
 * switching its site) is refused from it.
 */
export function isFromOwnPages(senderUrl: string | undefined, ownOrigin: string): boolean {
  return typeof senderUrl === 'string' && ownOrigin !== '' && senderUrl.startsWith(ownOrigin);
}
