import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../utils/i18n/pick-language';

describe('pickLanguage', () => {
  it.each(['nl', 'nl-NL', 'nl-BE', 'nl_BE', 'NL'])('%s → Dutch', (locale) => {
    expect(pickLanguage(locale)).toBe('nl');
  });

  it.each(['en', 'en-US', 'fr-BE', 'de', '', undefined, 'nld'])('%s → English', (locale) => {
    expect(pickLanguage(locale)).toBe('en');
  });
});
