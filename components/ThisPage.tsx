import type { Content } from '../utils/content';
import type { PageTermsReply } from '../utils/messages';

interface Props {
  content: Content;
  /** undefined while asking; null when the page can't be highlighted. */
  page: PageTermsReply | null | undefined;
  onReveal: (id: string) => void;
  /** A term's name in this language (glossary or the user's own). */
  termName: (id: string) => string;
}

/** The terms found in the current tab, with their counts; choosing one goes to it. */
export function ThisPage({ content, page, onReveal, termName }: Props) {
  const { ui } = content;
  if (page === undefined) return null;
  if (page === null) return <p class="intro">{ui.thisPageUnavailable}</p>;
  if (!page.on) {
    return (
      <p class="intro">{page.paused ? ui.thisPagePaused : ui.thisPageSiteOff(page.hostname)}</p>
    );
  }
  if (page.terms.length === 0) return <p class="intro">{ui.thisPageNone}</p>;
  return (
    <>
      <p class="intro">{ui.thisPageIntro}</p>
      <ul class="page-terms">
        {page.terms.map(({ id, count }) => {
          const term = termName(id);
          return (
            <li key={id}>
              <button
                type="button"
                class="page-term"
                data-term={id}
                aria-label={ui.goToTerm(term, count)}
                onClick={() => onReveal(id)}
              >
                <span>{term}</span>
                <span class="count" aria-hidden="true">
                  {ui.termCount(count)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
