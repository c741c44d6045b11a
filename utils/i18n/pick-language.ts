import type { Lang } from '../texts/ids';

/**
 * The language the popup starts in when the user has not chosen one: Dutch for any Dutch
 * browser locale (nl, nl-NL, nl-BE, nl_BE), English for everything else.
 */
export function pickLanguage(browserLocale: string | undefined): Lang {
  const primary = (browserLocale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'nl' ? 'nl' : 'en';
}
