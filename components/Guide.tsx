import type { GuideText } from '../utils/texts/types';

interface Props<Id extends string> {
  guide: GuideText<Id>;
  /** The parts in the order shown (the guide's ids). */
  ids: readonly Id[];
  /** Prefix of the section's and its parts' element ids, e.g. "self-care". */
  idPrefix: string;
}

/**
 * A short guide of a few parts: "Holding space for yourself" (its own section) and "When
 * choice is limited" (below the principles).
 */
export function Guide<Id extends string>({ guide, ids, idPrefix }: Props<Id>) {
  const headingId = `${idPrefix}-heading`;
  return (
    <section class="guide" id={idPrefix} aria-labelledby={headingId}>
      <h2 id={headingId}>{guide.title}</h2>
      <p class="intro">{guide.intro}</p>
      <ul class="card-list">
        {ids.map((id) => {
          const part = guide.parts[id];
          return (
            <li key={id} class="card" data-guide-part={id}>
              <h3 id={`${idPrefix}-${id}`}>{part.title}</h3>
              {part.intro && <p>{part.intro}</p>}
              <ul class="guide-points">
                {part.points.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
      <p class="credit-line">{guide.source}</p>
    </section>
  );
}
