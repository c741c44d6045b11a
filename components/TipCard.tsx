import type { TipId } from '../utils/texts/ids';
import type { TipExample as TipExampleText, TipText } from '../utils/texts/types';
import type { UiText } from '../utils/texts/ui-types';
import { CopyButton } from './CopyButton';
import { TipExample } from './TipExample';
import { tipAsText } from './tip-as-text';

interface Props {
  id: TipId;
  number: number;
  tip: TipText;
  ui: UiText;
  expanded: boolean;
  onToggle: (id: TipId) => void;
  kept: boolean;
  onKeep: (id: TipId) => void;
  /** An everyday example, shown below the practice cues. */
  example?: TipExampleText;
  /** A copy button on each practice cue. */
  copyCues?: boolean;
}

/** One of the eight tips: a compact card that opens in place. */
export function TipCard({
  id,
  number,
  tip,
  ui,
  expanded,
  onToggle,
  kept,
  onKeep,
  example,
  copyCues = false,
}: Props) {
  const bodyId = `tip-body-${id}`;
  return (
    <li class="tip-card" data-tip={id}>
      <div class="tip-head">
        <h3 class="tip-heading">
          <button
            type="button"
            id={`tip-toggle-${id}`}
            class="tip-toggle"
            aria-expanded={expanded}
            aria-controls={bodyId}
            onClick={() => onToggle(id)}
          >
            <span class="tip-number" aria-hidden="true">
              {number}
            </span>
            <span class="visually-hidden">{ui.tipNumber(number)}: </span>
            <span class="tip-title">{tip.title}</span>
            <svg class="chevron" aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
              <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" />
            </svg>
          </button>
        </h3>
        <CopyButton
          text={tipAsText(tip, ui)}
          label={ui.copyTipLabel(tip.title)}
          visibleText={ui.copyTip}
          copiedMessage={ui.copied}
          failedMessage={ui.copyFailed}
          doneText={ui.copiedShort}
        />
      </div>
      <div id={bodyId} class="tip-body" hidden={!expanded}>
        <p class="tip-essence">{tip.essence}</p>
        <h4>{ui.inPractice}</h4>
        <ul class="tip-cues">
          {tip.cues.map((cue, index) =>
            copyCues ? (
              <li key={cue} class="copyable-cue">
                <span>{cue}</span>
                <CopyButton
                  text={cue}
                  label={ui.copyCueLabel(index + 1, tip.title)}
                  visibleText={ui.copyTip}
                  copiedMessage={ui.copied}
                  failedMessage={ui.copyFailed}
                  doneText={ui.copiedShort}
                />
              </li>
            ) : (
              <li key={cue}>{cue}</li>
            ),
          )}
        </ul>
        {tip.whenInDanger && <p class="safety-before tip-danger">{tip.whenInDanger}</p>}
        {example && <TipExample example={example} ui={ui} />}
        <h4>{ui.watchOut}</h4>
        <p class="tip-watch-out">{tip.watchOut}</p>
        <h4>{ui.reflect}</h4>
        <p class="tip-question">{tip.question}</p>
        <button
          type="button"
          class="secondary small keep-button"
          aria-label={kept ? undefined : ui.keepTipLabel(tip.title)}
          disabled={kept}
          onClick={() => onKeep(id)}
        >
          {kept ? `✓ ${ui.keptTip}` : ui.keepTip}
        </button>
      </div>
    </li>
  );
}
