import { CRISIS_LINE_IDS, CRISIS_LINES, CRISIS_REGIONS } from '../utils/texts/crisis-lines';
import type { SafetyText } from '../utils/texts/types';

interface Props {
  safety: SafetyText;
  /** The heading level where it stands: 3 in About, 4 inside the self-check's read-out. */
  level: 3 | 4;
}

/**
 * When someone is in danger: stepping in is right, and where to turn. The numbers are plain
 * text (no links out), grouped by country, with a line for anywhere else.
 */
export function SafetyNote({ safety, level }: Props) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section class="safety" aria-labelledby={`safety-heading-${level}`}>
      <Heading id={`safety-heading-${level}`}>{safety.title}</Heading>
      <p>{safety.danger}</p>
      <p class="safety-lines-title">
        <strong>{safety.linesTitle}</strong>
      </p>
      {CRISIS_REGIONS.map((region) => (
        <div key={region} class="safety-region">
          <p class="safety-region-name">{safety.regions[region]}</p>
          <ul class="crisis-lines">
            {CRISIS_LINE_IDS.filter((id) => CRISIS_LINES[id].region === region).map((id) => (
              <li key={id} data-crisis-line={id}>
                <strong class="crisis-number">
                  {CRISIS_LINES[id].numbers.join(` ${safety.or} `)}
                </strong>{' '}
                {safety.lines[id]}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p class="safety-elsewhere">{safety.elsewhere}</p>
    </section>
  );
}
