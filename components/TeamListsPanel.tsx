import { useState } from 'preact/hooks';
import type { Content } from '../utils/texts';
import type { MyTip } from '../utils/my-data/model';
import type { ManagedPolicy } from '../utils/my-data/managed-policy';
import { compareTeamLists, isUnchanged } from '../utils/my-data/team-list-changes';
import type { TeamListComparison } from '../utils/my-data/team-list-changes';
import { MAX_TEAM_LIST_BYTES, parseTeamListFile } from '../utils/my-data/team-list-format';
import type { TeamList } from '../utils/my-data/team-list-format';
import {
  putTeamList,
  removeTeamList,
  setTeamListEnabled,
  shownTeamLists,
  TEAM_LISTS_LIMIT,
  TeamListsFullError,
} from '../utils/my-data/team-lists';
import type { StoredTeamList } from '../utils/my-data/team-lists';
import type { ReadonlyStore, Store } from '../utils/storage/store';
import { useAnnounce } from './announcer';
import { JsonFileInput } from './JsonFileInput';
import { OutcomeMessage } from './OutcomeMessage';
import type { Outcome } from './OutcomeMessage';
import { useCopyTeamTip } from './copy-team-tip';
import { useStoredValue } from './stored-value';
import { TeamListView } from './TeamListView';

export interface TeamListStores {
  lists: Store<StoredTeamList[]>;
  managed: ReadonlyStore<ManagedPolicy>;
  myTips: Store<MyTip[]>;
}

interface Props {
  content: Content;
  stores: TeamListStores;
  newId: () => string;
  now?: () => Date;
}

type Message = Outcome | null;
type Pending = {
  list: TeamList;
  comparison: Extract<TeamListComparison, { kind: 'new' | 'newer' }>;
};

/**
 * The options page's team lists: the organisation's (read-only), the user's (switch off,
 * remove), and adding one from a file, with a preview of what it adds or changes.
 */
export function TeamListsPanel({ content, stores, newId, now = () => new Date() }: Props) {
  const t = content.teamLists;
  const announce = useAnnounce();
  const user = useStoredValue(stores.lists);
  const managed = useStoredValue(stores.managed);
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const copyTip = useCopyTeamTip(content, stores.myTips, newId);
  const say = (next: Message) => {
    setMessage(next);
    if (next) announce(next.text);
  };
  const fail = () => say({ kind: 'error', text: content.ui.saveFailed });
  const managedLists = managed?.teamLists ?? [];
  const shown = shownTeamLists(user ?? [], managedLists);

  const choose = async (file: File | undefined) => {
    setPending(null);
    if (!file) return;
    if (file.size > MAX_TEAM_LIST_BYTES) return say({ kind: 'error', text: t.errors['too-large'] });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return say({ kind: 'error', text: t.errors.invalid });
    }
    const parsed = parseTeamListFile(text, file.size);
    if (!parsed.ok) {
      const { code, detail } = parsed.error;
      return say({
        kind: 'error',
        text: code === 'not-team-list' && detail === 'backup' ? t.isBackup : t.errors[code],
      });
    }
    const { list } = parsed;
    if (managedLists.some((set) => set.id === list.id)) {
      return say({ kind: 'error', text: t.managed(list.name) });
    }
    const kept = (await stores.lists.get()).find((entry) => entry.list.id === list.id);
    const comparison = compareTeamLists(kept?.list, list);
    switch (comparison.kind) {
      case 'older':
        return say({
          kind: 'error',
          text: t.older(list.name, comparison.existingVersion, comparison.incomingVersion),
        });
      case 'same':
        return say({ kind: 'ok', text: t.same(list.name, list.version) });
      case 'conflict':
        return say({ kind: 'error', text: t.conflict(list.name, comparison.version) });
      case 'new':
        if ((user ?? []).length >= TEAM_LISTS_LIMIT) return say({ kind: 'error', text: t.full });
    }
    setMessage(null);
    setPending({ list, comparison });
  };

  const apply = async () => {
    if (!pending) return;
    const { list, comparison } = pending;
    try {
      await stores.lists.update((lists) => putTeamList(lists, list, now().getTime()));
      setPending(null);
      say({
        kind: 'ok',
        text: comparison.kind === 'new' ? t.added(list.name) : t.updated(list.name, list.version),
      });
    } catch (error) {
      say({
        kind: 'error',
        text:
          error instanceof TeamListsFullError
            ? error.reason === 'count'
              ? t.full
              : t.tooLarge
            : content.ui.saveFailed,
      });
    }
  };

  const setEnabled = (list: TeamList, enabled: boolean) => {
    stores.lists
      .update((lists) => setTeamListEnabled(lists, list.id, enabled))
      .then(() => announce(enabled ? t.switchedOn(list.name) : t.switchedOff(list.name)), fail);
  };

  const remove = (list: TeamList) => {
    stores.lists
      .update((lists) => removeTeamList(lists, list.id))
      .then(() => {
        setRemoving(null);
        say({ kind: 'ok', text: t.removed(list.name) });
      }, fail);
  };

  return (
    <>
      <p class="intro">{t.intro}</p>
      {managed && managed.problems.length > 0 && (
        <div class="note" role="status">
          <p>{t.policyProblems(managed.problems.length)}</p>
          <ul class="policy-problems">
            {managed.problems.map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {user !== undefined && shown.length === 0 && <p class="hint">{t.noLists}</p>}
      {shown.map((entry) => (
        <TeamListView
          key={entry.list.id}
          content={content}
          shown={entry}
          onCopyTip={copyTip}
          level={4}
        >
          {!entry.managed && (
            <div class="team-list-controls">
              <label class="switch">
                <input
                  type="checkbox"
                  checked={entry.enabled}
                  aria-label={`${t.useList}: ${entry.list.name}`}
                  onChange={(event) => setEnabled(entry.list, event.currentTarget.checked)}
                />
                <span aria-hidden="true">{t.useList}</span>
              </label>
              {removing === entry.list.id ? (
                <div class="confirm" role="group" aria-label={t.removeConfirm(entry.list.name)}>
                  <p>{t.removeConfirm(entry.list.name)}</p>
                  <button type="button" class="primary small" onClick={() => remove(entry.list)}>
                    {t.removeYes}
                  </button>
                  <button type="button" class="secondary small" onClick={() => setRemoving(null)}>
                    {t.removeNo}
                  </button>
                </div>
              ) : (
                <button
                  type="button"
                  class="secondary small"
                  aria-label={`${t.remove}: ${entry.list.name}`}
                  onClick={() => setRemoving(entry.list.id)}
                >
                  {t.remove}
                </button>
              )}
            </div>
          )}
        </TeamListView>
      ))}
      <h3>{t.addTitle}</h3>
      <JsonFileInput label={t.addLabel} onChoose={choose} />
      <OutcomeMessage outcome={message} />
      {pending && (
        <TeamListPreview
          content={content}
          pending={pending}
          onApply={() => void apply()}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
}

/** What adding (or updating to) a list would do, before it is done. */
function TeamListPreview({
  content,
  pending,
  onApply,
  onCancel,
}: {
  content: Content;
  pending: Pending;
  onApply: () => void;
  onCancel: () => void;
}) {
  const t = content.teamLists;
  const { list, comparison } = pending;
  const count = (items: { added: unknown[]; changed: unknown[]; removed: unknown[] }) =>
    [items.added.length, items.changed.length, items.removed.length] as const;
  return (
    <div class="import-preview" role="region" aria-labelledby="team-preview-heading">
      <h4 id="team-preview-heading">
        {comparison.kind === 'new'
          ? t.previewNew(list.name, list.version)
          : t.previewNewer(list.name, comparison.existingVersion, comparison.incomingVersion)}
      </h4>
      <p>{t.previewBy(list.publisher, list.date.slice(0, 10))}</p>
      {comparison.kind === 'new' ? (
        <p>{t.previewAdds(list.tips.length, list.terms.length)}</p>
      ) : isUnchanged({ ...comparison.changes, reordered: false }) ? (
        <p>{t.changesNone}</p>
      ) : (
        <ul class="team-changes">
          <li>{t.changesTips(...count(comparison.changes.tips))}</li>
          <li>{t.changesTerms(...count(comparison.changes.terms))}</li>
          {comparison.changes.list.length > 0 && <li>{t.changesList}</li>}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onApply}>
          {comparison.kind === 'new' ? t.addApply : t.updateApply}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
