import { useEffect } from 'preact/hooks';
import { useStoredValue } from '../../components/stored-value';
import { content } from '../../utils/texts';
import { LANGS } from '../../utils/texts/ids';
import type { Lang } from '../../utils/texts/ids';
import type { Store } from '../../utils/storage/store';

interface Props {
  language: Store<Lang | null>;
  browserLang: Lang;
  onOpenSettings: () => void;
}

/** Shown once, on install: what it does, the privacy promise, pinning, language. */
export function WelcomeApp({ language, browserLang, onOpenSettings }: Props) {
  const chosen = useStoredValue(language);
  const lang = chosen ?? browserLang;
  const { ui } = content[lang];
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = ui.welcomeTitle;
  }, [lang, ui]);
  return (
    <main class="welcome">
      <header class="options-header">
        <img src="/icon/128.png" alt="" width="64" height="64" />
        <h1>{ui.welcomeTitle}</h1>
      </header>
      <p class="lead">{ui.welcomeIntro}</p>
      <section class="options-section" aria-labelledby="welcome-language">
        <h2 id="welcome-language">{ui.languageTitle}</h2>
        <div class="language-choice" role="group" aria-labelledby="welcome-language">
          {LANGS.map((option) => (
            <button
              key={option}
              type="button"
              lang={option}
              class="secondary"
              aria-pressed={lang === option}
              onClick={() => void language.update(() => option)}
            >
              {ui.languageNames[option]}
            </button>
          ))}
        </div>
      </section>
      <section class="options-section" aria-labelledby="welcome-what">
        <h2 id="welcome-what">{ui.welcomeWhatTitle}</h2>
        <ul>
          {ui.welcomeWhat.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section class="options-section" aria-labelledby="welcome-privacy">
        <h2 id="welcome-privacy">{ui.privacyTitle}</h2>
        {ui.privacyText.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
      <section class="options-section" aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{ui.welcomePinTitle}</h2>
        <p>{ui.welcomePinChrome}</p>
        <p>{ui.welcomePinFirefox}</p>
      </section>
      <p class="note">{ui.welcomeNote}</p>
      <button type="button" class="primary" onClick={onOpenSettings}>
        {ui.welcomeSettings}
      </button>
    </main>
  );
}
