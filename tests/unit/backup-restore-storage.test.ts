import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackup, parseBackup } from '../../utils/my-data/backup-format';
import { applyImport } from '../../utils/my-data/backup-import';
import type { MyTip } from '../../utils/my-data/model';

const TIPS: MyTip[] = [
  {
    id: 'kept',
    text: '',
    note: 'from the course',
    tags: ['presence'],
    builtIn: 'ego-aside',
    order: 0,
    createdAt: 1,
    updatedAt: 9,
  },
  {
    id: 'own',
    text: 'Ask first',
    note: '',
    tags: ['supervision'],
    source: { quote: 'Ask before you advise', pageTitle: 'Notes', url: 'https://example.org/' },
    order: 1,
    createdAt: 2,
    updatedAt: 8,
  },
];

describe('restoring a backup into storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('in a fresh profile, the restored tips stay exactly as they were when the next view opens', async () => {
    // The options page of a new browser: nothing stored yet, the first write is a restore.
    const { changeBackupData, loadBackupData } = await import('../../utils/storage/backup-data');
    const file = createBackup({ ...(await loadBackupData()), myTips: TIPS }, new Date(0));
    const parsed = parseBackup(file, file.length);
    if (!parsed.ok) throw new Error('the backup should be valid');
    await changeBackupData((current) => applyImport(current, parsed.data, 'replace', 100));

    // The popup opens later: a new module graph, whose storage item checks the version.
    vi.resetModules();
    const { myTipsItem } = await import('../../utils/storage/my-data');
    expect(await myTipsItem.getValue()).toEqual(TIPS);
    expect(await fakeBrowser.storage.local.get('myTips$')).toEqual({ myTips$: { v: 2 } });
  });
});
