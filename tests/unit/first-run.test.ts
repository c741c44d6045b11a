import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

async function load() {
  vi.resetModules();
  return import('../../entrypoints/background/first-run');
}

const welcomeTabs = async () =>
  (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));

describe('first run and updates', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('shows the welcome page on the first install only', async () => {
    const { onInstalled } = await load();
    await onInstalled('install');
    expect(await welcomeTabs()).toHaveLength(1);
    // Chromium reports "install" again on each start for a command-line extension.
    await onInstalled('install');
    await onInstalled('update');
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('brings tips stored by an older version to the current format on update, losing none', async () => {
    await fakeBrowser.storage.local.set({
      myTips: [{ id: 'a', text: 'Silence is fine', createdAt: 5 }],
      welcomeShown: true,
    });
    const { onInstalled } = await load();
    await onInstalled('update');
    expect(await fakeBrowser.storage.local.get(['myTips', 'myTips$'])).toEqual({
      myTips: [
        {
          id: 'a',
          text: 'Silence is fine',
          note: '',
          tags: [],
          order: 0,
          createdAt: 5,
          updatedAt: 5,
        },
      ],
      myTips$: { v: 2 },
    });
    expect(await welcomeTabs()).toHaveLength(0);
  });
});
