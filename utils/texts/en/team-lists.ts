import type { TeamListsText } from '../types';

/** Team lists: what a team shares and an organisation sets, kept apart from My tips. */
export const teamLists: TeamListsText = {
  title: 'Team lists',
  intro:
    'A team list holds the tips and words of one team or field, shared as a file. It stays apart from My tips: you can read and search it, switch it off or remove it, but not change it. Copy a tip into My tips to make it your own.',
  fromList: 'From: {name}, version {version}',
  setByOrganisation: 'Set by your organisation',
  noLists: 'No team lists yet. Add one from a file a colleague shared.',
  meta: (publisher, date, tips, terms) =>
    `${publisher ? `${publisher} · ` : ''}${date} · ${tips === 1 ? '1 tip' : `${tips} tips`}, ${terms === 1 ? '1 term' : `${terms} terms`}`,
  useList: 'Use this list',
  remove: 'Remove list',
  removeConfirm: (name) =>
    `Remove “${name}”? Its tips and terms go; tips you copied into My tips stay.`,
  removeYes: 'Remove',
  removeNo: 'Keep',
  removed: (name) => `“${name}” was removed.`,
  switchedOn: (name) => `“${name}” is in use again.`,
  switchedOff: (name) => `“${name}” is switched off: its terms are no longer highlighted.`,
  tipsHeading: (count) => (count === 1 ? '1 tip' : `${count} tips`),
  termsHeading: (count) => (count === 1 ? '1 term' : `${count} terms`),
  copyToMyTips: 'Copy to My tips',
  copied: 'Copied to My tips, where you can change it.',
  addTitle: 'Add a team list',
  addLabel: 'Choose a team list file',
  previewNew: (name, version) => `Add “${name}”, version ${version}?`,
  previewNewer: (name, from, to) => `Update “${name}” from version ${from} to ${to}?`,
  previewBy: (publisher, date) => `${publisher ? `From ${publisher}, ` : ''}dated ${date}.`,
  previewAdds: (tips, terms) =>
    `It adds ${tips === 1 ? '1 tip' : `${tips} tips`} and ${terms === 1 ? '1 term' : `${terms} terms`}. Your own tips and terms stay as they are.`,
  changesTips: (added, changed, removed) =>
    `Tips: ${added} new, ${changed} changed, ${removed} removed.`,
  changesTerms: (added, changed, removed) =>
    `Terms: ${added} new, ${changed} changed, ${removed} removed.`,
  changesList: 'The list’s name, publisher or language changes too.',
  changesNone: 'Only the order or the date changed.',
  addApply: 'Add list',
  updateApply: 'Update list',
  cancel: 'Cancel',
  added: (name) => `“${name}” was added.`,
  updated: (name, version) => `“${name}” is now at version ${version}.`,
  older: (name, kept, offered) =>
    `This file holds version ${offered} of “${name}”, older than version ${kept} you have. Nothing was changed.`,
  same: (name, version) => `You already have version ${version} of “${name}”. Nothing was changed.`,
  conflict: (name, version) =>
    `This file holds another version ${version} of “${name}” than the one you have. Ask whoever shares it to raise its version number. Nothing was changed.`,
  managed: (name) =>
    `Your organisation already set “${name}” for you, so it can’t be added a second time. Nothing was changed.`,
  full: 'You have as many team lists as fit here (20). Remove one first. Nothing was changed.',
  tooLarge:
    'This list is too large to keep here: all team lists together can take up to 5 MB. Remove one first. Nothing was changed.',
  errors: {
    empty: 'That file is empty. Choose a team list file. Nothing was changed.',
    'too-large': 'That file is larger than any team list can be (over 40 MB). Nothing was changed.',
    'not-json': 'That file is not a team list: it cannot be read as JSON. Nothing was changed.',
    'too-many-parts':
      'That file holds far more entries than any team list can, so it was not opened: opening it could make this page freeze. Nothing was changed.',
    'not-team-list': 'That file holds data, but not a team list. Nothing was changed.',
    'newer-version':
      'This team list was made by a newer version of the extension. Update the extension, then try again. Nothing was changed.',
    invalid:
      'Part of this team list is damaged or was changed by hand, so it was not used. Nothing was changed.',
    'forbidden-key':
      'This file holds something a team list never does, so it was not used. Nothing was changed.',
  },
  isBackup:
    'That is a backup, not a team list. To bring it back, use “Restore from a backup file” below. Nothing was changed.',
  shareTitle: 'Share a team list',
  shareIntro:
    'Choose tips and terms of your own and save them as a file for your team. Give the file to colleagues; each adds it here. Raise the version when you share changes.',
  shareStartFrom: 'What to share',
  shareAsNew: 'A new list',
  shareNewVersionOf: (name, version) => `Version ${version} of “${name}”, shared before`,
  shareName: 'Name of the list',
  sharePublisher: 'Shared by (a team or organisation, optional)',
  shareVersion: 'Version',
  shareVersionHint: 'A whole number. A colleague can only update to a higher one.',
  shareLanguage: 'Language of the list',
  shareTips: 'Tips to share',
  shareTerms: 'Terms to share',
  shareNothingYet: 'You have no tips or terms of your own to share yet.',
  shareSave: 'Save the list as a file',
  shareSaved: 'The team list was saved to your downloads.',
  shareNeedsName: 'Give the list a name first.',
  shareNeedsItems: 'Choose at least one tip or term.',
  policyProblems: (count) =>
    count === 1
      ? 'One setting from your organisation could not be used. Your administrator can see why here:'
      : `${count} settings from your organisation could not be used. Your administrator can see why here:`,
  thisPageOffByOrganisation: (host) => `Your organisation keeps highlighting off on ${host}.`,
  syncSetByOrganisation: 'Your organisation has switched sync off for this extension.',
  sitesSetByOrganisation:
    'Your organisation keeps highlighting off on these sites. You can’t change this list.',
  languageSetByOrganisation: (language) =>
    `Your organisation chose ${language} as the starting language. You can still choose your own.`,
};
