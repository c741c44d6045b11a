import type { Content } from '../utils/texts';
import { glossaryLinks } from '../utils/texts/glossary-links';
import type { TipId } from '../utils/texts/ids';
import type { SearchHit } from '../utils/search/search';
import { fillTemplate } from '../utils/texts/card-texts';
import type { ShownTeamList } from '../utils/my-data/team-lists';
import type { TeamTerm, TeamTip } from '../utils/my-data/team-list-format';
import type { GuidePart } from '../utils/texts/types';

interface Props {
  content: Content;
  query: string;
  hits: SearchHit[];
  onOpenTip: (id: TipId) => void;
  /** The user's own tips that were searched, by id. */
  myTips: ReadonlyMap<string, { text: string; note: string; builtIn?: TipId }>;
  onOpenMyTip: (id: string) => void;
  /** The team lists in use that were searched (with their tips and terms). */
  teamLists?: readonly ShownTeamList[];
  onCopyTeamTip?: (tip: TeamTip) => void;
}

/** Search results grouped by kind; a tip opens in full in the tips list. */
export function SearchResults({
  content,
  query,
  hits,
  onOpenTip,
  myTips,
  onOpenMyTip,
  teamLists = [],
  onCopyTeamTip,
}: Props) {
  const { ui } = content;
  const mine = hits.filter((hit) => hit.kind === 'mytip');
  const listOf = (id: string) => teamLists.find((shown) => shown.list.id === id);
  const fromLabel = (shown: ShownTeamList) =>
    shown.managed
      ? content.teamLists.setByOrganisation
      : fillTemplate(content.teamLists.fromList, {
          name: shown.list.name,
          version: shown.list.version,
        });
  type TeamResult =
    | { key: string; shown: ShownTeamList; tip: TeamTip; term: null }
    | { key: string; shown: ShownTeamList; tip: null; term: TeamTerm };
  const team = hits.flatMap((hit): TeamResult[] => {
    if (hit.kind !== 'teamtip' && hit.kind !== 'teamterm') return [];
    const shown = listOf(hit.list);
    if (!shown) return [];
    if (hit.kind === 'teamtip') {
      const tip = shown.list.tips.find((item) => item.id === hit.id);
      return tip ? [{ key: `tip:${hit.list}:${hit.id}`, shown, tip, term: null }] : [];
    }
    const term = shown.list.terms.find((item) => item.id === hit.id);
    return term ? [{ key: `term:${hit.list}:${hit.id}`, shown, tip: null, term }] : [];
  });
  const tips = hits.filter((hit) => hit.kind === 'tip');
  const principles = hits.filter((hit) => hit.kind === 'principle');
  const terms = hits.filter((hit) => hit.kind === 'glossary');
  const limitedChoice = hits.filter((hit) => hit.kind === 'limited-choice');
  const selfCare = hits.filter((hit) => hit.kind === 'self-care');
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading" class="results-heading">
        {hits.length === 0 ? ui.noResults(query) : ui.resultsHeading(hits.length, query)}
      </h2>
      {mine.length > 0 && (
        <>
          <h3>{ui.resultsMyTips}</h3>
          <ul class="card-list">
            {mine.map(({ id }) => {
              const tip = myTips.get(id);
              if (!tip) return null;
              const title = tip.builtIn ? content.tips[tip.builtIn].title : tip.text;
              return (
                <li key={id} class="card" data-result-mytip={id}>
                  <button
                    type="button"
                    class="result-title link-button"
                    onClick={() => onOpenMyTip(id)}
                  >
                    {title}
                  </button>
                  {tip.note && <p>{tip.note}</p>}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {team.length > 0 && (
        <>
          <h3>{content.teamLists.title}</h3>
          <ul class="card-list">
            {team.map(({ key, shown, tip, term }) => (
              <li key={key} class="card" data-result-team={key}>
                {tip ? (
                  <>
                    <h4>{tip.title}</h4>
                    {tip.note && <p>{tip.note}</p>}
                  </>
                ) : (
                  <>
                    <h4 lang={term.language}>{term.term}</h4>
                    <p lang={term.language}>{term.explanation}</p>
                  </>
                )}
                <p class="hint">
                  {shown.list.name} · {fromLabel(shown)}
                </p>
                {tip && onCopyTeamTip && (
                  <button
                    type="button"
                    class="secondary small"
                    aria-label={`${content.teamLists.copyToMyTips}: ${tip.title}`}
                    onClick={() => onCopyTeamTip(tip)}
                  >
                    {content.teamLists.copyToMyTips}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {tips.length > 0 && (
        <>
          <h3>{ui.resultsTips}</h3>
          <ul class="card-list">
            {tips.map(({ id }) => (
              <li key={id} class="card" data-result-tip={id}>
                <button
                  type="button"
                  class="result-title link-button"
                  onClick={() => onOpenTip(id)}
                >
                  {content.tips[id].title}
                </button>
                <p>{content.tips[id].essence}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {principles.length > 0 && (
        <>
          <h3>{ui.resultsPrinciples}</h3>
          <ul class="card-list">
            {principles.map(({ id }) => (
              <li key={id} class="card" data-result-principle={id}>
                <h4>{content.principles[id].title}</h4>
                <p>{content.principles[id].body}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      <GuideResults
        title={content.limitedChoice.title}
        parts={limitedChoice.map(({ id }) => [id, content.limitedChoice.parts[id]] as const)}
        kind="limited-choice"
      />
      <GuideResults
        title={content.selfCare.title}
        parts={selfCare.map(({ id }) => [id, content.selfCare.parts[id]] as const)}
        kind="self-care"
      />
      {terms.length > 0 && (
        <>
          <h3>{ui.resultsGlossary}</h3>
          <ul class="card-list">
            {terms.map(({ id }) => {
              const entry = content.glossary[id];
              const links = glossaryLinks[id];
              return (
                <li key={id} class="card" data-result-term={id}>
                  <h4>{entry.term}</h4>
                  <p>{entry.explanation}</p>
                  {links.source && (
                    <p class="hint">
                      {ui.glossarySource}: {links.source}
                    </p>
                  )}
                  {links.tips.length > 0 && (
                    <p class="related">
                      <span>{ui.relatedTips}: </span>
                      {links.tips.map((tip, i) => (
                        <>
                          {i > 0 && ', '}
                          <button type="button" class="link-button" onClick={() => onOpenTip(tip)}>
                            {content.tips[tip].title}
                          </button>
                        </>
                      ))}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** The parts of a guide that were found, each in full (a few short points). */
function GuideResults({
  title,
  parts,
  kind,
}: {
  title: string;
  parts: readonly (readonly [string, GuidePart])[];
  kind: string;
}) {
  if (parts.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul class="card-list">
        {parts.map(([id, part]) => (
          <li key={id} class="card" data-result-guide={`${kind}-${id}`}>
            <h4>{part.title}</h4>
            {part.intro && <p>{part.intro}</p>}
            <ul class="guide-points">
              {part.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
