import { browser } from 'wxt/browser';
import type { CardTexts } from '../../utils/texts/card-texts';
import { buildCardTexts } from '../../utils/texts/build-card-texts';
import { pageGlossary } from '../../utils/texts/glossary-terms';
import type { Lang } from '../../utils/texts/ids';
import { createMatcherSet } from '../../utils/highlight/matcher-set';
import { withOwnTermCards } from '../../utils/highlight/own-term-cards';
import { activeTeamTerms, withTeamTermCards } from '../../utils/highlight/team-terms';
import type { TeamTermRef } from '../../utils/highlight/team-terms';
import type { ManagedPolicy } from '../../utils/my-data/managed-policy';
import { readManaged, watchManaged } from '../../utils/storage/managed-policy';
import { readTeamLists, teamListsStore } from '../../utils/storage/team-lists';
import type { StoredTeamList } from '../../utils/my-data/team-lists';
import type { TextLanguages } from '../../utils/highlight/text-language';
import type { OwnTerm } from '../../utils/my-data/model';
import { readStoredTerms } from '../../utils/my-data/read-records';
import { countTerms, isFromOwnPages, isToContent } from '../../utils/messages';
import type { PageTermsReply, ToBackground } from '../../utils/messages';
import {
  documentHits,
  documentTerms,
  nextPageWithTerms,
  pageTermHits,
} from '../../utils/pdf/document-terms';
import {
  completeSettings,
  isHighlightingOn,
  siteKey,
  toggleSite,
} from '../../utils/settings/highlight-settings';
import type { HighlightSettings } from '../../utils/settings/highlight-settings';
import { highlightSettings, updateHighlightSettings } from '../../utils/storage/highlight-settings';
import { ownTermsItem } from '../../utils/storage/own-terms';
import { highlightsSupported } from '../../highlighting/highlighter';
import type { Highlighter } from '../../highlighting/highlighter';
import { startHighlightSession } from '../../highlighting/highlight-session';
import type { HighlightSession } from '../../highlighting/highlight-session';
import { createHitTester } from '../../highlighting/hit-test';
import { createHoverCard } from '../../highlighting/hover-card';
import { answerPageMessage } from '../../highlighting/page-messages';
import type { PageMessageParts } from '../../highlighting/page-messages';
import type { Found, ScanTerms } from '../../highlighting/scan';
import '../../highlighting/highlight.css';
import type { OpenedDocument } from './App';

/** The viewer's highlighting, started for each document opened. */
export interface ViewerHighlighting {
  /** The highlighter of the rendered pages (null while off). */
  readonly highlighter: Highlighter | null;
  stop: () => void;
}

/**
 * The same highlighting as on web pages, on the text layer of the PDF's rendered pages: the
 * content script's matcher, painter, hover card, hit test and keyboard route, reused as they
 * are (entrypoints/content/). Each page is matched in its own language (its `lang` is set
 * from its text) and is a section for the quiet rules (PDF.js makes it a region). The popup's
 * *This page* list counts the whole document (./document-index.ts), and this page answers
 * the content script's messages itself: it is an extension page, so the popup and the
 * background reach it with tabs.sendMessage like any tab.
 */
export function startViewerHighlighting(
  opened: OpenedDocument,
  /** The PDF's site ("" for a local file): "not on this site" applies to it too. */
  hostname: string,
  language: () => Lang,
): ViewerHighlighting {
  const { view, index } = opened;
  const container = view.container;
  let stopped = false;
  let settings: HighlightSettings = completeSettings(undefined);
  let ownTerms: OwnTerm[] = [];
  // Team lists: the user's and the organisation's, as on web pages.
  let userLists: StoredTeamList[] = [];
  let policy: ManagedPolicy = { problems: [] };
  let teamTerms: TeamTermRef[] = [];
  let everydayHere = false;
  let documentLanguages: TextLanguages = ['en', 'nl'];
  let session: HighlightSession | null = null;

  const sendToBackground = (message: ToBackground) => {
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  // Built here in the chosen language (an extension page may carry every text).
  const cardTexts = (): Promise<CardTexts | null> =>
    Promise.resolve(
      withOwnTermCards(withTeamTermCards(buildCardTexts(language()), teamTerms), ownTerms),
    );
  const card = createHoverCard(document, {
    openTip: (tip) => sendToBackground({ type: 'open-tip', tip }),
    hideTerm: (id) => {
      updateHighlightSettings((s) => ({
        ...s,
        hiddenTerms: [...new Set([...s.hiddenTerms, id])],
      })).catch(() => undefined);
    },
  });
  const hits = createHitTester(document);
  const matchers = () =>
    createMatcherSet(
      pageGlossary.forms,
      ownTerms,
      settings.hiddenTerms,
      teamTerms,
      pageGlossary.careWords,
    );
  let matcherSet = matchers();
  let loaded = false;
  /** New terms: the matcher for the page being read and for the whole document's counts. */
  const rebuildMatchers = () => {
    matcherSet = matchers();
    // The document's pages are matched once its language and the stored terms are known.
    if (!loaded) return;
    const set = matcherSet;
    index.setMatcher((lines, languages) =>
      pageTermHits(
        lines,
        set.forLanguages(languages ?? documentLanguages),
        set.judgeFor(languages ?? documentLanguages),
      ),
    );
  };
  const termsFor = (): ScanTerms => ({ matchers: matcherSet, pageLanguages: documentLanguages });
  const everydayMode = () => (everydayHere ? 'everywhere' : settings.everydayWords);
  const offByOrganisation = () =>
    hostname !== '' && (policy.disabledSites ?? []).includes(siteKey(hostname));
  const on = () =>
    highlightsSupported() && isHighlightingOn(settings, hostname) && !offByOrganisation();

  // Each page in its own language, as soon as its text has been read.
  const setPageLang = (pageNumber: number, lang: string | null) => {
    const element = view.pageElement(pageNumber);
    if (element && lang && element.getAttribute('lang') !== lang) element.lang = lang;
  };
  index.onPage((pageNumber, page) => setPageLang(pageNumber, page.lang));

  const start = () => {
    if (stopped || session || !on()) return;
    session = startHighlightSession(document, {
      root: container,
      // Only the PDF's pages are read: the toolbar, the messages and the card are ours.
      // (A node just removed is in no tree: it is the pages', and its terms must go.)
      isOwnUi: (node) => card.owns(node) || (node.isConnected && !container.contains(node)),
      terms: termsFor(),
      everydayMode: everydayMode(),
      settings,
      card,
      hits,
      cardTexts,
    });
  };
  const stopHighlighting = () => {
    session?.stop();
    session = null;
  };
  const apply = (next: HighlightSettings) => {
    const previous = settings;
    settings = next;
    if (!on()) return stopHighlighting();
    if (!session) return start();
    if (previous.hiddenTerms.join('\n') !== next.hiddenTerms.join('\n')) {
      card.hide();
      rebuildMatchers();
      session.highlighter.setTerms(termsFor());
    }
    session.highlighter.setEverydayMode(everydayMode());
    session.highlighter.setStyle(next);
  };

  /** The terms of the document's pages matched so far (null: a page not matched yet). */
  const pageHits = () => index.pages.map((page) => page?.hits ?? null);

  /** The whole document's terms, for the popup (pages not read yet count once they are). */
  const pageTerms = (): PageTermsReply => {
    const counted = on()
      ? documentTerms(pageHits(), everydayMode())
      : { terms: countTerms([]), heldBack: 0 };
    return {
      on: on(),
      paused: settings.paused,
      siteDisabled: settings.disabledSites.includes(siteKey(hostname)),
      siteDisabledByOrganisation: offByOrganisation(),
      hostname: siteKey(hostname),
      terms: counted.terms,
      heldBack: counted.heldBack,
    };
  };

  /** The PDF page (1-based) a found term stands on. */
  const pageOf = (found: Found): number | null => {
    const page = found.range.startContainer.parentElement?.closest<HTMLElement>('.page');
    return page ? Number(page.dataset.pageNumber) : null;
  };
  const inOrder = (a: Found, b: Found) => {
    const x = document.createRange();
    x.setStart(a.range.startContainer, a.range.startOffset);
    const y = document.createRange();
    y.setStart(b.range.startContainer, b.range.startOffset);
    return x.compareBoundaryPoints(Range.START_TO_START, y);
  };
  // Polled on a timer, not on frames: it must end even where frames are held back.
  const waitUntil = async (ready: () => boolean, timeoutMs: number) => {
    const end = performance.now() + timeoutMs;
    while (!ready() && performance.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  };

  /**
   * The keyboard route through the whole document: within a page, the content script's own
   * route; past a page's last term, on to the next page that has one (rendered first if it
   * is far away), round the end of the document.
   */
  const routeMove = async (direction: 1 | -1, onlyId?: string) => {
    const h = session?.highlighter;
    const route = session?.navigation();
    if (!h || !route) {
      const loaded = await cardTexts();
      if (loaded) card.announce(loaded.announceNone);
      return;
    }
    const wanted = (f: Found) => f.range.startContainer.isConnected && (!onlyId || f.id === onlyId);
    const onPage = (n: number) => h.shown.filter((f) => wanted(f) && pageOf(f) === n).sort(inOrder);
    const current = route.current?.range.startContainer.isConnected ? route.current : null;
    const fromPage = (current && pageOf(current)) ?? view.pageNumber;
    const here = onPage(fromPage);
    const at = current ? here.indexOf(current) : -1;
    const next = current
      ? here[at === -1 ? -1 : at + direction]
      : here[direction === 1 ? 0 : here.length - 1];
    if (next) return route.goTo(next);
    // Which page is next is known once the document's text is read (a few seconds at most
    // for a long one): wait for it, within bounds.
    await Promise.race([index.matched(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    const target = nextPageWithTerms(
      documentHits(pageHits(), everydayMode()).shown,
      fromPage - 1,
      direction,
      view.pagesCount,
      onlyId,
    );
    if (target === null) return route.move(direction, onlyId);
    const targetPage = target + 1;
    if (onPage(targetPage).length === 0) {
      view.goToPage(targetPage);
      await waitUntil(() => onPage(targetPage).length > 0, 5_000);
    }
    const there = onPage(targetPage);
    const item = direction === 1 ? there[0] : there[there.length - 1];
    await (item ? route.goTo(item) : route.move(direction, onlyId));
  };

  const messageParts: PageMessageParts = {
    card,
    texts: cardTexts,
    pageTerms,
    isOn: on,
    toggleSite: () => updateHighlightSettings((s) => toggleSite(s, hostname)).then(() => undefined),
    showEveryday: () => {
      everydayHere = true;
      session?.highlighter.setEverydayMode(everydayMode());
    },
    move: routeMove,
    topOffset: 60,
  };
  // webextension-polyfill: a listener answers by returning a promise. Only the extension's
  // own pages and its background are answered: content scripts hear nothing from here.
  const ownOrigin = browser.runtime.getURL('/');
  const onRuntimeMessage = (message: unknown, sender: { url?: string }) =>
    isToContent(message) && isFromOwnPages(sender.url, ownOrigin)
      ? answerPageMessage(message, messageParts)
      : undefined;
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener(onRuntimeMessage);
  const unwatchSettings = highlightSettings.watch((next) => apply(completeSettings(next)));
  const termsChanged = () => {
    card.hide();
    rebuildMatchers();
    if (!on()) return stopHighlighting();
    if (!session) return start();
    session.highlighter.setTerms(termsFor());
  };
  const unwatchOwnTerms = ownTermsItem.watch((next) => {
    ownTerms = readStoredTerms(next).records;
    termsChanged();
  });
  const teamChanged = () => {
    teamTerms = activeTeamTerms(userLists, policy.teamLists ?? []);
    termsChanged();
  };
  const unwatchTeamLists = teamListsStore.watch((next) => {
    userLists = next;
    teamChanged();
  });
  const unwatchManaged = watchManaged((next) => {
    policy = next;
    teamChanged();
  });

  void (async () => {
    const [storedSettings, storedTerms, languages, lists, managed] = await Promise.all([
      highlightSettings.getValue(),
      ownTermsItem.getValue(),
      index.documentLanguages,
      readTeamLists(),
      readManaged(),
    ]);
    if (stopped) return;
    settings = completeSettings(storedSettings);
    ownTerms = readStoredTerms(storedTerms).records;
    userLists = lists;
    policy = managed;
    teamTerms = activeTeamTerms(userLists, policy.teamLists ?? []);
    documentLanguages = languages;
    loaded = true;
    rebuildMatchers();
    start();
  })();

  return {
    get highlighter() {
      return session?.highlighter ?? null;
    },
    stop() {
      stopped = true;
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      browser.runtime.onMessage.removeListener(onRuntimeMessage);
      unwatchSettings();
      unwatchOwnTerms();
      unwatchTeamLists();
      unwatchManaged();
      stopHighlighting();
    },
  };
}
