import type { TipExample as TipExampleText } from '../utils/texts/types';
import type { UiText } from '../utils/texts/ui-types';

/** The everyday example in an opened tip, with its "instead of … try …" phrasing. */
export function TipExample({ example, ui }: { example: TipExampleText; ui: UiText }) {
  return (
    <>
      <h4>{ui.exampleHeading}</h4>
      <div class="tip-example">
        <p class="tip-example-setting">{example.setting}</p>
        <p class="tip-example-story">{example.story}</p>
        {example.phrasing && (
          <dl class="tip-phrasing">
            <div>
              <dt>{ui.insteadOf}</dt>
              <dd>{example.phrasing.insteadOf}</dd>
            </div>
            <div>
              <dt>{ui.tryThis}</dt>
              <dd>{example.phrasing.tryThis}</dd>
            </div>
          </dl>
        )}
      </div>
    </>
  );
}
