import type { TipText } from '../utils/texts/types';
import type { UiText } from '../utils/texts/ui-types';

/** A tip as plain text, for the clipboard: readable when pasted into notes or a chat. */
export function tipAsText(tip: TipText, ui: UiText): string {
  return [
    tip.title,
    tip.essence,
    ...(tip.whenInDanger ? [tip.whenInDanger] : []),
    '',
    `${ui.inPractice}:`,
    ...tip.cues.map((cue) => `- ${cue}`),
    '',
    `${ui.watchOut}: ${tip.watchOut}`,
    `${ui.reflect}: ${tip.question}`,
    '',
    `(${ui.tipsCredit})`,
  ].join('\n');
}
