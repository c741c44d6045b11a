import { LANGS } from '../utils/texts/ids';
import type { Lang } from '../utils/texts/ids';
import type { UiText } from '../utils/texts/ui-types';

interface Props {
  lang: Lang;
  ui: UiText;
  onChange: (lang: Lang) => void;
}

/** Two toggle buttons, EN and NL; the pressed one is the language shown. */
export function LanguageSwitch({ lang, ui, onChange }: Props) {
  return (
    <div class="language-switch" role="group" aria-label={ui.languageSwitchLabel}>
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          title={ui.languageNames[option]}
          aria-pressed={option === lang}
          data-lang={option}
          onClick={() => onChange(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
