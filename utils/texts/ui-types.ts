import type { BackupErrorCode } from './ids';

/** Why the PDF viewer could not show a PDF (utils/pdf/input.ts tells which). */
export type PdfProblem =
  | 'not-pdf'
  | 'broken'
  | 'too-large'
  | 'empty'
  | 'unreachable'
  | 'not-found'
  /** The site sent the viewer on to another site, which the user never allowed. */
  | 'redirected'
  | 'bad-address'
  | 'local-address';

/** Every label, button and message the popup shows, per language. */
export interface UiText {
  appName: string;
  tagline: string;
  languageSwitchLabel: string;
  /** Name of each language, written in that language. */
  languageNames: { en: string; nl: string };
  searchLabel: string;
  searchPlaceholder: string;
  clearSearch: string;
  sectionsLabel: string;
  tabTips: string;
  tabPrinciples: string;
  tabSelfCheck: string;
  tipOfTheDay: string;
  openTip: string;
  tipsIntro: string;
  /** The Tips tab's one-tap way to the crisis lines (a disclosure above the tips). */
  inDanger: string;
  tipsCredit: string;
  inPractice: string;
  watchOut: string;
  reflect: string;
  copyTip: string;
  copyTipLabel: (title: string) => string;
  copied: string;
  /** On the copy button for a moment after copying. */
  copiedShort: string;
  copyCueLabel: (n: number, tipTitle: string) => string;
  copyFailed: string;
  /** The popup's button that opens the side panel (Chrome) or sidebar (Firefox). */
  openSidePanel: string;
  principlesIntro: string;
  selfCheckTitle: string;
  selfCheckIntro: string;
  answerYes: string;
  answerNo: string;
  answerUnsure: string;
  showReadout: string;
  startAgain: string;
  readoutTitle: string;
  /** Shown when no answer leans towards rescuing. */
  readoutAllClear: string;
  /** Shown above the notes when some answers lean towards rescuing. */
  readoutIntro: string;
  readoutSkipped: (count: number) => string;
  readoutTipsHeading: string;
  readoutPrinciplesHeading: string;
  readoutNoAnswers: string;
  aboutTitle: string;
  originTitle: string;
  creditsTitle: string;
  resultsHeading: (count: number, query: string) => string;
  resultsTips: string;
  resultsPrinciples: string;
  resultsGlossary: string;
  noResults: (query: string) => string;
  glossarySource: string;
  relatedTips: string;
  opensInNewTab: string;
  tipNumber: (n: number) => string;
  /** The PDF viewer (viewer.html). */
  viewerTitle: string;
  viewerOpen: string;
  viewerIntro: string;
  viewerDropHint: string;
  viewerDropHere: string;
  viewerToolbarLabel: string;
  viewerPageLabel: string;
  viewerOfPages: (total: number) => string;
  viewerPreviousPage: string;
  viewerNextPage: string;
  viewerZoomOut: string;
  viewerZoomIn: string;
  viewerZoomLabel: string;
  viewerFitWidth: string;
  viewerFitPage: string;
  viewerLoading: string;
  viewerDocumentLabel: string;
  viewerPasswordPrompt: string;
  viewerPasswordWrong: string;
  viewerPasswordLabel: string;
  viewerPasswordOpen: string;
  viewerCancel: string;
  /** A PDF without any text: a scan, or pictures of text. */
  viewerNoText: string;
  /** One kind message per reason a PDF could not be shown. */
  viewerProblems: Record<PdfProblem, string>;
  viewerOpenLocal: string;
  /** Reading a PDF from a site needs a yes for that site: why, in one sentence. */
  viewerPermissionWhy: (site: string) => string;
  viewerPermissionAllow: (site: string) => string;
  viewerPermissionRefused: (site: string) => string;
  /** The popup's button when the current tab shows a PDF. */
  popupOpenPdf: string;
  popupOpenPdfNote: string;
  /** Hover card (content script). */
  cardRelatedTips: string;
  cardHideTerm: string;
  /**
   * Said through the page's live region when moving between highlights by keyboard; with
   * {term}, {position}, {total} and {explanation} filled in.
   */
  announceTermTemplate: string;
  announceNone: string;
  announceSiteOff: string;
  announceSiteOn: string;
  /** "This page" view of the popup. */
  tabThisPage: string;
  thisPageIntro: string;
  thisPageNone: string;
  thisPageUnavailable: string;
  thisPagePaused: string;
  thisPageSiteOff: (site: string) => string;
  /** One line when words with an everyday sense were held back on the page. */
  thisPageHeldBack: (count: number) => string;
  showEverydayHere: string;
  termCount: (count: number) => string;
  goToTerm: (term: string, count: number) => string;
  highlightSettingsTitle: string;
  highlightOnPages: string;
  highlightOnThisSite: (site: string) => string;
  highlightStyle: string;
  styleUnderline: string;
  styleBackground: string;
  highlightColour: string;
  colourNames: { teal: string; amber: string; violet: string; blue: string };
  showBadge: string;
  everydayWordsLegend: string;
  everydayWordsHint: string;
  everydayWordsOptions: { 'care-pages': string; everywhere: string; never: string };
  hiddenTermsTitle: string;
  showTermAgain: (term: string) => string;
  /** My tips. */
  tabMyTips: string;
  aboutButton: string;
  myTipsIntro: string;
  myTipsEmpty: string;
  addTipLabel: string;
  addTipPlaceholder: string;
  noteLabel: string;
  tagsLabel: string;
  addTipButton: string;
  tipAdded: string;
  editTip: string;
  editTipLabel: (text: string) => string;
  saveTip: string;
  cancelEdit: string;
  deleteTip: string;
  deleteTipLabel: (text: string) => string;
  tipDeleted: string;
  undo: string;
  tipRestored: string;
  moveUp: (text: string) => string;
  moveDown: (text: string) => string;
  dragHandle: (text: string) => string;
  movedTo: (position: number, total: number) => string;
  filterByTag: string;
  allTags: string;
  keepTip: string;
  keepTipLabel: (title: string) => string;
  keptTip: string;
  tipKept: string;
  fromPage: string;
  resultsMyTips: string;
  builtInBadge: string;
  saveFailed: string;
  /** Own terms. */
  ownTermLabel: string;
  ownTermsTitle: string;
  ownTermsIntro: string;
  termLabel: string;
  variantsLabel: string;
  explanationLabel: string;
  addTermButton: string;
  termAdded: string;
  editTermLabel: (term: string) => string;
  deleteTermLabel: (term: string) => string;
  termDeleted: string;
  ownTermsEmpty: string;
  /** Options page. */
  optionsTitle: string;
  optionsNav: string;
  languageTitle: string;
  languageIntro: string;
  languageFollowBrowser: string;
  sitesOffTitle: string;
  sitesOffEmpty: string;
  addSiteLabel: string;
  addSiteButton: string;
  removeSite: (site: string) => string;
  privacyTitle: string;
  privacyText: string[];
  shortcutsTitle: string;
  shortcutsIntro: string;
  shortcutNotSet: string;
  changeShortcuts: string;
  changeShortcutsHelp: string;
  keepPageAddress: string;
  askTermTitle: string;
  askTermIntro: string;
  /** Welcome page (on install). */
  welcomeTitle: string;
  welcomeIntro: string;
  welcomeWhatTitle: string;
  welcomeWhat: string[];
  welcomePinTitle: string;
  welcomePinChrome: string;
  welcomePinFirefox: string;
  welcomeSettings: string;
  welcomeNote: string;
  /** Sync. */
  syncTitle: string;
  syncIntro: string;
  syncToggle: string;
  syncMeter: (usedKb: number, totalKb: number) => string;
  syncNotYet: string;
  syncLast: (time: string) => string;
  syncNotSynced: (count: number) => string;
  syncQuotaError: string;
  syncFailed: string;
  /** The browser's write-rate limit (per minute or hour) was reached; `time`: when sync
   * tries again by itself, or null when it is not known. */
  syncRateLimited: (time: string | null) => string;
  /** Records from other browsers not added here: the list is full. */
  syncHeldBack: (count: number) => string;
  /** Stored data that could not be read (popup and options page). */
  storageUnreadable: string;
  sectionFailed: string;
  saveStoredData: string;
  /** Backup and restore. */
  backupTitle: string;
  backupIntro: string;
  exportJson: string;
  exportMarkdown: string;
  exported: string;
  importLabel: string;
  importPreviewTitle: string;
  importModeMerge: string;
  importModeReplace: string;
  importCounts: (
    kind: string,
    added: number,
    updated: number,
    unchanged: number,
    removed: number,
  ) => string;
  importSettingsChange: string;
  importApply: string;
  importCancel: string;
  importDone: string;
  importFailedWrite: string;
  markdownTitle: string;
  markdownExportedOn: (date: string) => string;
  markdownNote: string;
  markdownTags: string;
  markdownSource: string;
  /** One kind message per reason a file was refused; each says nothing was changed. */
  backupErrors: Record<BackupErrorCode | 'unreadable', string>;
  /** The most records a list keeps (LIMITS.records). */
  tooManyTips: string;
  tooManyTerms: string;
  /** An own term with no letter or digit: nothing on a page could match it. */
  termNeedsLetters: string;
  importTooMany: string;
  /** "Holding space for yourself": the header button that opens its section. */
  selfCareButton: string;
  /** The example in an opened tip, and its "instead of … try …" phrasing. */
  exampleHeading: string;
  insteadOf: string;
  tryThis: string;
  /** The pocket card: the link in the popup, and the page to print. */
  pocketCardLink: string;
  pocketCardTitle: string;
  pocketCardIntro: string;
  pocketCardPrint: string;
  pocketCardTips: string;
  pocketCardQuestionsIntro: string;
}
