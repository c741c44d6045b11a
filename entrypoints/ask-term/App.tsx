import { useEffect, useRef, useState } from 'preact/hooks';
import { formText } from '../../components/form-text';
import type { Content } from '../../utils/texts';
import { LIMITS } from '../../utils/my-data/model';

interface Props {
  content: Content;
  /** The selected text, as the first guess of the term. */
  term: string;
  onSave: (term: string, explanation: string) => Promise<void>;
  onCancel: () => void;
}

/** The small form: the term (editable), a short explanation, save or cancel (Escape). */
export function AskTermApp({ content, term, onSave, onCancel }: Props) {
  const { ui } = content;
  const explanation = useRef<HTMLTextAreaElement>(null);
  const [saving, setSaving] = useState(false);
  // The user asked for this form: the explanation field has the focus at once.
  useEffect(() => explanation.current?.focus(), []);

  return (
    <form
      class="tip-form ask-term"
      aria-labelledby="ask-term-title"
      // On key up, not down: closing moves the focus back to the page, and the page should
      // not receive even the release of the key.
      onKeyUp={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const name = formText(data, 'term').trim();
        const text = formText(data, 'explanation').trim();
        if (!name || !text || saving) return;
        setSaving(true);
        void onSave(name, text).finally(() => setSaving(false));
      }}
    >
      <h1 id="ask-term-title">{ui.askTermTitle}</h1>
      <p class="hint">{ui.askTermIntro}</p>
      <label>
        <span>{ui.termLabel}</span>
        <input name="term" defaultValue={term} required maxLength={LIMITS.term} />
      </label>
      <label>
        <span>{ui.explanationLabel}</span>
        <textarea
          ref={explanation}
          name="explanation"
          class="ask-explanation"
          rows={3}
          required
          maxLength={LIMITS.explanation}
        />
      </label>
      <div class="actions">
        <button type="submit" class="primary save" disabled={saving}>
          {ui.saveTip}
        </button>
        <button type="button" class="secondary cancel" onClick={onCancel}>
          {ui.cancelEdit}
        </button>
      </div>
    </form>
  );
}
