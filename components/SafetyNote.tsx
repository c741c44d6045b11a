import { CRISIS_LINE_IDS, CRISIS_LINES, CRISIS_REGIONS } from '../utils/texts/crisis-lines';
import type { CrisisLineKind, CrisisRegion } from '../utils/texts/crisis-lines';
import type { SafetyText } from '../utils/texts/types';

interface Props {
  safety: SafetyText;
  /** The heading level where it stands: 3 in About, 4 inside the self-check's read-out. */
  level: 3 | 4;
}

const linesOf = (kind: CrisisLineKind, region: CrisisRegion) =>
  CRISIS_LINE_IDS.filter(
    (id) => CRISIS_LINES[id].kind === kind && CRISIS_LINES[id].region === region,
  );

/** The lines of one kind, grouped by country; after each country's lines, its note if given. */
function Lines({
  safety,
  kind,
  notes,
}: {
  safety: SafetyText;
  kind: CrisisLineKind;
  notes?: Record<CrisisRegion, string>;
}) {
  return (
    <>
      {CRISIS_REGIONS.filter((region) => linesOf(kind, region).length > 0).map((region) => (
        <div key={region} class="safety-region">
          <p class="safety-region-name">{safety.regions[region]}</p>
          <ul class="crisis-lines">
            {linesOf(kind, region).map((id) => (
              <li key={id} data-crisis-line={id}>
                <strong class="crisis-number">
                  {CRISIS_LINES[id].numbers.join(` ${safety.or} `)}
                </strong>{' '}
                {safety.lines[id]}
              </li>
            ))}
          </ul>
          {notes && <p class="safety-region-note">{notes[region]}</p>}
        </div>
      ))}
    </>
  );
}

/**
 * When someone is in danger: stepping in is right, and where to turn. The numbers are plain
 * text (no links out), grouped by country, with a line for anywhere else. Then, under a
 * heading of its own and not under danger, the lines for when someone just needs to talk.
 */
export function SafetyNote({ safety, level }: Props) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <>
      <section class="safety" aria-labelledby={`safety-heading-${level}`}>
        <Heading id={`safety-heading-${level}`}>{safety.title}</Heading>
        <p>{safety.danger}</p>
        <p>{safety.askAboutSuicide}</p>
        <p class="safety-lines-title">
          <strong>{safety.linesTitle}</strong>
        </p>
        <Lines safety={safety} kind="danger" notes={safety.regionNotes} />
        <p class="safety-elsewhere">{safety.elsewhere}</p>
      </section>
      <section class="safety safety-talk" aria-labelledby={`talk-heading-${level}`}>
        <Heading id={`talk-heading-${level}`}>{safety.talkTitle}</Heading>
        <p>{safety.talkIntro}</p>
        <Lines safety={safety} kind="talk" />
      </section>
    </>
  );
}
