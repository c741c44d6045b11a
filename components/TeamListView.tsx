import type { ComponentChildren } from 'preact';
import type { Content } from '../utils/texts';
import { fillTemplate } from '../utils/texts/card-texts';
import type { ShownTeamList } from '../utils/my-data/team-lists';
import type { TeamTip } from '../utils/my-data/team-list-format';

interface Props {
  content: Content;
  shown: ShownTeamList;
  /** Copies one of its tips into My tips (to change it there). */
  onCopyTip: (tip: TeamTip) => void;
  /** The list's controls (switch, remove), where the view offers them. */
  children?: ComponentChildren;
  /** Heading level of the list's name (the options page nests it one deeper). */
  level?: 3 | 4;
}

/** One team list, read-only: its name and source, its tips (each can be copied) and terms. */
export function TeamListView({ content, shown, onCopyTip, children, level = 3 }: Props) {
  const t = content.teamLists;
  const { list } = shown;
  const Heading = level === 3 ? 'h3' : 'h4';
  const headingId = `team-list-${list.id}`;
  const date = list.date.slice(0, 10);
  return (
    <article class="team-list" aria-labelledby={headingId} data-team-list={list.id}>
      <Heading id={headingId}>{list.name}</Heading>
      <p class="hint">
        {shown.managed
          ? t.setByOrganisation
          : fillTemplate(t.fromList, { name: list.name, version: list.version })}
        {' · '}
        {t.meta(list.publisher, date, list.tips.length, list.terms.length)}
      </p>
      {children}
      {list.tips.length > 0 && (
        <details class="team-list-part">
          <summary>{t.tipsHeading(list.tips.length)}</summary>
          <ul class="card-list">
            {list.tips.map((tip) => (
              <li key={tip.id} class="card" data-team-tip={tip.id}>
                <p class="team-tip-title">{tip.title}</p>
                {tip.note && <p>{tip.note}</p>}
                {tip.tags.length > 0 && (
                  <p class="hint">{tip.tags.map((tag) => `#${tag}`).join(' ')}</p>
                )}
                <button
                  type="button"
                  class="secondary small"
                  aria-label={`${t.copyToMyTips}: ${tip.title}`}
                  onClick={() => onCopyTip(tip)}
                >
                  {t.copyToMyTips}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {list.terms.length > 0 && (
        <details class="team-list-part">
          <summary>{t.termsHeading(list.terms.length)}</summary>
          <dl class="team-terms">
            {list.terms.map((term) => (
              <div key={term.id} data-team-term={term.id}>
                <dt lang={term.language}>{term.term}</dt>
                <dd lang={term.language}>{term.explanation}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </article>
  );
}
