import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { languageChoice } from '../../utils/storage/language-choice';

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
