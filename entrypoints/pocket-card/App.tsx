import { useEffect } from 'preact/hooks';
import { useStoredValue } from '../../components/stored-value';
import type { Store } from '../../components/stored-value';
import { content } from '../../utils/texts';
import { SELF_CHECK_IDS, TIP_IDS } from '../../utils/texts/ids';
import type { Lang } from '../../utils/texts/ids';

interface Props {
  language: Store<Lang | null>;
  browserLang: Lang;
  /** The language read before the first render (the stored choice, else the browser's). */
  initialLang: Lang;
  onPrint: () => void;
}

/** A web address as printed: without its scheme and a trailing slash. */
const printedAddress = (url: string) => url.replace(/^https:\/\//, '').replace(/\/$/, '');

/**
 * The pocket card: the eight tips (title and essence) on one half of a landscape A4 sheet,
 * the self-check's questions (with its line on danger first, as in the self-check) and the
 * credits on the other, so it folds to A5. On screen,
 * a short how-to and a print button come first; they are not printed.
 */
export function PocketCardApp({ language, browserLang, initialLang, onPrint }: Props) {
  const stored = useStoredValue(language);
  const lang = stored === undefined ? initialLang : (stored ?? browserLang);
  const c = content[lang];
  const { ui } = c;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = ui.pocketCardTitle;
  }, [lang, ui]);
  return (
    <main class="pocket-card">
      <div class="pocket-toolbar">
        <p>{ui.pocketCardIntro}</p>
        <button type="button" class="primary" onClick={onPrint}>
          {ui.pocketCardPrint}
        </button>
      </div>
      <div class="sheet">
        <section class="half" aria-labelledby="pocket-tips">
          <header class="sheet-head">
            <h1>{ui.appName}</h1>
            <p class="tagline">{ui.tagline}</p>
          </header>
          <h2 id="pocket-tips">{ui.pocketCardTips}</h2>
          <ol class="pocket-tips">
            {TIP_IDS.map((id) => (
              <li key={id} data-tip={id}>
                <h3>{c.tips[id].title}</h3>
                <p>{c.tips[id].essence}</p>
              </li>
            ))}
          </ol>
          <p class="pocket-small">{ui.tipsCredit}</p>
        </section>
        <section class="half" aria-labelledby="pocket-questions">
          <h2 id="pocket-questions">{ui.selfCheckTitle}</h2>
          <p class="pocket-safety">{c.safety.beforeCheck}</p>
          <p>{ui.pocketCardQuestionsIntro}</p>
          <ol class="pocket-questions">
            {SELF_CHECK_IDS.map((id) => (
              <li key={id} data-question={id}>
                {c.selfCheck[id].question}
              </li>
            ))}
          </ol>
          <h2 id="pocket-credits">{ui.creditsTitle}</h2>
          <ul class="pocket-credits" aria-labelledby="pocket-credits">
            {c.about.credits.map((credit) => (
              <li key={credit.title}>
                <cite>{credit.title}</cite> {credit.detail}
                {credit.url && (
                  <>
                    {' '}
                    <a href={credit.url} target="_blank" rel="noopener noreferrer">
                      {printedAddress(credit.url)}
                      <span class="visually-hidden"> {ui.opensInNewTab}</span>
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
          <p class="pocket-small">{c.about.disclaimer}</p>
        </section>
      </div>
    </main>
  );
}
