import type { AboutText, SafetyText } from '../utils/texts/types';
import type { UiText } from '../utils/texts/ui-types';
import { SafetyNote } from './SafetyNote';

export function About({ about, ui, safety }: { about: AboutText; ui: UiText; safety: SafetyText }) {
  return (
    <section class="about" aria-labelledby="about-heading">
      <h2 id="about-heading">{ui.aboutTitle}</h2>
      {about.intro.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h3>{ui.originTitle}</h3>
      {about.origin.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <SafetyNote safety={safety} level={3} />
      <h3>{ui.creditsTitle}</h3>
      <ul class="credits">
        {about.credits.map((credit) => (
          <li key={credit.title}>
            {credit.url ? (
              <a href={credit.url} target="_blank" rel="noopener noreferrer">
                <cite>{credit.title}</cite>
                <span class="visually-hidden"> {ui.opensInNewTab}</span>
              </a>
            ) : (
              <cite>{credit.title}</cite>
            )}
            <span class="credit-detail">{credit.detail}</span>
          </li>
        ))}
      </ul>
      <p class="note">{about.disclaimer}</p>
    </section>
  );
}
