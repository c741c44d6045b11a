import { PRINCIPLE_IDS } from '../utils/content/ids';
import type { Principles } from '../utils/content/types';
import type { UiText } from '../utils/content/ui-types';

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
