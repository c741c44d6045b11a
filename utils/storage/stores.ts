import type { Store } from './store';
import type { MyTip, OwnTerm } from '../my-data/model';
import { myTipsItem, ownTermsItem, updateMyTips, updateOwnTerms } from './my-data';

/** The user's data as the views use it: read, watched for changes from other views, updated. */
export const myTipsStore: Store<MyTip[]> = {
  get: () => myTipsItem.getValue(),
  watch: (listener) => myTipsItem.watch((value) => listener(value ?? [])),
  update: updateMyTips,
};

export const ownTermsStore: Store<OwnTerm[]> = {
  get: () => ownTermsItem.getValue(),
  watch: (listener) => ownTermsItem.watch((value) => listener(value ?? [])),
  update: updateOwnTerms,
};
