import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncPanel } from '../../components/SyncPanel';
import { content } from '../../utils/texts';
import { DEFAULT_PREFERENCES } from '../../utils/my-data/model';
import type { Preferences } from '../../utils/my-data/model';
import { EMPTY_SYNC_STATUS } from '../../utils/storage/sync-status';
import type { SyncStatus } from '../../utils/storage/sync-status';
import { memoryStore } from './support/memory-store';

afterEach(cleanup);

const { ui } = content.en;

function renderWith(status: Partial<SyncStatus>) {
  render(
    <SyncPanel
      content={content.en}
      preferences={memoryStore<Preferences>({ ...DEFAULT_PREFERENCES, syncEnabled: true })}
      status={memoryStore<SyncStatus>({ ...EMPTY_SYNC_STATUS, ...status })}
      onError={() => undefined}
    />,
  );
}

describe('sync panel messages', () => {
  it('a write-rate limit is not shown as a full sync space', async () => {
    renderWith({ error: 'rate-minute', retryAt: Date.UTC(2025, 5, 15, 10, 30) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('only so often each minute and each hour');
    expect(alert.textContent).not.toBe(ui.syncQuotaError);
  });

  it('a full sync space still says so', async () => {
    renderWith({ error: 'quota' });
    expect((await screen.findByRole('alert')).textContent).toBe(ui.syncQuotaError);
  });

  it('says when records from other browsers were held back by the list limit', async () => {
    renderWith({ heldBack: [{ id: 'a', kind: 'tip' }] });
    expect((await screen.findByRole('status')).textContent).toBe(ui.syncHeldBack(1));
  });
});
