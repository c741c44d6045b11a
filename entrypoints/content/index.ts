import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { CardTexts } from '../../utils/texts/card-texts';
import type { GlossaryForms, PageGlossary } from '../../utils/texts/glossary-terms';
import { createMatcherSet } from '../../utils/highlight/matcher-set';
import type { TextLanguages } from '../../utils/highlight/text-language';
import type { OwnTerm } from '../../utils/my-data/model';
import { withOwnTermCards } from '../../utils/highlight/own-term-cards';
import { activeTeamTerms, withTeamTermCards } from '../../utils/highlight/team-terms';
import type { TeamTermRef } from '../../utils/highlight/team-terms';
import {
  HIGHLIGHT_SETTINGS_KEY,
  LANGUAGE_KEY,
  MANAGED_COPY_KEY,
  OWN_TERMS_KEY,
  TEAM_LISTS_KEY,
} from '../../utils/storage/keys';
import { countTerms, isToContent } from '../../utils/messages';
import type { PageTermsChanged, PageTermsReply, ToBackground } from '../../utils/messages';
import {
  completeSettings,
  isHighlightingOn,
  siteKey,
} from '../../utils/settings/highlight-settings';
import type { HighlightSettings } from '../../utils/settings/highlight-settings';
import { highlightsSupported } from '../../highlighting/highlighter';
import { startHighlightSession } from '../../highlighting/highlight-session';
import type { HighlightSession } from '../../highlighting/highlight-session';
import { createHitTester } from '../../highlighting/hit-test';
import { createHoverCard } from '../../highlighting/hover-card';
import { detectPageLanguages } from '../../highlighting/page-language';
import { answerPageMessage } from '../../highlighting/page-messages';
import type { PageMessageParts } from '../../highlighting/page-messages';
import type { ScanTerms } from '../../highlighting/scan';
import '../../highlighting/highlight.css';

/** How often the address is read for in-page navigation (WXT's own watcher: 1 s). */
const LOCATION_CHECK_MS = 1000;

/**
 * No DOM event of ours reaches the page (see main): WXT's context, made before main runs,
 * would send one on every page ("<extension id>:content:wxt:content-script-started") and
 * listen for the same event to end this copy, which a page could send. This script's own
 * view of `document` (its isolated world: the page never sees these properties) drops both.
 * Guarded: WXT also loads this file at build time, where there is no document.
 */
const WXT_STARTED = ':wxt:content-script-started';
function quietWxtStartedEvent(doc: Document): void {
  const dispatch = doc.dispatchEvent.bind(doc);
  const listen = doc.addEventListener.bind(doc) as (...args: unknown[]) => void;
  doc.dispatchEvent = (event: Event) => event.type.endsWith(WXT_STARTED) || dispatch(event);
  doc.addEventListener = ((type: string, ...rest: unknown[]) => {
    if (!type.endsWith(WXT_STARTED)) listen(type, ...rest);
  }) as typeof doc.addEventListener;
}
if (typeof document !== 'undefined') quietWxtStartedEvent(document);

/** No glossary (the background did not answer): no entry in any language. */
const NO_FORMS = {} as GlossaryForms['en'];

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // As soon as the page's text is there (DOMContentLoaded), not when the browser finds it
  // idle (up to ~400 ms later on a long page): the scan works in slices of a few ms, so it
  // does not hold up the page's own loading.
  runAt: 'document_end',
  // WXT would otherwise announce the script to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // WXT's way of ending an older copy of this script (a DOM event on the document, named
    // after the extension's public id) would tell every page that its visitor has the
    // extension, even where it is switched off, and a page could send it to switch the
    // highlighter off: both are turned off at the top of this file. An older copy ends
    // itself instead once its extension is gone (the check in followLocation below, and
    // ctx.isValid wherever WXT's timers run); a newer copy's highlights take the same names
    // in the page's registry, so the older ones are replaced at once.
    // Without the CSS Custom Highlight API there is no way to mark text without changing
    // the page, so the extension then stays out of the page altogether.
    if (!highlightsSupported()) return;
    // Only HTML (and XHTML) pages: an SVG image or an XML feed shown as a tree is not text
    // to read, and the card's host would not belong in it.
    if (document.documentElement?.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
    const isTopFrame = window === window.top;
    // The glossary's forms come from the background, asked for at once (this script does
    // not carry them, see utils/texts/glossary-terms.ts). Without an answer (the extension
    // was just updated), only the user's own terms are found.
    const formsReply = browser.runtime
      .sendMessage<ToBackground, PageGlossary>({ type: 'glossary-forms' })
      .catch(() => null);
    // Team lists: the user's (switched on), and the organisation's through browser policy,
    // with its sites where highlighting is always off. The policy is read from the copy the
    // background keeps (utils/storage/keys.ts): at once, in both browsers.
    // Everything stored is read at once, side by side.
    // Read as they are (not through the views' storage items: this script carries no
    // storage library), and checked here as the views check them.
    const stored = await browser.storage.local.get([
      HIGHLIGHT_SETTINGS_KEY,
      OWN_TERMS_KEY,
      TEAM_LISTS_KEY,
      MANAGED_COPY_KEY,
    ]);
    let settings = completeSettings(stored[HIGHLIGHT_SETTINGS_KEY]);
    // A damaged stored value never stops the highlighter: only entries of the right shape
    // are matched. (The full reader, utils/my-data/read-records.ts, is left to the views:
    // it would cost this script half a kilobyte, and the views keep and report the rest.)
    const readOwnTerms = (raw: unknown): OwnTerm[] =>
      Array.isArray(raw) ? raw.filter(isMatchableTerm) : [];
    let ownTerms = readOwnTerms(stored[OWN_TERMS_KEY]);
    let storedTeamLists: unknown = stored[TEAM_LISTS_KEY];
    const readPolicy = (raw: unknown): Record<string, unknown> =>
      raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    let managed = readPolicy(stored[MANAGED_COPY_KEY]);
    const teamTerms = (): TeamTermRef[] => activeTeamTerms(storedTeamLists, managed.teamLists);
    const organisationSites = (): unknown[] =>
      Array.isArray(managed.disabledSites) ? (managed.disabledSites as unknown[]) : [];
    const offByOrganisation = () => organisationSites().includes(siteKey(location.hostname));
    /** Highlighting on here: the user's settings, and no policy of the organisation against it. */
    const isOn = (s: HighlightSettings) =>
      isHighlightingOn(s, location.hostname) && !offByOrganisation();
    let currentTeamTerms = teamTerms();
    // Where highlighting is on, the page's language is read while the glossary arrives.
    let languagesRead = isOn(settings) ? detectPageLanguages(document) : null;
    const glossary: PageGlossary = (await formsReply) ?? {
      forms: { en: NO_FORMS, nl: NO_FORMS },
      careWords: { en: [], nl: [] },
    };
    /** The languages of the page's own text (see utils/highlight/text-language.ts). */
    let pageLanguages: TextLanguages | null = null;
    /** "Show them on this page" in the popup: everyday words shown here until the page is left. */
    let everydayHere = false;
    // The card's texts come from the background, once, when first needed, in the language
    // the user chose (the background reads that choice; this script carries none of it).
    let texts: Promise<CardTexts | null> | null = null;
    const glossaryTexts = () =>
      (texts ??= browser.runtime
        .sendMessage<ToBackground, CardTexts>({ type: 'card-texts' })
        .catch(() => null));
    // The user's own terms explain themselves: their cards are made here.
    const cardTexts = async (): Promise<CardTexts | null> => {
      const loaded = await glossaryTexts();
      return loaded
        ? withOwnTermCards(withTeamTermCards(loaded, currentTeamTerms), ownTerms)
        : null;
    };

    const sendToBackground = (message: ToBackground) => {
      browser.runtime.sendMessage(message).catch(() => undefined);
    };

    const hits = createHitTester(document);
    const card = createHoverCard(document, {
      openTip: (tip) => sendToBackground({ type: 'open-tip', tip }),
      // Written by the background, under the extension's own lock (see utils/messages.ts).
      hideTerm: (id) => sendToBackground({ type: 'hide-term', id }),
    });

    let session: HighlightSession | null = null;
    let lastBadge: number | null | undefined;
    const updateBadge = () => {
      if (!isTopFrame) return;
      const count =
        settings.showBadge && session
          ? new Set(session.highlighter.shown.map((f) => f.id)).size
          : null;
      if (count === lastBadge) return;
      lastBadge = count;
      sendToBackground({ type: 'badge', count });
    };
    // The side panel's *This page* follows the tab: it is told when the found terms change
    // (a first scan that ends after the page loaded, text added later), and asks again.
    let lastFound = 'off';
    const tellViews = () => {
      if (!isTopFrame) return;
      // Counts only, cheap on a long page: what the panel lists changes with one of them.
      const found = session
        ? `${session.highlighter.shown.length}|${session.highlighter.heldBack}`
        : 'off';
      if (found === lastFound) return;
      lastFound = found;
      const changed: PageTermsChanged = { type: 'page-terms-changed' };
      browser.runtime.sendMessage(changed).catch(() => undefined);
    };
    const termsFor = (s: HighlightSettings, languages: TextLanguages): ScanTerms => ({
      matchers: createMatcherSet(
        glossary.forms,
        ownTerms,
        s.hiddenTerms,
        currentTeamTerms,
        glossary.careWords,
      ),
      pageLanguages: languages,
    });
    const everydayMode = () => (everydayHere ? 'everywhere' : settings.everydayWords);

    const start = async () => {
      pageLanguages ??= await (languagesRead ?? detectPageLanguages(document));
      languagesRead = null;
      if (session || !isOn(settings)) return;
      // The card's texts are asked for while the page is read (the top frame's at once; a
      // frame's once it has a term), so that even the first card shows within 200 ms of the
      // pointer resting on a term (tests/bench/card-latency.mjs).
      if (isTopFrame) void cardTexts();
      session = startHighlightSession(document, {
        isOwnUi: card.owns,
        terms: termsFor(settings, pageLanguages),
        everydayMode: everydayMode(),
        settings,
        card,
        hits,
        cardTexts,
        onChange: (h) => {
          updateBadge();
          tellViews();
          if (h.shown.length > 0) void cardTexts(); // ready before the first hover
        },
      });
    };
    const stop = () => {
      session?.stop();
      session = null;
      updateBadge();
      tellViews();
    };

    const apply = (next: HighlightSettings) => {
      const previous = settings;
      settings = next;
      if (!isOn(next)) return stop();
      if (!session) return void start();
      if (previous.hiddenTerms.join('\n') !== next.hiddenTerms.join('\n')) {
        card.hide();
        session.highlighter.setTerms(termsFor(next, pageLanguages ?? []));
      }
      session.highlighter.setEverydayMode(everydayMode());
      session.highlighter.setStyle(next);
      updateBadge();
    };

    const pageTerms = (): PageTermsReply => ({
      on: session !== null,
      paused: settings.paused,
      siteDisabled: settings.disabledSites.includes(siteKey(location.hostname)),
      siteDisabledByOrganisation: offByOrganisation(),
      hostname: siteKey(location.hostname),
      terms: countTerms((session?.highlighter.shown ?? []).map((f) => f.id)),
      heldBack: session?.highlighter.heldBack ?? 0,
    });
    const messageParts: PageMessageParts = {
      card,
      texts: cardTexts,
      pageTerms,
      isOn: () => isHighlightingOn(settings, location.hostname),
      toggleSite: () =>
        browser.runtime.sendMessage<ToBackground, undefined>({ type: 'toggle-site' }),
      showEveryday: () => {
        everydayHere = true;
        session?.highlighter.setEverydayMode(everydayMode());
      },
      move: async (direction, onlyId) => {
        if (session) return session.navigation().move(direction, onlyId);
        const loaded = await cardTexts();
        if (loaded) card.announce(loaded.announceNone);
      },
      topOffset: 40,
    };

    // Every frame listens: the background addresses one frame (the top one for the page's
    // terms and commands, the clicked one for the context menu).
    // webextension-polyfill: a listener answers by returning a promise.
    const onRuntimeMessage = (message: unknown) =>
      isToContent(message) ? answerPageMessage(message, messageParts) : undefined;
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    browser.runtime.onMessage.addListener(onRuntimeMessage);
    const onTeamListsChanged = () => {
      currentTeamTerms = teamTerms();
      card.hide();
      if (!isOn(settings)) return stop();
      if (!session) return void start();
      session.highlighter.setTerms(termsFor(settings, pageLanguages ?? []));
    };
    const onStorageChanged = (
      changes: Record<string, { newValue?: unknown } | undefined>,
      area: string,
    ) => {
      if (area !== 'local') return;
      if (HIGHLIGHT_SETTINGS_KEY in changes)
        apply(completeSettings(changes[HIGHLIGHT_SETTINGS_KEY]?.newValue));
      if (OWN_TERMS_KEY in changes) {
        ownTerms = readOwnTerms(changes[OWN_TERMS_KEY]?.newValue);
        card.hide();
        session?.highlighter.setTerms(termsFor(settings, pageLanguages ?? []));
      }
      if (TEAM_LISTS_KEY in changes || MANAGED_COPY_KEY in changes) {
        if (TEAM_LISTS_KEY in changes) storedTeamLists = changes[TEAM_LISTS_KEY]?.newValue;
        if (MANAGED_COPY_KEY in changes) managed = readPolicy(changes[MANAGED_COPY_KEY]?.newValue);
        onTeamListsChanged();
      }
      if (!(LANGUAGE_KEY in changes)) return;
      texts = null; // another language: the card's texts are asked for again
      card.hide();
    };
    browser.storage.onChanged.addListener(onStorageChanged);
    // In-page navigation: another article, maybe in another language, and about something else.
    // Followed by reading the address once a second (as WXT's own watcher does), not by
    // WXT's 'wxt:locationchange' event on the window: a page can hear that event, and send
    // it to force scans. ctx.setInterval also ends this copy when its extension is gone.
    let lastHref = location.href;
    ctx.setInterval(() => {
      if (location.href === lastHref) return;
      lastHref = location.href;
      everydayHere = false;
      void detectPageLanguages(document).then((languages) => {
        pageLanguages = languages;
        session?.highlighter.setEverydayMode(everydayMode());
        session?.highlighter.setTerms(termsFor(settings, languages));
      });
    }, LOCATION_CHECK_MS);
    ctx.onInvalidated(() => {
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      browser.runtime.onMessage.removeListener(onRuntimeMessage);
      browser.storage.onChanged.removeListener(onStorageChanged);
      stop();
    });

    if (isOn(settings)) await start();
  },
});

/** Enough of an own term to match and explain it. */
function isMatchableTerm(value: unknown): value is OwnTerm {
  const term = value as Partial<OwnTerm> | null;
  return (
    typeof term?.id === 'string' &&
    typeof term.term === 'string' &&
    Array.isArray(term.variants) &&
    term.variants.every((variant) => typeof variant === 'string')
  );
}
