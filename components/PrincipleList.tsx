import { PRINCIPLE_IDS } from '../utils/texts/ids';
import type { Principles } from '../utils/texts/types';
import type { UiText } from '../utils/texts/ui-types';

export function PrincipleList({ principles, ui }: { principles: Principles; ui: UiText }) {
  return (
    <section aria-labelledby="principles-heading">
      <h2 id="principles-heading" class="visually-hidden">
        {ui.tabPrinciples}
      </h2>
      <p class="intro">{ui.principlesIntro}</p>
      <ul class="card-list">
        {PRINCIPLE_IDS.map((id) => (
          <li key={id} class="card" data-principle={id}>
            <h3>{principles[id].title}</h3>
            <p>{principles[id].body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
