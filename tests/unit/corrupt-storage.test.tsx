import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SectionBoundary, StoredDataNotice } from '../../components/StoredData';
import { content } from '../../utils/texts';
import { migrateTipsV1ToV2 } from '../../utils/my-data/migrations';
import type { MyTipV1 } from '../../utils/my-data/migrations';
import { DEFAULT_PREFERENCES, readPreferences } from '../../utils/my-data/model';
import { readStoredTerms, readStoredTips } from '../../utils/my-data/read-records';
import { readSyncBudget, EMPTY_SYNC_BUDGET } from '../../utils/my-data/sync-budget';
import {
  completeSettings,
  DEFAULT_HIGHLIGHT_SETTINGS,
} from '../../utils/settings/highlight-settings';
import { readLanguage } from '../../utils/storage/language-choice';
import { storedDataProblems } from '../../utils/storage/stored-data';
import { EMPTY_SYNC_STATUS, readSyncStatus } from '../../utils/storage/sync-status';

const { ui } = content.en;
const goodTip = {
  id: 'a',
  text: 'Ask first',
  note: '',
  tags: [],
  order: 0,
  createdAt: 1,
  updatedAt: 2,
};
const goodTerm = {
  id: 't',
  term: 'check-in',
  variants: [],
  explanation: '',
  createdAt: 1,
  updatedAt: 2,
};
const WRONG = [{ a: 1 }, 'text', 42, true, [1, 2]] as const;

describe('readers of stored values never throw and keep what can be read', () => {
  it('My tips: a value that is not a list is set aside whole, not read as empty to overwrite', () => {
    for (const raw of [{ a: goodTip }, 'text', 42, true])
      expect(readStoredTips(raw)).toEqual({ records: [], unreadable: [], wrongShape: true });
    for (const raw of [undefined, null])
      expect(readStoredTips(raw)).toEqual({ records: [], unreadable: [], wrongShape: false });
  });

  it('My tips: entries that cannot be read are kept aside as they are', () => {
    const raw = [goodTip, null, 5, 'x', {}, { ...goodTip, id: 'b', text: 42 }, { ...goodTip }];
    const read = readStoredTips(raw);
    expect(read.records).toEqual([goodTip]);
    // The duplicate id is kept aside too, so nothing is lost when the list is written back.
    expect(read.unreadable).toEqual(raw.slice(1));
  });

  it('My tips: missing fields get defaults', () => {
    expect(readStoredTips([{ id: 'a', text: 'Ask first' }]).records).toEqual([
      { id: 'a', text: 'Ask first', note: '', tags: [], order: 0, createdAt: 0, updatedAt: 0 },
    ]);
    expect(readStoredTips([{ id: 'a', text: 'x', createdAt: 7 }]).records[0]).toMatchObject({
      createdAt: 7,
      updatedAt: 7,
    });
    // A tombstone's fields are emptied anyway: it is always read.
    expect(readStoredTips([{ id: 'a', deleted: true, text: 5, updatedAt: 3 }]).records).toEqual([
      {
        id: 'a',
        text: '',
        note: '',
        tags: [],
        order: 0,
        createdAt: 3,
        updatedAt: 3,
        deleted: true,
      },
    ]);
  });

  it('own terms: the same rules', () => {
    expect(readStoredTerms({ t: goodTerm }).wrongShape).toBe(true);
    const read = readStoredTerms([goodTerm, { id: 'u', term: ['x'] }, { id: 'v', term: 'y' }]);
    expect(read.records.map((term) => term.id)).toEqual(['t', 'v']);
    expect(read.records[1]).toEqual({
      id: 'v',
      term: 'y',
      variants: [],
      explanation: '',
      createdAt: 0,
      updatedAt: 0,
    });
    expect(read.unreadable).toEqual([{ id: 'u', term: ['x'] }]);
  });

  it('highlight settings: any value gives complete settings', () => {
    for (const raw of WRONG) expect(completeSettings(raw)).toEqual(DEFAULT_HIGHLIGHT_SETTINGS);
    expect(completeSettings({ disabledSites: 'a.org', hiddenTerms: [1, 'x'] })).toMatchObject({
      disabledSites: [],
      hiddenTerms: ['x'],
    });
  });

  it('preferences: any value gives both booleans', () => {
    for (const raw of [...WRONG, null, undefined])
      expect(readPreferences(raw)).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences({ keepPageAddress: 'no', syncEnabled: true })).toEqual({
      keepPageAddress: true,
      syncEnabled: true,
    });
  });

  it('language: only a language we have, else follow the browser', () => {
    expect(readLanguage('nl')).toBe('nl');
    for (const raw of ['de', 'NL', 5, {}, null, undefined]) expect(readLanguage(raw)).toBeNull();
  });

  it('sync status and budget: any value gives a complete one', () => {
    for (const raw of [...WRONG, null, undefined]) {
      expect(readSyncStatus(raw)).toEqual(EMPTY_SYNC_STATUS);
      expect(readSyncBudget(raw)).toEqual(EMPTY_SYNC_BUDGET);
    }
    expect(
      readSyncStatus({
        lastSyncAt: 5,
        bytesUsed: 'x',
        notSynced: [{ id: 'a', kind: 'tip', reason: 'quota-full' }, { id: 1 }, null],
        heldBack: 'x',
        error: 'nonsense',
      }),
    ).toEqual({
      ...EMPTY_SYNC_STATUS,
      lastSyncAt: 5,
      notSynced: [{ id: 'a', kind: 'tip', reason: 'quota-full' }],
    });
    expect(readSyncBudget({ writes: [1, 'x'], failures: -3, notBefore: 'soon' })).toEqual({
      ...EMPTY_SYNC_BUDGET,
      writes: [1],
    });
  });

  it('the v1 → v2 migration keeps entries it does not know as they are', () => {
    const raw = [null, 5, { id: 'a', text: 'x', createdAt: 1 }] as unknown as MyTipV1[];
    const migrated = migrateTipsV1ToV2(raw) as unknown[];
    expect(migrated.slice(0, 2)).toEqual([null, 5]);
    expect(migrated[2]).toMatchObject({ id: 'a', tags: [], updatedAt: 1 });
  });

  it('storedDataProblems names what could not be read', () => {
    expect(storedDataProblems({})).toEqual([]);
    expect(
      storedDataProblems({ myTips: [goodTip], ownTerms: [goodTerm], languageChoice: 'en' }),
    ).toEqual([]);
    expect(
      storedDataProblems({
        myTips: { a: 1 },
        ownTerms: [goodTerm, 5],
        highlightSettings: 'x',
        preferences: [],
        languageChoice: 'de',
      }),
    ).toEqual(['myTips', 'ownTerms', 'highlightSettings', 'preferences', 'languageChoice']);
  });
});

describe('writes never delete what could not be read', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('an edit of My tips writes the unreadable entries back unchanged', async () => {
    await fakeBrowser.storage.local.set({
      myTips: [goodTip, 5, { id: 'b', text: 1 }],
      myTips$: { v: 2 },
    });
    const { updateMyTips } = await import('../../utils/storage/my-data');
    await updateMyTips((tips) => tips.map((tip) => ({ ...tip, text: 'edited' })));
    expect(await fakeBrowser.storage.local.get('myTips')).toEqual({
      myTips: [{ ...goodTip, text: 'edited' }, 5, { id: 'b', text: 1 }],
    });
  });

  it('a list that is not a list is not written over', async () => {
    await fakeBrowser.storage.local.set({ ownTerms: { t: goodTerm } });
    const { updateOwnTerms } = await import('../../utils/storage/my-data');
    await expect(updateOwnTerms(() => [goodTerm])).rejects.toThrow(/cannot be read/);
    expect(await fakeBrowser.storage.local.get('ownTerms')).toEqual({ ownTerms: { t: goodTerm } });
  });

  it('a restore keeps the unreadable entries too', async () => {
    await fakeBrowser.storage.local.set({ myTips: [goodTip, 'kept'], myTips$: { v: 2 } });
    const { changeBackupData } = await import('../../utils/storage/backup-data');
    await changeBackupData((current) => ({ ...current, myTips: [] }));
    expect(await fakeBrowser.storage.local.get('myTips')).toEqual({ myTips: ['kept'] });
  });

  it('sync leaves a list that is not a list alone', async () => {
    await fakeBrowser.storage.local.set({
      preferences: { keepPageAddress: true, syncEnabled: true },
      myTips: 'not a list',
      myTips$: { v: 2 },
    });
    await fakeBrowser.storage.sync.set({ 'tip:a': goodTip });
    const { syncRound } = await import('../../entrypoints/background/sync');
    await syncRound(1_750_000_000_000);
    expect(await fakeBrowser.storage.local.get('myTips')).toEqual({ myTips: 'not a list' });
  });
});

describe('the views with corrupt storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });
  afterEach(cleanup);

  it('the options page shows what can be read and offers to save the raw data', async () => {
    const corrupt = {
      myTips: { a: goodTip },
      ownTerms: [goodTerm, null],
      highlightSettings: 'broken',
      preferences: 'broken',
      languageChoice: 'de',
      syncStatus: { notSynced: 'x' },
      teamLists: { broken: true },
      sharedTeamLists: 'broken',
    };
    await fakeBrowser.storage.local.set(corrupt);
    const stores = await import('../../utils/storage/stores');
    const team = await import('../../utils/storage/team-lists');
    const { managedStore } = await import('../../utils/storage/managed-policy');
    const { storedDataServices } = await import('../../utils/storage/stored-data');
    const { OptionsApp } = await import('../../entrypoints/options/App');
    const download = vi.fn();
    render(
      <OptionsApp
        stores={{
          myTips: stores.myTipsStore,
          ownTerms: stores.ownTermsStore,
          settings: stores.highlightSettingsStore,
          preferences: stores.preferencesStore,
          language: stores.languageStore,
          syncStatus: stores.syncStatusStore,
          teamLists: team.teamListsStore,
          sharedTeamLists: team.sharedTeamListsStore,
          managed: managedStore,
        }}
        browserLang="en"
        shortcuts={[]}
        onChangeShortcuts={null}
        newId={() => 'id'}
        backup={{
          load: () => Promise.reject(new Error('x')),
          change: () => Promise.resolve(),
          download,
        }}
        storedData={storedDataServices(download)}
      />,
    );
    expect(await screen.findByText(ui.storageUnreadable)).toBeTruthy();
    expect((await screen.findAllByText('check-in')).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: ui.saveStoredData }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [fileName, text] = download.mock.calls[0] as [string, string];
    expect(fileName).toMatch(/stored-data-\d{4}-\d\d-\d\d\.json$/);
    expect((JSON.parse(text) as { stored: unknown }).stored).toEqual(corrupt);
    // Nothing was changed or deleted by showing the page.
    expect(await fakeBrowser.storage.local.get(null)).toEqual(corrupt);
  });

  it('a part that throws is replaced by a note; the rest stays', async () => {
    const save = vi.fn(() => Promise.resolve());
    const services = { problems: () => Promise.resolve([]), save };
    const Broken = () => {
      throw new Error('bad shape');
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <div>
        <SectionBoundary ui={ui} services={services}>
          <Broken />
        </SectionBoundary>
        <p>still here</p>
        <StoredDataNotice ui={ui} services={services} />
      </div>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(ui.sectionFailed);
    expect(screen.getByText('still here')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: ui.saveStoredData }));
    expect(save).toHaveBeenCalledTimes(1);
  });
});
