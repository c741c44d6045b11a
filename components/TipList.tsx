import { TIP_IDS } from '../utils/texts/ids';
import type { TipId } from '../utils/texts/ids';
import type { TipExamples, Tips } from '../utils/texts/types';
import type { UiText } from '../utils/texts/ui-types';
import { TipCard } from './TipCard';

interface Props {
  tips: Tips;
  ui: UiText;
  expanded: ReadonlySet<TipId>;
  onToggle: (id: TipId) => void;
  kept: ReadonlySet<TipId>;
  onKeep: (id: TipId) => void;
  /** One everyday example per tip, shown when the tip is opened. */
  examples?: TipExamples;
  /** A copy button on each practice cue (the side panel, where the user writes beside it). */
  copyCues?: boolean;
}

/** The eight tips in Plett's order, credited to her. */
export function TipList({ tips, ui, expanded, onToggle, kept, onKeep, examples, copyCues }: Props) {
  return (
    <section aria-labelledby="tips-heading">
      <h2 id="tips-heading" class="visually-hidden">
        {ui.tabTips}
      </h2>
      <p class="intro">{ui.tipsIntro}</p>
      <ol class="tip-list">
        {TIP_IDS.map((id, index) => (
          <TipCard
            key={id}
            id={id}
            number={index + 1}
            tip={tips[id]}
            ui={ui}
            expanded={expanded.has(id)}
            onToggle={onToggle}
            kept={kept.has(id)}
            onKeep={onKeep}
            example={examples?.[id]}
            copyCues={copyCues}
          />
        ))}
      </ol>
      <p class="credit-line">{ui.tipsCredit}</p>
    </section>
  );
}
