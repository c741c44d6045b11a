import { useState } from 'preact/hooks';
import type { Content } from '../utils/texts';
import { createBackup, MAX_BACKUP_BYTES, parseBackup } from '../utils/my-data/backup-format';
import { applyImport, previewImport } from '../utils/my-data/backup-import';
import type { BackupData } from '../utils/my-data/backup-format';
import type { ImportMode } from '../utils/my-data/backup-import';
import { tipsToMarkdown } from '../utils/my-data/markdown';
import { LIMITS } from '../utils/my-data/model';
import { useAnnounce } from './announcer';
import { JsonFileInput } from './JsonFileInput';
import { OutcomeMessage } from './OutcomeMessage';
import type { Outcome } from './OutcomeMessage';

export interface BackupServices {
  load: () => Promise<BackupData>;
  /** Applies the change whole or not at all. */
  change: (change: (current: BackupData) => BackupData) => Promise<void>;
  download: (fileName: string, text: string, type: string) => void;
}

interface Props {
  content: Content;
  services: BackupServices;
  now?: () => Date;
}

type Message = Outcome | null;

/** Export (JSON, Markdown) and restore with a preview and a choice of merge or replace. */
export function BackupPanel({ content, services, now = () => new Date() }: Props) {
  const { ui, lang, tips } = content;
  const announce = useAnnounce();
  const [incoming, setIncoming] = useState<{ data: BackupData; current: BackupData } | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [message, setMessage] = useState<Message>(null);
  const say = (next: Message) => {
    setMessage(next);
    if (next) announce(next.text);
  };
  const day = now().toISOString().slice(0, 10);

  const exportJson = async () => {
    services.download(
      `holding-space-companion-backup-${day}.json`,
      createBackup(await services.load(), now()),
      'application/json',
    );
    say({ kind: 'ok', text: ui.exported });
  };
  const exportMarkdown = async () => {
    const data = await services.load();
    const markdown = tipsToMarkdown(data.myTips, {
      lang,
      title: ui.markdownTitle,
      builtInTitle: (id) => tips[id].title,
      builtInEssence: (id) => tips[id].essence,
      labels: { note: ui.markdownNote, tags: ui.markdownTags, source: ui.markdownSource },
      exportedOn: ui.markdownExportedOn(
        now().toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }),
      ),
    });
    services.download(`my-tips-${day}.md`, markdown, 'text/markdown');
    say({ kind: 'ok', text: ui.exported });
  };

  const choose = async (file: File | undefined) => {
    setIncoming(null);
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES)
      return say({ kind: 'error', text: ui.backupErrors['too-large'] });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return say({ kind: 'error', text: ui.backupErrors.unreadable });
    }
    const parsed = parseBackup(text, file.size);
    if (!parsed.ok) return say({ kind: 'error', text: ui.backupErrors[parsed.error.code] });
    setMessage(null);
    setIncoming({ data: parsed.data, current: await services.load() });
  };

  const restore = async () => {
    if (!incoming) return;
    const check = previewImport(incoming.current, incoming.data, mode);
    if (Math.max(check.tips.liveAfter, check.terms.liveAfter) > LIMITS.records) {
      return say({ kind: 'error', text: ui.importTooMany });
    }
    try {
      await services.change((current) =>
        applyImport(current, incoming.data, mode, now().getTime()),
      );
      setIncoming(null);
      say({ kind: 'ok', text: ui.importDone });
    } catch {
      say({ kind: 'error', text: ui.importFailedWrite });
    }
  };

  const preview = incoming ? previewImport(incoming.current, incoming.data, mode) : null;
  return (
    <section class="options-section" id="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{ui.backupTitle}</h2>
      <p class="intro">{ui.backupIntro}</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void exportJson()}>
          {ui.exportJson}
        </button>
        <button type="button" class="secondary" onClick={() => void exportMarkdown()}>
          {ui.exportMarkdown}
        </button>
      </div>
      <JsonFileInput label={ui.importLabel} onChoose={choose} />
      <OutcomeMessage outcome={message} />
      {preview && (
        <div class="import-preview" role="region" aria-labelledby="import-preview-heading">
          <h3 id="import-preview-heading">{ui.importPreviewTitle}</h3>
          <fieldset class="choice">
            <legend class="visually-hidden">{ui.importPreviewTitle}</legend>
            {(['merge', 'replace'] as const).map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name="import-mode"
                  checked={mode === option}
                  onChange={() => setMode(option)}
                />
                <span>{option === 'merge' ? ui.importModeMerge : ui.importModeReplace}</span>
              </label>
            ))}
          </fieldset>
          <ul class="import-counts">
            {(
              [
                [ui.tabMyTips, preview.tips],
                [ui.ownTermsTitle, preview.terms],
              ] as const
            ).map(([kind, changes]) => (
              <li key={kind}>
                {ui.importCounts(
                  kind,
                  changes.counts.added,
                  changes.counts.updated,
                  changes.counts.unchanged,
                  changes.counts.removed,
                )}
              </li>
            ))}
            {(incoming?.data.teamLists.length ?? 0) + (incoming?.current.teamLists.length ?? 0) >
              0 && (
              <li>
                {ui.importCounts(
                  content.teamLists.title,
                  preview.teamLists.added,
                  preview.teamLists.updated,
                  preview.teamLists.unchanged,
                  preview.teamLists.removed,
                )}
              </li>
            )}
            {preview.settingsChanged && <li>{ui.importSettingsChange}</li>}
          </ul>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void restore()}>
              {ui.importApply}
            </button>
            <button type="button" class="secondary" onClick={() => setIncoming(null)}>
              {ui.importCancel}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
