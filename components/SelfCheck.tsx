import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Content } from '../utils/texts';
import { SELF_CHECK_IDS } from '../utils/texts/ids';
import type { SelfCheckId, TipId } from '../utils/texts/ids';
import { readSelfCheck } from '../utils/texts/self-check-readout';
import type { Answer, Answers } from '../utils/texts/self-check-readout';
import { selfCheckRules } from '../utils/texts/self-check-rules';
import { SafetyNote } from './SafetyNote';

interface Props {
  content: Content;
  answers: Answers;
  onAnswer: (id: SelfCheckId, answer: Answer) => void;
  showReadout: boolean;
  onShowReadout: () => void;
  onReset: () => void;
  onOpenTip: (id: TipId) => void;
}

const ANSWERS: Answer[] = ['yes', 'no', 'unsure'];

/**
 * "Rescue, or a helping hand?": questions answered yes / no / not sure, then a kind
 * read-out that points to the tips that fit. Native radio groups, so the keyboard works
 * as everywhere else (Tab between questions, arrow keys between answers).
 */
export function SelfCheck(props: Props) {
  const { content, answers, onAnswer, showReadout, onShowReadout, onReset, onOpenTip } = props;
  const { ui, selfCheck, safety } = content;
  const labels: Record<Answer, string> = {
    yes: ui.answerYes,
    no: ui.answerNo,
    unsure: ui.answerUnsure,
  };
  return (
    <section aria-labelledby="self-check-heading">
      <h2 id="self-check-heading">{ui.selfCheckTitle}</h2>
      <p class="intro">{ui.selfCheckIntro}</p>
      <p class="safety-before">{safety.beforeCheck}</p>
      <ol class="questions">
        {SELF_CHECK_IDS.map((id) => {
          const text = selfCheck[id];
          return (
            <li key={id}>
              <fieldset class="question" data-question={id}>
                <legend>{text.question}</legend>
                {text.hint && <p class="hint">{text.hint}</p>}
                <div class="answers">
                  {ANSWERS.map((answer) => (
                    <label key={answer} class="answer">
                      <input
                        type="radio"
                        name={`self-check-${id}`}
                        value={answer}
                        checked={answers[id] === answer}
                        onChange={() => onAnswer(id, answer)}
                      />
                      <span>{labels[answer]}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div class="actions">
        <button type="button" class="primary" onClick={onShowReadout}>
          {ui.showReadout}
        </button>
        <button type="button" class="secondary" onClick={onReset}>
          {ui.startAgain}
        </button>
      </div>
      {showReadout && (
        <SelfCheckReadout content={content} answers={answers} onOpenTip={onOpenTip} />
      )}
    </section>
  );
}

function SelfCheckReadout({
  content,
  answers,
  onOpenTip,
}: {
  content: Content;
  answers: Answers;
  onOpenTip: (id: TipId) => void;
}) {
  const { ui, selfCheck, tips, principles, safety } = content;
  const readout = readSelfCheck(answers, selfCheckRules);
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the read-out so keyboard and screen-reader users land on it.
  useLayoutEffect(() => heading.current?.focus(), []);
  const nothingAnswered = readout.skipped === SELF_CHECK_IDS.length;
  return (
    <section class="readout" aria-labelledby="readout-heading">
      <h3 id="readout-heading" tabIndex={-1} ref={heading}>
        {ui.readoutTitle}
      </h3>
      {nothingAnswered ? (
        <p>{ui.readoutNoAnswers}</p>
      ) : readout.allClear ? (
        <>
          <p>{ui.readoutAllClear}</p>
          {readout.alone.length > 0 && (
            <ul class="readout-notes">
              {readout.alone.map((id) => (
                <li key={id}>{selfCheck[id].ifAlone}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <>
          <p>{ui.readoutIntro}</p>
          <ul class="readout-notes">
            {readout.concerns.map((id) => (
              <li key={id}>{selfCheck[id].ifConcern}</li>
            ))}
            {readout.unsure.map((id) => (
              <li key={id}>{selfCheck[id].ifUnsure}</li>
            ))}
            {readout.alone.map((id) => (
              <li key={id}>{selfCheck[id].ifAlone}</li>
            ))}
          </ul>
        </>
      )}
      {!nothingAnswered && readout.skipped > 0 && (
        <p class="hint">{ui.readoutSkipped(readout.skipped)}</p>
      )}
      {readout.tips.length > 0 && (
        <>
          <h4>{ui.readoutTipsHeading}</h4>
          <ul class="readout-tips">
            {readout.tips.map((id) => (
              <li key={id}>
                <button type="button" class="link-button" onClick={() => onOpenTip(id)}>
                  {tips[id].title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {readout.principles.length > 0 && (
        <>
          <h4>{ui.readoutPrinciplesHeading}</h4>
          <ul class="readout-principles">
            {readout.principles.map((id) => (
              <li key={id}>
                <strong>{principles[id].title}.</strong> {principles[id].body}
              </li>
            ))}
          </ul>
        </>
      )}
      <SafetyNote safety={safety} level={4} />
    </section>
  );
}
