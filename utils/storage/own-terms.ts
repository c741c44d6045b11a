import { storage } from 'wxt/utils/storage';
import type { OwnTerm } from '../my-data/model';

/**
 * The user's own highlight terms. In a file of its own: the content script reads it on
 * every page and should not carry (or run) anything else of the user's data.
 */
export const ownTermsItem = storage.defineItem<OwnTerm[]>('local:ownTerms', {
  fallback: [],
  version: 1,
});
