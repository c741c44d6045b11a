import type { Content } from '../utils/texts';
import type { PageTermsReply } from '../utils/messages';

interface Props {
  content: Content;
  /** undefined while asking; null when the page can't be highlighted. */
  page: PageTermsReply | null | undefined;
  onReveal: (id: string) => void;
  /** Shows the everyday words held back on this page. */
  onShowEveryday: () => void;
  /** A term's name in this language (glossary or the user's own). */
  termName: (id: string) => string;
}

/** The terms found in the current tab, with their counts; choosing one goes to it. */
export function ThisPage({ content, page, onReveal, onShowEveryday, termName }: Props) {
  const { ui } = content;
  if (page === undefined) return null;
  if (page === null) return <p class="intro">{ui.thisPageUnavailable}</p>;
  if (!page.on) {
    return (
      <p class="intro">
        {page.paused
          ? ui.thisPagePaused
          : page.siteDisabledByOrganisation
            ? content.teamLists.thisPageOffByOrganisation(page.hostname)
            : ui.thisPageSiteOff(page.hostname)}
      </p>
    );
  }
  const heldBack = page.heldBack > 0 && (
    <p class="held-back">
      <span>{ui.thisPageHeldBack(page.heldBack)}</span>{' '}
      <button type="button" class="link-button" onClick={onShowEveryday}>
        {ui.showEverydayHere}
      </button>
    </p>
  );
  if (page.terms.length === 0) {
    return (
      <>
        <p class="intro">{ui.thisPageNone}</p>
        {heldBack}
      </>
    );
  }
  return (
    <>
      <p class="intro">{ui.thisPageIntro}</p>
      {heldBack}
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
