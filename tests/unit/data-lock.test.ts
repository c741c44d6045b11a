import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeLocks } from './support/fake-locks';
import type { FakeLocks } from './support/fake-locks';

const LOCK = 'hsc-user-data';
/** Lets every pending storage call and promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('one lock for every write from the extension’s pages and the background', () => {
  let locks: FakeLocks & { uninstall: () => void };
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
    locks = installFakeLocks();
  });
  afterEach(() => locks.uninstall());

  it('two views changing settings at once both keep their change', async () => {
    const { updateHighlightSettings, highlightSettings } =
      await import('../../utils/storage/highlight-settings');
    await Promise.all([
      updateHighlightSettings((s) => ({ ...s, paused: true })),
      updateHighlightSettings((s) => ({ ...s, colour: 'violet' })),
      updateHighlightSettings((s) => ({ ...s, disabledSites: [...s.disabledSites, 'a.org'] })),
    ]);
    expect(await highlightSettings.getValue()).toMatchObject({
      paused: true,
      colour: 'violet',
      disabledSites: ['a.org'],
    });
  });

  it('settings, language, preferences and sync status wait for the lock', async () => {
    const { highlightSettingsStore, languageStore, preferencesStore, syncStatusStore } =
      await import('../../utils/storage/stores');
    const release = await locks.hold(LOCK);
    const writes = Promise.all([
      highlightSettingsStore.update((s) => ({ ...s, paused: true })),
      languageStore.update(() => 'nl'),
      preferencesStore.update((p) => ({ ...p, keepPageAddress: false })),
      syncStatusStore.update((s) => ({ ...s, bytesUsed: 5 })),
    ]);
    await settle();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    release();
    await writes;
    expect(await fakeBrowser.storage.local.get(null)).toMatchObject({
      highlightSettings: { paused: true },
      languageChoice: 'nl',
      preferences: { keepPageAddress: false },
      syncStatus: { bytesUsed: 5 },
    });
  });

  it('the migration waits for the lock, and a view’s read waits for the migration', async () => {
    await fakeBrowser.storage.local.set({ myTips: [{ id: 'a', text: 'Silence', createdAt: 5 }] });
    const release = await locks.hold(LOCK);
    const { readMyTips } = await import('../../utils/storage/my-data');
    const read = readMyTips();
    await settle();
    // Nothing migrated while another view holds the lock.
    expect(await fakeBrowser.storage.local.get(['myTips', 'myTips$'])).toEqual({
      myTips: [{ id: 'a', text: 'Silence', createdAt: 5 }],
    });
    release();
    expect((await read).map((tip) => [tip.id, tip.updatedAt])).toEqual([['a', 5]]);
    expect(await fakeBrowser.storage.local.get('myTips$')).toEqual({ myTips$: { v: 2 } });
  });

  it('loading the storage module writes nothing by itself', async () => {
    await fakeBrowser.storage.local.set({ myTips: [{ id: 'a', text: 'Silence', createdAt: 5 }] });
    await import('../../utils/storage/my-data');
    await settle();
    expect(await fakeBrowser.storage.local.get('myTips$')).toEqual({});
  });
});
