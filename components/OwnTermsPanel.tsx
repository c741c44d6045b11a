import { useState } from 'preact/hooks';
import type { Content } from '../utils/texts';
import { LIMITS } from '../utils/my-data/model';
import type { OwnTerm } from '../utils/my-data/model';
import {
  addTerm,
  deleteTerm,
  editTerm,
  matchableText,
  parseVariants,
  visibleTerms,
} from '../utils/my-data/terms-ops';
import type { Store } from '../utils/storage/store';
import { useAnnounce } from './announcer';
import { focusSoon } from './focus-soon';
import { formText } from './form-text';
import { useStoredValue } from './stored-value';

interface Props {
  content: Content;
  store: Store<OwnTerm[]>;
  newId: () => string;
  now?: () => number;
}

/** The user's own highlight terms: add, edit, remove. */
export function OwnTermsPanel({ content, store, newId, now = Date.now }: Props) {
  const { ui } = content;
  const announce = useAnnounce();
  const stored = useStoredValue(store);
  const [editing, setEditing] = useState<string | null>(null);
  if (stored === undefined) return null;
  const terms = visibleTerms(stored);
  const save = (change: (terms: OwnTerm[]) => OwnTerm[], message?: string) => {
    store.update(change).then(
      () => message && announce(message),
      () => announce(ui.saveFailed, { visible: true }),
    );
  };
  const editButtonOf = (id: string) => `[data-own-term="${CSS.escape(id)}"] .edit-button`;
  const stopEditing = (id: string) => {
    setEditing(null);
    focusSoon(editButtonOf(id));
  };
  const remove = (term: OwnTerm) => {
    save((list) => deleteTerm(list, term.id, now()), ui.termDeleted);
    // Its buttons are gone: focus goes to the term after it (or before it), else the form.
    const index = terms.findIndex((t) => t.id === term.id);
    const neighbour = terms[index + 1] ?? terms[index - 1];
    focusSoon(neighbour ? editButtonOf(neighbour.id) : '.own-terms input[name="term"]');
  };

  const read = (form: HTMLFormElement) => {
    const data = new FormData(form);
    return {
      term: formText(data, 'term'),
      variants: parseVariants(formText(data, 'variants')),
      explanation: formText(data, 'explanation'),
    };
  };
  const fields = (term?: OwnTerm) => (
    <>
      <label>
        <span>{ui.termLabel}</span>
        <input name="term" required maxLength={LIMITS.term} defaultValue={term?.term} />
      </label>
      <label>
        <span>{ui.variantsLabel}</span>
        <input name="variants" defaultValue={term?.variants.join(', ')} />
      </label>
      <label>
        <span>{ui.explanationLabel}</span>
        <textarea
          name="explanation"
          rows={2}
          maxLength={LIMITS.explanation}
          required
          defaultValue={term?.explanation}
        />
      </label>
    </>
  );

  return (
    <section class="own-terms" aria-labelledby="own-terms-heading">
      <h2 id="own-terms-heading">{ui.ownTermsTitle}</h2>
      <p class="intro">{ui.ownTermsIntro}</p>
      <form
        class="tip-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const input = read(form);
          if (!input.term.trim()) return;
          if (matchableText(input.term) === '')
            return announce(ui.termNeedsLetters, { visible: true });
          if (terms.length >= LIMITS.records) return announce(ui.tooManyTerms, { visible: true });
          save((list) => addTerm(list, input, now(), newId()), ui.termAdded);
          form.reset();
        }}
      >
        {fields()}
        <button type="submit" class="primary">
          {ui.addTermButton}
        </button>
      </form>
      {terms.length === 0 ? (
        <p class="intro">{ui.ownTermsEmpty}</p>
      ) : (
        <ul class="own-term-list">
          {terms.map((term) =>
            editing === term.id ? (
              <li key={term.id} class="my-tip editing" data-own-term={term.id}>
                <form
                  class="tip-form"
                  onSubmit={(event) => {
                    event.preventDefault();
                    const input = read(event.currentTarget);
                    if (matchableText(input.term) === '')
                      return announce(ui.termNeedsLetters, { visible: true });
                    save((list) => editTerm(list, term.id, input, now()));
                    stopEditing(term.id);
                  }}
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') {
                      event.preventDefault();
                      stopEditing(term.id);
                    }
                  }}
                >
                  {fields(term)}
                  <div class="actions">
                    <button type="submit" class="primary">
                      {ui.saveTip}
                    </button>
                    <button type="button" class="secondary" onClick={() => stopEditing(term.id)}>
                      {ui.cancelEdit}
                    </button>
                  </div>
                </form>
              </li>
            ) : (
              <li key={term.id} class="my-tip" data-own-term={term.id}>
                <p class="my-tip-text">{term.term}</p>
                {term.variants.length > 0 && <p class="hint">{term.variants.join(', ')}</p>}
                <p class="my-tip-note">{term.explanation}</p>
                <div class="my-tip-actions">
                  <button
                    type="button"
                    class="secondary small edit-button"
                    aria-label={ui.editTermLabel(term.term)}
                    onClick={() => setEditing(term.id)}
                  >
                    {ui.editTip}
                  </button>
                  <button
                    type="button"
                    class="secondary small"
                    aria-label={ui.deleteTermLabel(term.term)}
                    onClick={() => remove(term)}
                  >
                    {ui.deleteTip}
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
