import { storage } from 'wxt/utils/storage';
import { OWN_TERMS_KEY } from './keys';
import type { OwnTerm } from '../my-data/model';

/**
 * The user's own highlight terms. In a file of its own: the content script reads it on
 * every page and should not carry (or run) anything else of the user's data.
 */
export const ownTermsItem = storage.defineItem<OwnTerm[]>(`local:${OWN_TERMS_KEY}`, {
  fallback: [],
  version: 1,
});
