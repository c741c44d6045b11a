import { useState } from 'preact/hooks';
import type { Content } from '../utils/texts';
import { focusSoon } from './focus-soon';
import { formText } from './form-text';
import { LIMITS } from '../utils/my-data/model';
import type { MyTip } from '../utils/my-data/model';
import { parseTags } from '../utils/my-data/tips-ops';

interface Props {
  tip: MyTip;
  content: Content;
  position: number;
  total: number;
  onSave: (id: string, patch: { text: string; note: string; tags: string[] }) => void;
  onDelete: (tip: MyTip) => void;
  onMove: (id: string, toIndex: number) => void;
  /** Drag and drop (mouse); the move buttons do the same by keyboard. */
  dragProps: Record<string, unknown>;
}

/** A tip's text as shown: its own text, or a kept built-in tip's title in this language. */
export function tipLabel(tip: MyTip, content: Content): string {
  return tip.builtIn ? content.tips[tip.builtIn].title : tip.text;
}

/** One of My tips: shown, edited in place, moved, deleted. User text is only ever text. */
export function MyTipItem({
  tip,
  content,
  position,
  total,
  onSave,
  onDelete,
  onMove,
  dragProps,
}: Props) {
  const { ui } = content;
  const [editing, setEditing] = useState(false);
  const label = tipLabel(tip, content);
  const stopEditing = () => {
    setEditing(false);
    focusSoon(`[data-my-tip="${CSS.escape(tip.id)}"] .edit-button`);
  };

  if (editing) {
    return (
      <li class="my-tip editing" data-my-tip={tip.id}>
        <form
          class="tip-form"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            // Only spaces: the field asks again (it is required), nothing is saved.
            if (!tip.builtIn && formText(form, 'text').trim() === '') return;
            onSave(tip.id, {
              text: tip.builtIn ? '' : formText(form, 'text'),
              note: formText(form, 'note'),
              tags: parseTags(formText(form, 'tags')),
            });
            stopEditing();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              stopEditing();
            }
          }}
        >
          {!tip.builtIn && (
            <label>
              <span>{ui.addTipLabel}</span>
              <input
                name="text"
                defaultValue={tip.text}
                required
                maxLength={LIMITS.tipText}
                autoFocus
              />
            </label>
          )}
          <label>
            <span>{ui.noteLabel}</span>
            <textarea
              name="note"
              rows={2}
              maxLength={LIMITS.tipNote}
              defaultValue={tip.note}
              autoFocus={!!tip.builtIn}
            />
          </label>
          <label>
            <span>{ui.tagsLabel}</span>
            <input name="tags" defaultValue={tip.tags.join(', ')} />
          </label>
          <div class="actions">
            <button type="submit" class="primary">
              {ui.saveTip}
            </button>
            <button type="button" class="secondary" onClick={stopEditing}>
              {ui.cancelEdit}
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li class="my-tip" data-my-tip={tip.id} {...dragProps}>
      <div class="my-tip-main">
        <span class="drag-handle" aria-hidden="true" title={ui.dragHandle(label)}>
          ⋮⋮
        </span>
        <div class="my-tip-body">
          <p class="my-tip-text">{label}</p>
          {tip.builtIn && (
            <p class="hint">
              {content.tips[tip.builtIn].essence} <span class="badge">{ui.builtInBadge}</span>
            </p>
          )}
          {tip.note && <p class="my-tip-note">{tip.note}</p>}
          {tip.source && (
            <blockquote class="my-tip-source">
              <p>{tip.source.quote}</p>
              <footer>
                {ui.fromPage}:{' '}
                {tip.source.url && /^https?:\/\//.test(tip.source.url) ? (
                  <a href={tip.source.url} target="_blank" rel="noopener noreferrer">
                    {tip.source.pageTitle || tip.source.url}
                  </a>
                ) : (
                  tip.source.pageTitle
                )}
              </footer>
            </blockquote>
          )}
          {tip.tags.length > 0 && (
            <p class="tags">
              {tip.tags.map((tag) => (
                <span key={tag} class="tag">
                  #{tag}
                </span>
              ))}
            </p>
          )}
        </div>
      </div>
      <div class="my-tip-actions">
        <button
          type="button"
          class="icon-button"
          aria-label={ui.moveUp(label)}
          disabled={position === 1}
          onClick={() => onMove(tip.id, position - 2)}
        >
          ↑
        </button>
        <button
          type="button"
          class="icon-button"
          aria-label={ui.moveDown(label)}
          disabled={position === total}
          onClick={() => onMove(tip.id, position)}
        >
          ↓
        </button>
        <button
          type="button"
          class="secondary small edit-button"
          aria-label={ui.editTipLabel(label)}
          onClick={() => setEditing(true)}
        >
          {ui.editTip}
        </button>
        <button
          type="button"
          class="secondary small"
          aria-label={ui.deleteTipLabel(label)}
          onClick={() => onDelete(tip)}
        >
          {ui.deleteTip}
        </button>
      </div>
    </li>
  );
}
