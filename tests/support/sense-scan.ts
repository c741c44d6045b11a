/**
 * The content script's scan and sense decision run on a page's HTML in Node (happy-dom), for
 * the sense benchmark (tests/bench/care-senses) and the fixtures' unit test: every glossary
 * form found, with its sentence, shown or held back and why. The same code as in the
 * browser (highlighting/scan.ts, utils/highlight/care-context.ts), default settings;
 * the page's language is its declared one (the browser's detector is not here).
 */
import { Window } from 'happy-dom';
import { scanRoot } from '../../highlighting/scan';
import type { Found } from '../../highlighting/scan';
import { visibleTerms } from '../../utils/highlight/care-context';
import type { PlacedSignals, Reason } from '../../utils/highlight/care-context';
import { createMatcherSet } from '../../utils/highlight/matcher-set';
import { isSignal, sentenceAround, titleSignals } from '../../utils/highlight/senses';
import { pageLanguages } from '../../utils/highlight/text-language';
import { pageGlossary } from '../../utils/texts/glossary-terms';

export interface ScannedForm {
  id: string;
  /** The text found, lower case, white space as single spaces. */
  form: string;
  everyday: boolean;
  /** Its sentence, white space as single spaces. */
  sentence: string;
  shown: boolean;
  why: Reason | 'unambiguous';
  /** The page's languages, joined ("en", "nl", "en+nl"). */
  lang: string;
}

// happy-dom has no StaticRange: the scan only stores its ends.
class StaticRangeLike {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}
(globalThis as { StaticRange?: unknown }).StaticRange ??= StaticRangeLike;

// A saved page's stylesheets, frames and scripts are neither loaded nor run.
const parser = new Window({
  settings: {
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
  },
});
const matchers = createMatcherSet(pageGlossary.forms, [], [], [], pageGlossary.careWords);

/** Every glossary form on the page, in document order, shown or held back, and why. */
export async function senseScan(html: string): Promise<ScannedForm[]> {
  const doc = new parser.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const languages = pageLanguages(doc.documentElement.getAttribute('lang'), null);
  const listed: Omit<ScannedForm, 'shown' | 'why'>[] = [];
  const { found, signals } = await scanRoot(
    doc.body,
    { matchers, pageLanguages: languages },
    () => false,
    (_block, text, matches) => {
      for (const match of matches) {
        if (isSignal(match.id)) continue;
        const [from, to] = sentenceAround(text, match.start, match.end);
        listed.push({
          id: match.id,
          everyday: match.everyday,
          lang: languages.join('+'),
          form: text.slice(match.start, match.end).toLowerCase().replace(/\s+/g, ' '),
          sentence: text.slice(from, to).replace(/\s+/g, ' ').trim(),
        });
      }
    },
  );
  const title = doc.title;
  const read = titleSignals(
    title,
    matchers.forLanguages(languages).find(title),
    matchers.judgeFor(languages),
  );
  const placed: PlacedSignals<Element | null, Element>[] = [
    ...(read ? [{ ...read, block: null, section: null }] : []),
    ...signals,
  ];
  const why = new Map<Found, Reason>();
  const { shown } = visibleTerms<Found, Element | null, Element>(
    found,
    (item) => item,
    placed,
    'care-pages',
    (item, reason) => why.set(item, reason),
  );
  const shownSet = new Set(shown);
  return listed.map((item, i) => ({
    ...item,
    shown: shownSet.has(found[i]!),
    why: why.get(found[i]!) ?? 'unambiguous',
  }));
}
