import type { Content } from '../utils/texts';
import { syncMeter } from '../utils/my-data/sync-plan';
import type { Preferences } from '../utils/storage/my-data';
import type { Store } from '../utils/storage/store';
import type { SyncStatus } from '../utils/storage/sync-status';
import { useStoredValue } from './stored-value';

interface Props {
  content: Content;
  preferences: Store<Preferences>;
  status: Store<SyncStatus>;
  onError: () => void;
  /** The organisation keeps sync off (browser policy): the switch is shown off and locked. */
  syncForbidden?: boolean;
}

/** Sync on or off, a meter of the sync space used, and kind messages when something did not fit. */
export function SyncPanel({ content, preferences, status, onError, syncForbidden = false }: Props) {
  const { ui, lang } = content;
  const prefs = useStoredValue(preferences);
  const state = useStoredValue(status);
  if (!prefs || !state) return null;
  const meter = syncMeter(state.bytesUsed);
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const time = (at: number) => new Date(at).toLocaleTimeString(locale, { timeStyle: 'short' });
  return (
    <section class="options-section" id="sync" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{ui.syncTitle}</h2>
      <p class="intro">{ui.syncIntro}</p>
      {syncForbidden && (
        <p class="note managed-note" id="sync-managed">
          <strong>{content.teamLists.setByOrganisation}:</strong>{' '}
          {content.teamLists.syncSetByOrganisation}
        </p>
      )}
      <label class="switch">
        <input
          type="checkbox"
          checked={prefs.syncEnabled && !syncForbidden}
          disabled={syncForbidden}
          aria-describedby={syncForbidden ? 'sync-managed' : undefined}
          onChange={(event) => {
            const syncEnabled = event.currentTarget.checked;
            preferences.update((p) => ({ ...p, syncEnabled })).catch(onError);
          }}
        />
        <span>{ui.syncToggle}</span>
      </label>
      {prefs.syncEnabled && !syncForbidden && (
        <div class="sync-state">
          <label class="meter-label">
            <span>{ui.syncMeter(kb(state.bytesUsed), kb(state.bytesTotal))}</span>
            <meter min={0} max={100} value={meter.percent} low={70} high={90} optimum={0} />
          </label>
          <p class="hint">
            {state.lastSyncAt === null
              ? ui.syncNotYet
              : ui.syncLast(
                  new Date(state.lastSyncAt).toLocaleString(locale, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                )}
          </p>
          {state.notSynced.length > 0 && (
            <p class="note" role="status">
              {ui.syncNotSynced(state.notSynced.length)}
            </p>
          )}
          {state.heldBack.length > 0 && (
            <p class="note" role="status">
              {ui.syncHeldBack(state.heldBack.length)}
            </p>
          )}
          {state.error && (
            <p class="note" role="alert">
              {state.error === 'quota'
                ? ui.syncQuotaError
                : state.error === 'rate-minute' || state.error === 'rate-hour'
                  ? ui.syncRateLimited(state.retryAt === null ? null : time(state.retryAt))
                  : ui.syncFailed}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
