import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Content } from '../utils/texts';
import { formText } from './form-text';
import { LIMITS } from '../utils/my-data/model';
import type { MyTip } from '../utils/my-data/model';
import {
  addTip,
  allTags,
  deleteTip,
  editTip,
  moveTip,
  parseTags,
  restoreTip,
  visibleTips,
} from '../utils/my-data/tips-ops';
import { useAnnounce } from './announcer';
import { focusSoon } from './focus-soon';
import { MyTipItem, tipLabel } from './MyTipItem';
import type { Store } from './stored-value';
import { useStoredValue } from './stored-value';

/** How long "Undo" stays after a delete. */
const UNDO_MS = 6000;

interface Props {
  content: Content;
  store: Store<MyTip[]>;
  newId: () => string;
  now?: () => number;
  /** A tip to bring into view and focus once shown (a search result chosen). */
  focusId?: string | null;
  onFocused?: () => void;
}

/** My tips: add, edit in place, delete with undo, reorder (drag or keyboard), filter by tag. */
export function MyTipsPanel({ content, store, newId, now = Date.now, focusId, onFocused }: Props) {
  const { ui } = content;
  const announce = useAnnounce();
  const stored = useStoredValue(store);
  const [tag, setTag] = useState<string | null>(null);
  const [removed, setRemoved] = useState<MyTip | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout>>();
  const newText = useRef<HTMLInputElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const startUndoTimer = () => {
    clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setRemoved(null), UNDO_MS);
  };

  useEffect(() => () => clearTimeout(undoTimer.current), []);

  useLayoutEffect(() => {
    if (!focusId || stored === undefined) return;
    const item = document.querySelector<HTMLElement>(`[data-my-tip="${CSS.escape(focusId)}"]`);
    item?.scrollIntoView({ block: 'nearest' });
    item?.querySelector<HTMLElement>('button:not([disabled])')?.focus();
    onFocused?.();
  }, [focusId, stored, onFocused]);

  const save = (change: (tips: MyTip[]) => MyTip[], message?: string) => {
    store.update(change).then(
      () => message && announce(message),
      () => announce(ui.saveFailed, { visible: true }),
    );
  };

  if (stored === undefined) return null;
  const tips = visibleTips(stored);
  const tags = allTags(stored);
  // A filter whose tag no tip carries any more (edited away, deleted) is no filter.
  const activeTag = tag !== null && tags.includes(tag) ? tag : null;
  const shown = activeTag ? tips.filter((tip) => tip.tags.includes(activeTag)) : tips;

  const remove = (tip: MyTip) => {
    save((list) => deleteTip(list, tip.id, now()), ui.tipDeleted);
    setRemoved(tip);
    startUndoTimer();
    // The deleted tip's buttons are gone: focus goes to Undo, so it is one key away.
    requestAnimationFrame(() => undoButton.current?.focus());
  };
  const undo = () => {
    if (!removed) return;
    save((list) => restoreTip(list, removed, now()), ui.tipRestored);
    setRemoved(null);
    clearTimeout(undoTimer.current);
  };
  const move = (id: string, toIndex: number) => {
    // Moving within a filtered list: place it next to the tip it now stands beside.
    const target = shown[Math.max(0, Math.min(toIndex, shown.length - 1))];
    const index = target ? tips.findIndex((tip) => tip.id === target.id) : toIndex;
    save((list) => moveTip(list, id, index, now()), ui.movedTo(toIndex + 1, shown.length));
    focusSoon(`[data-my-tip="${CSS.escape(id)}"] .my-tip-actions button:not([disabled])`);
  };

  return (
    <section class="my-tips" aria-labelledby="my-tips-heading">
      <h2 id="my-tips-heading" class="visually-hidden">
        {ui.tabMyTips}
      </h2>
      <p class="intro">{ui.myTipsIntro}</p>
      <form
        class="tip-form add-tip"
        onSubmit={(event) => {
          event.preventDefault();
          const formElement = event.currentTarget;
          const form = new FormData(formElement);
          const text = formText(form, 'text').trim();
          if (!text) return;
          if (tips.length >= LIMITS.records) return announce(ui.tooManyTips, { visible: true });
          const input = {
            text,
            note: formText(form, 'note'),
            tags: parseTags(formText(form, 'tags')),
          };
          save((list) => addTip(list, input, now(), newId()), ui.tipAdded);
          // A new tip the filter would hide: show all, so the user sees it arrive.
          if (activeTag && !input.tags.includes(activeTag)) setTag(null);
          formElement.reset();
          newText.current?.focus();
        }}
      >
        <label>
          <span>{ui.addTipLabel}</span>
          <input
            ref={newText}
            name="text"
            required
            maxLength={LIMITS.tipText}
            placeholder={ui.addTipPlaceholder}
          />
        </label>
        <details>
          <summary>
            {ui.noteLabel} · {ui.tagsLabel}
          </summary>
          <label>
            <span>{ui.noteLabel}</span>
            <textarea name="note" rows={2} maxLength={LIMITS.tipNote} />
          </label>
          <label>
            <span>{ui.tagsLabel}</span>
            <input name="tags" />
          </label>
        </details>
        <button type="submit" class="primary">
          {ui.addTipButton}
        </button>
      </form>
      {removed && (
        <div class="undo-bar" role="status">
          <span>{ui.tipDeleted}</span>
          <button
            ref={undoButton}
            type="button"
            class="link-button"
            onClick={undo}
            onFocus={() => clearTimeout(undoTimer.current)}
            onBlur={startUndoTimer}
          >
            {ui.undo}
          </button>
        </div>
      )}
      {tags.length > 0 && (
        <div class="tag-filter" role="group" aria-label={ui.filterByTag}>
          <button type="button" aria-pressed={activeTag === null} onClick={() => setTag(null)}>
            {ui.allTags}
          </button>
          {tags.map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={activeTag === name}
              onClick={() => setTag(activeTag === name ? null : name)}
            >
              #{name}
            </button>
          ))}
        </div>
      )}
      {tips.length === 0 ? (
        <p class="intro">{ui.myTipsEmpty}</p>
      ) : (
        <ol class="my-tip-list">
          {shown.map((tip, index) => (
            <MyTipItem
              key={tip.id}
              tip={tip}
              content={content}
              position={index + 1}
              total={shown.length}
              onSave={(id, patch) => save((list) => editTip(list, id, patch, now()))}
              onDelete={remove}
              onMove={move}
              dragProps={{
                draggable: true,
                class: `my-tip${dragging === tip.id ? ' dragging' : ''}`,
                onDragStart: (event: DragEvent) => {
                  setDragging(tip.id);
                  event.dataTransfer?.setData('text/plain', tipLabel(tip, content));
                  if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
                },
                onDragOver: (event: DragEvent) => {
                  if (dragging) event.preventDefault();
                },
                onDrop: (event: DragEvent) => {
                  event.preventDefault();
                  if (dragging && dragging !== tip.id) move(dragging, index);
                  setDragging(null);
                },
                onDragEnd: () => setDragging(null),
              }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
