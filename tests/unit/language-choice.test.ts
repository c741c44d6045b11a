import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { languageChoice } from '../../utils/storage/language-choice';
import { keepManagedCopy, startingLanguage } from '../../utils/storage/managed-policy';
import { MANAGED_COPY_KEY } from '../../utils/storage/keys';

/** storage.managed.get, spied on (WXT's fake browser types it without its answer). */
const managedGet = () =>
  vi.spyOn(fakeBrowser.storage.managed, 'get') as unknown as Mock<
    () => Promise<Record<string, unknown>>
  >;

describe('languageChoice', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is empty until the user chooses, so the browser language is followed', async () => {
    expect(await languageChoice.getValue()).toBeNull();
  });

  it('remembers the choice in local storage', async () => {
    await languageChoice.setValue('nl');
    expect(await languageChoice.getValue()).toBe('nl');
    expect(await fakeBrowser.storage.local.get('languageChoice')).toEqual({ languageChoice: 'nl' });
  });
});

describe('startingLanguage (until the user chooses)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
  });
  afterEach(() => vi.useRealTimers());
  const neverAnswers = () => managedGet().mockReturnValue(new Promise(() => undefined));

  it("takes the organisation's default from the background's copy at once, without asking the policy", async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_COPY_KEY]: { defaultLanguage: 'nl' } });
    const managed = neverAnswers();
    expect(await startingLanguage()).toBe('nl');
    expect(managed).not.toHaveBeenCalled();
  });

  it("follows the browser's language when the copy sets none", async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_COPY_KEY]: {} });
    neverAnswers();
    vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue('nl-BE');
    expect(await startingLanguage()).toBe('nl');
  });

  it('asks the policy itself before the copy was ever written, and waits for it briefly', async () => {
    managedGet().mockResolvedValue({ defaultLanguage: 'nl' });
    expect(await startingLanguage()).toBe('nl');
    vi.useFakeTimers();
    neverAnswers();
    const starting = startingLanguage();
    await vi.advanceTimersByTimeAsync(300);
    expect(await starting).toBe('en');
  });
});

describe("keepManagedCopy (the background's copy of the policy)", () => {
  beforeEach(() => fakeBrowser.reset());

  it('is written even when no policy is set, so views know at once there is none', async () => {
    managedGet().mockResolvedValue({});
    keepManagedCopy();
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.local.get(MANAGED_COPY_KEY)).toEqual({
        [MANAGED_COPY_KEY]: {},
      }),
    );
  });
});
