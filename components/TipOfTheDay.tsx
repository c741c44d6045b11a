import type { TipId } from '../utils/texts/ids';
import type { TipText } from '../utils/texts/types';
import type { UiText } from '../utils/texts/ui-types';

interface Props {
  id: TipId;
  tip: TipText;
  ui: UiText;
  onOpen: (id: TipId) => void;
}

export function TipOfTheDay({ id, tip, ui, onOpen }: Props) {
  return (
    <section class="tip-of-the-day" aria-labelledby="tip-of-the-day-label">
      <h2 id="tip-of-the-day-label" class="eyebrow">
        {ui.tipOfTheDay}
      </h2>
      <p class="totd-title">{tip.title}</p>
      <p class="totd-essence">{tip.essence}</p>
      <button type="button" class="link-button" onClick={() => onOpen(id)}>
        {ui.openTip}
      </button>
    </section>
  );
}
