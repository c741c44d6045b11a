import type { UiText } from '../ui-types';

export const ui: UiText = {
  appName: 'Holding Space Companion',
  tagline: 'Steunen zonder over te nemen',
  languageSwitchLabel: 'Taal',
  languageNames: { en: 'English', nl: 'Nederlands' },
  searchLabel: 'Zoek in tips, principes en begrippen',
  searchPlaceholder: 'Zoek, bijv. „autonomie”',
  clearSearch: 'Zoekopdracht wissen',
  sectionsLabel: 'Onderdelen',
  tabTips: 'Tips',
  tabPrinciples: 'Principes',
  tabSelfCheck: 'Zelfcheck',
  tipOfTheDay: 'Tip van de dag',
  openTip: 'Deze tip openen',
  tipsIntro: 'Acht tips voor holding space. Open er een voor concrete handvatten.',
  inDanger: 'Iemand in gevaar? Hier kun je terecht',
  tipsCredit: 'Naar de acht tips van Heather Plett (2015), in onze eigen woorden.',
  inPractice: 'In de praktijk',
  watchOut: 'Let op',
  reflect: 'Vraag jezelf af',
  copyTip: 'Kopiëren',
  copyTipLabel: (title) => `Tip kopiëren: ${title}`,
  copied: 'Gekopieerd naar het klembord.',
  copiedShort: 'Gekopieerd',
  copyCueLabel: (n, tipTitle) => `Punt ${n} van „In de praktijk” kopiëren: ${tipTitle}`,
  copyFailed: 'Kopiëren lukte hier niet. Je kunt de tekst zelf selecteren en kopiëren.',
  openSidePanel: 'Naast de pagina openhouden',
  principlesIntro: 'Waar holding space op rust.',
  selfCheckTitle: 'Redden of steuntje in de rug?',
  selfCheckIntro:
    'Even pauze voordat je bijspringt. Antwoord eerlijk: niemand ziet dit en er wordt niets bewaard.',
  answerYes: 'Ja',
  answerNo: 'Nee',
  answerUnsure: 'Weet ik niet',
  showReadout: 'Wat past nu?',
  startAgain: 'Opnieuw beginnen',
  readoutTitle: 'Wat je antwoorden laten zien',
  readoutAllClear:
    'Je antwoorden wijzen op een steuntje in de rug: je laat de ander de richting bepalen. Blijf nieuwsgierig en blijf navragen hoe het gaat.',
  readoutIntro: 'Een paar dingen om nog even bij stil te staan voordat je bijspringt:',
  readoutSkipped: (count) =>
    count === 1 ? 'Je hebt één vraag opengelaten.' : `Je hebt ${count} vragen opengelaten.`,
  readoutTipsHeading: 'Tips die nu kunnen helpen',
  readoutPrinciplesHeading: 'Om te onthouden',
  readoutNoAnswers: 'Beantwoord eerst een paar vragen en kijk dan nog eens.',
  aboutTitle: 'Over holding space',
  originTitle: 'Waar het vandaan komt',
  creditsTitle: 'Bronnen en dank',
  resultsHeading: (count, query) =>
    count === 1 ? `1 resultaat voor „${query}”` : `${count} resultaten voor „${query}”`,
  resultsTips: 'Tips',
  resultsPrinciples: 'Principes',
  resultsGlossary: 'Begrippen',
  noResults: (query) =>
    `Niets gevonden voor „${query}”. Probeer een korter woord, of een woord in de andere taal.`,
  glossarySource: 'Bron',
  relatedTips: 'Bijbehorende tips',
  opensInNewTab: '(opent in een nieuw tabblad)',
  tipNumber: (n) => `Tip ${n}`,
  viewerTitle: 'Pdf met markeringen',
  viewerOpen: 'Pdf openen…',
  viewerIntro:
    'Open een pdf om hem te lezen met dezelfde rustige markeringen en kaartjes als op webpagina’s. Een bestand dat je hier opent, blijft op je apparaat.',
  viewerDropHint: 'Of sleep een pdf-bestand naar deze pagina.',
  viewerDropHere: 'Laat de pdf los om hem te openen',
  viewerToolbarLabel: 'Pdf-knoppen',
  viewerPageLabel: 'Pagina',
  viewerOfPages: (total) => `van ${total}`,
  viewerPreviousPage: 'Vorige pagina',
  viewerNextPage: 'Volgende pagina',
  viewerZoomOut: 'Uitzoomen',
  viewerZoomIn: 'Inzoomen',
  viewerZoomLabel: 'Zoom',
  viewerFitWidth: 'Paginabreedte',
  viewerFitPage: 'Hele pagina',
  viewerLoading: 'De pdf wordt geopend…',
  viewerDocumentLabel: 'Pdf-document',
  viewerPasswordPrompt:
    'Deze pdf is beveiligd met een wachtwoord. Typ het om het bestand te openen.',
  viewerPasswordWrong: 'Met dat wachtwoord gaat deze pdf niet open. Probeer het nog eens.',
  viewerPasswordLabel: 'Wachtwoord',
  viewerPasswordOpen: 'Openen',
  viewerCancel: 'Annuleren',
  viewerNoText:
    'Deze pdf heeft geen tekst om te markeren: waarschijnlijk is het een scan, een afbeelding van de pagina’s. Lezen kan hier wel.',
  viewerProblems: {
    'not-pdf':
      'Dat bestand is geen pdf. Kies een bestand dat op .pdf eindigt en als document opent.',
    broken:
      'Deze pdf is beschadigd en kan niet worden getoond. Heb je hem gedownload? Probeer het dan nog eens.',
    'too-large':
      'Deze pdf is erg groot (meer dan 200 MB), te groot om hier te openen. Open hem in de eigen pdf-viewer van je browser.',
    empty: 'Dat bestand is leeg.',
    unreachable:
      'De pdf kon niet van de site worden geladen. Controleer je verbinding, of download hem en open hem hier als bestand.',
    'not-found': 'Volgens de site staat deze pdf daar niet (meer). Controleer de link.',
    redirected:
      'Het adres van deze pdf stuurde de viewer door naar een andere site, een die je geen toestemming hebt gegeven. Daarom is er niets van gelezen. Download de pdf en open hem hier als bestand.',
    'bad-address': 'Dat is geen webadres van een pdf.',
    'local-address':
      'Een bestand op je computer kan niet via zijn adres worden geopend. Gebruik „Pdf openen…” of sleep het bestand naar deze pagina.',
  },
  viewerOpenLocal: 'Een pdf van je computer openen',
  viewerPermissionWhy: (site) =>
    `Om deze pdf te lezen heeft de extensie je toestemming nodig om bestanden van ${site} te lezen, en alleen van die site.`,
  viewerPermissionAllow: (site) => `Lezen van ${site} toestaan`,
  viewerPermissionRefused: (site) =>
    `Geen toestemming voor ${site}, dus er is niets van gelezen. Je kunt de pdf downloaden en hier openen met „Pdf openen…”, of het bestand naar deze pagina slepen.`,
  popupOpenPdf: 'Deze pdf openen met markeringen',
  popupOpenPdfNote:
    'In de eigen pdf-viewer van je browser mag geen extensie komen; dit opent hem in de onze.',
  cardRelatedTips: 'Bijbehorende tip',
  cardHideTerm: 'Dit begrip niet meer markeren',
  announceTermTemplate: '{term}, {position} van {total}. {explanation}',
  announceNone: 'Geen gemarkeerde begrippen op deze pagina.',
  announceSiteOff: 'Markeren staat uit op deze site.',
  announceSiteOn: 'Markeren staat weer aan op deze site.',
  tabThisPage: 'Deze pagina',
  thisPageIntro:
    'Begrippen uit de woordenlijst op de pagina die je leest. Kies er een om ernaartoe te gaan.',
  thisPageNone: 'Geen begrippen uit de woordenlijst gevonden op deze pagina.',
  thisPageUnavailable:
    'Op deze pagina kan niets gemarkeerd worden (browserpagina’s, de Chrome Web Store en bestanden vallen erbuiten). Open een gewone webpagina en probeer het opnieuw.',
  thisPagePaused: 'Markeren staat overal op pauze.',
  thisPageSiteOff: (site) => `Markeren staat uit op ${site}.`,
  thisPageHeldBack: (count) =>
    count === 1
      ? 'Eén woord met een alledaagse betekenis is niet gemarkeerd, omdat deze pagina niet over zorg lijkt te gaan.'
      : `${count} woorden met een alledaagse betekenis zijn niet gemarkeerd, omdat deze pagina niet over zorg lijkt te gaan.`,
  showEverydayHere: 'Op deze pagina tonen',
  termCount: (count) => (count === 1 ? 'één keer' : `${count} keer`),
  goToTerm: (term, count) =>
    `${term}, ${count === 1 ? 'één keer' : `${count} keer`} gevonden: naar de volgende gaan`,
  highlightSettingsTitle: 'Markeren',
  highlightOnPages: 'Begrippen markeren op webpagina’s',
  highlightOnThisSite: (site) => `Markeren op ${site}`,
  highlightStyle: 'Stijl',
  styleUnderline: 'Onderstreept',
  styleBackground: 'Zachte achtergrond',
  highlightColour: 'Kleur',
  colourNames: { teal: 'Groenblauw', amber: 'Amber', violet: 'Violet', blue: 'Blauw' },
  showBadge: 'Het aantal begrippen tonen op het icoon in de werkbalk',
  everydayWordsLegend: 'Alledaagse woorden („redden”, „trigger”, „grenzen”)',
  everydayWordsHint:
    'Deze woorden hebben ook een gewone betekenis: een strandwacht die redt, de grens met België.',
  everydayWordsOptions: {
    'care-pages': 'Alleen op pagina’s over zorg',
    everywhere: 'Overal',
    never: 'Nooit',
  },
  hiddenTermsTitle: 'Begrippen die je hebt uitgezet',
  showTermAgain: (term) => `„${term}” weer markeren`,
  tabMyTips: 'Mijn tips',
  aboutButton: 'Over',
  myTipsIntro: 'Je eigen vuistregels: uit supervisie, van collega’s of uit wat je leest.',
  myTipsEmpty:
    'Nog geen eigen tips. Voeg er hierboven een toe, bewaar een van de acht tips, of selecteer tekst op een pagina en kies „Toevoegen aan Mijn tips” in het rechtermuisknopmenu.',
  addTipLabel: 'Nieuwe tip',
  addTipPlaceholder: 'bijv. Vraag eerst of advies welkom is',
  noteLabel: 'Notitie (optioneel)',
  tagsLabel: 'Labels (optioneel, gescheiden door komma’s)',
  addTipButton: 'Tip toevoegen',
  tipAdded: 'Tip toegevoegd.',
  editTip: 'Bewerken',
  editTipLabel: (text) => `Tip bewerken: ${text}`,
  saveTip: 'Bewaren',
  cancelEdit: 'Annuleren',
  deleteTip: 'Verwijderen',
  deleteTipLabel: (text) => `Tip verwijderen: ${text}`,
  tipDeleted: 'Tip verwijderd.',
  undo: 'Ongedaan maken',
  tipRestored: 'Tip teruggezet.',
  moveUp: (text) => `Omhoog: ${text}`,
  moveDown: (text) => `Omlaag: ${text}`,
  dragHandle: (text) => `Slepen om te verplaatsen: ${text}`,
  movedTo: (position, total) => `Verplaatst naar plaats ${position} van ${total}.`,
  filterByTag: 'Filteren op label',
  allTags: 'Alle',
  keepTip: 'Bewaren in Mijn tips',
  keepTipLabel: (title) => `Bewaren in Mijn tips: ${title}`,
  keptTip: 'In Mijn tips',
  tipKept: 'Bewaard in Mijn tips.',
  fromPage: 'Uit',
  resultsMyTips: 'Mijn tips',
  builtInBadge: 'een van de acht tips',
  saveFailed: 'Dat kon niet worden opgeslagen. Er is niets verloren gegaan; probeer het nog eens.',
  ownTermLabel: 'Je eigen begrip',
  ownTermsTitle: 'Je eigen begrippen',
  ownTermsIntro:
    'Woorden die je ook gemarkeerd wilt zien op pagina’s, met je eigen korte uitleg. Ze krijgen een eigen stijl.',
  termLabel: 'Begrip',
  variantsLabel: 'Andere vormen (optioneel, gescheiden door komma’s)',
  explanationLabel: 'Korte uitleg',
  addTermButton: 'Begrip toevoegen',
  termAdded: 'Begrip toegevoegd.',
  editTermLabel: (term) => `Begrip bewerken: ${term}`,
  deleteTermLabel: (term) => `Begrip verwijderen: ${term}`,
  termDeleted: 'Begrip verwijderd.',
  ownTermsEmpty:
    'Nog geen eigen begrippen. Voeg er hier een toe, of selecteer een woord op een pagina en kies „Dit begrip markeren” in het rechtermuisknopmenu.',
  optionsTitle: 'Holding Space Companion: instellingen en je tips',
  optionsNav: 'Op deze pagina',
  languageTitle: 'Taal',
  languageIntro: 'De taal van de popup, de kaartjes op pagina’s en deze pagina.',
  languageFollowBrowser: 'Zelfde als de browser',
  sitesOffTitle: 'Sites waar markeren uit staat',
  sitesOffEmpty: 'Geen: markeren werkt op elke site.',
  addSiteLabel: 'Een site toevoegen (bijv. voorbeeld.nl)',
  addSiteButton: 'Site toevoegen',
  removeSite: (site) => `Weer markeren op ${site}`,
  privacyTitle: 'Privacy',
  privacyText: [
    'Deze extensie doet zelf geen netwerkverzoeken: geen telemetrie, geen analytics, geen code van buiten. De enige uitzondering is een pdf die jij van een site opent in de pdf-viewer van de extensie: dat bestand wordt van die site gelezen, zoals je browser dat zou doen, en er wordt verder niets verstuurd.',
    'Je tips, begrippen en instellingen blijven in deze browser. Alleen als je hieronder synchroniseren aanzet, gaan ze via de eigen synchronisatie van je browser naar je andere browsers met hetzelfde account.',
    'De tekst van pagina’s die je leest wordt op de pagina zelf doorzocht en nooit bewaard of verstuurd.',
  ],
  shortcutsTitle: 'Sneltoetsen',
  shortcutsIntro:
    'Ga van begrip naar begrip op een pagina, of zet markeren op een site aan of uit. Je browser laat je de toetsen veranderen.',
  shortcutNotSet: 'niet ingesteld',
  changeShortcuts: 'Toetsen veranderen',
  changeShortcutsHelp:
    'Chrome en Edge: open chrome://extensions/shortcuts. Firefox: about:addons → tandwielmenu → Sneltoetsen voor extensies beheren.',
  keepPageAddress: 'Het webadres bewaren bij een tip die je van een pagina toevoegt',
  askTermTitle: 'Dit begrip markeren',
  askTermIntro:
    'Voeg een korte uitleg toe: die verschijnt als je op een pagina naar het begrip wijst.',
  welcomeTitle: 'Welkom bij Holding Space Companion',
  welcomeIntro:
    'Steunen zonder over te nemen, binnen handbereik: de acht tips voor holding space, een korte check „redden of steuntje in de rug?” en rustige uitleg bij begrippen die je tegenkomt tijdens het lezen.',
  welcomeWhatTitle: 'Wat het doet',
  welcomeWhat: [
    'De knop in de werkbalk opent de tips, de principes, de zelfcheck en een zoekfunctie over alles.',
    'Op pagina’s die je leest worden begrippen als „eigen regie”, „redden” of „compassiemoeheid” rustig onderstreept. Wijs er een aan voor een korte uitleg en de tip die erbij hoort. De pagina zelf verandert nooit.',
    'Mijn tips bewaart je eigen vuistregels. Selecteer tekst op een pagina en klik met rechts om die toe te voegen.',
  ],
  welcomePinTitle: 'Zet de knop vast in de werkbalk',
  welcomePinChrome:
    'Chrome en Edge: klik op het puzzelstukje naast de adresbalk en dan op de punaise naast Holding Space Companion.',
  welcomePinFirefox:
    'Firefox: klik op de extensieknop (het puzzelstukje) in de werkbalk, dan op het tandwiel naast Holding Space Companion, en kies Vastmaken aan werkbalk.',
  welcomeSettings: 'Instellingen openen',
  welcomeNote: 'Het ondersteunt je eigen oordeel; het vervangt geen supervisie, training of zorg.',
  syncTitle: 'Synchroniseren tussen je browsers',
  syncIntro:
    'Standaard uit. Als het aan staat, gaan Mijn tips en je eigen begrippen via de eigen synchronisatie van je browser naar je andere browsers met hetzelfde account. Deze browser bewaart hoe dan ook alles.',
  syncToggle: 'Mijn tips en eigen begrippen synchroniseren',
  syncMeter: (usedKb, totalKb) => `${usedKb} KB van ${totalKb} KB synchronisatieruimte gebruikt`,
  syncNotYet: 'Nog niet gesynchroniseerd.',
  syncLast: (time) => `Laatst gesynchroniseerd ${time}.`,
  syncNotSynced: (count) =>
    count === 1
      ? 'Eén item is te groot of past niet in de synchronisatieruimte. Het blijft veilig in deze browser.'
      : `${count} items zijn te groot of passen niet in de synchronisatieruimte. Ze blijven veilig in deze browser.`,
  syncQuotaError:
    'De synchronisatieruimte is vol, dus de laatste wijziging kon niet mee. Die blijft veilig in deze browser; een paar tips verwijderen maakt ruimte.',
  syncFailed:
    'De browser kon nu niet synchroniseren. Je gegevens blijven veilig in deze browser; de synchronisatie probeert het over een tijdje vanzelf opnieuw.',
  syncRateLimited: (time) =>
    `Je browser laat synchronisatie maar een beperkt aantal keer per minuut en per uur schrijven, en die grens is bereikt. Je gegevens blijven veilig in deze browser; de synchronisatie probeert het vanzelf opnieuw${time ? ` om ${time}` : ', zo meteen'}.`,
  syncHeldBack: (count) =>
    count === 1
      ? 'Eén tip of begrip uit je andere browsers is hier niet toegevoegd: een lijst kan er hoogstens 1000 bevatten. Het blijft veilig in de synchronisatie; verwijder er hier een paar om ruimte te maken.'
      : `${count} tips of begrippen uit je andere browsers zijn hier niet toegevoegd: een lijst kan er hoogstens 1000 bevatten. Ze blijven veilig in de synchronisatie; verwijder er hier een paar om ruimte te maken.`,
  storageUnreadable:
    'Een deel van wat deze extensie heeft opgeslagen, kon niet worden gelezen en staat hier daarom niet. Er is niets verwijderd: je kunt alles precies zoals het is opgeslagen als bestand bewaren, om te houden of mee te sturen met een vraag.',
  sectionFailed:
    'Dit deel kon niet worden getoond, omdat iets wat ervoor is opgeslagen niet te lezen was. De rest werkt gewoon, en er is niets verwijderd.',
  saveStoredData: 'Opgeslagen gegevens als bestand bewaren',
  backupTitle: 'Back-up en terugzetten',
  backupIntro:
    'Bewaar alles (tips, begrippen, instellingen) in één bestand, en zet het hier of in een andere browser terug. Een Markdown-bestand van Mijn tips is handig om te printen of te delen.',
  exportJson: 'Alles exporteren (JSON)',
  exportMarkdown: 'Mijn tips exporteren (Markdown)',
  exported: 'Opgeslagen in je downloads.',
  importLabel: 'Terugzetten uit een back-upbestand',
  importPreviewTitle: 'Wat deze back-up zou veranderen',
  importModeMerge: 'Samenvoegen: toevoegen en bijwerken uit de back-up, de rest blijft',
  importModeReplace:
    'Vervangen: Mijn tips, eigen begrippen en instellingen precies zoals in de back-up',
  importCounts: (kind, added, updated, unchanged, removed) =>
    `${kind}: ${added} nieuw, ${updated} bijgewerkt, ${unchanged} ongewijzigd${removed > 0 ? `, ${removed} verwijderd` : ''}`,
  importSettingsChange: 'De instellingen worden vervangen door die uit de back-up.',
  importApply: 'Terugzetten',
  importCancel: 'Annuleren',
  importDone: 'Teruggezet. Alles uit de back-up staat op zijn plek.',
  importFailedWrite: 'Terugzetten lukte niet, en er is niets veranderd. Probeer het nog eens.',
  markdownTitle: 'Mijn tips',
  markdownExportedOn: (date) => `Geëxporteerd op ${date} uit Holding Space Companion.`,
  markdownNote: 'Notitie',
  markdownTags: 'Labels',
  markdownSource: 'Bron',
  backupErrors: {
    empty:
      'Dat bestand is leeg. Kies een back-upbestand van Holding Space Companion. Er is niets veranderd.',
    'too-large':
      'Dat bestand is groter dan elke back-up die deze extensie maakt (meer dan 80 MB). Er is niets veranderd.',
    'not-json':
      'Dat bestand is geen back-up: het is niet te lezen als JSON. Er is niets veranderd.',
    'too-many-parts':
      'Dat bestand bevat veel meer onderdelen dan een back-up van deze extensie ooit heeft. Daarom is het niet geopend: deze pagina zou ervan kunnen vastlopen. Er is niets veranderd.',
    'not-a-backup':
      'Dat bestand bevat gegevens, maar geen back-up van Holding Space Companion. Er is niets veranderd.',
    'newer-version':
      'Deze back-up komt van een nieuwere versie van de extensie. Werk de extensie bij en probeer het opnieuw. Er is niets veranderd.',
    invalid:
      'Een deel van deze back-up is beschadigd of met de hand veranderd, dus hij is niet gebruikt. Er is niets veranderd.',
    'forbidden-key':
      'Dit bestand bevat namen die niet in een back-up horen, dus het is niet gebruikt, om je gegevens veilig te houden. Er is niets veranderd.',
    unreadable: 'Dat bestand kon niet worden gelezen. Er is niets veranderd.',
  },
  tooManyTips:
    'Je hebt 1000 tips, het maximum van deze lijst. Verwijder er een paar om nieuwe toe te voegen.',
  tooManyTerms:
    'Je hebt 1000 begrippen, het maximum van deze lijst. Verwijder er een paar om nieuwe toe te voegen.',
  termNeedsLetters:
    'Een begrip heeft minstens één letter of cijfer nodig, anders is het nooit op een pagina te vinden. Er is niets bewaard.',
  importTooMany:
    'Na dit terugzetten zouden er meer dan 1000 tips of begrippen zijn, het maximum van een lijst. Kies Vervangen, of verwijder er eerst een paar. Er is niets veranderd.',
  selfCareButton: 'Voor jou',
  exampleHeading: 'Bijvoorbeeld',
  insteadOf: 'In plaats van',
  tryThis: 'Probeer',
  pocketCardLink: 'Zakkaartje om te printen',
  pocketCardTitle: 'Holding space: zakkaartje',
  pocketCardIntro:
    'Print dit op één A4 in liggend formaat en vouw het dubbel: de acht tips aan de ene kant, de vragen aan de andere.',
  pocketCardPrint: 'Printen',
  pocketCardTips: 'De acht tips',
  pocketCardQuestionsIntro: 'Vraag jezelf af voordat je bijspringt:',
};
