import type { TeamListsText } from '../types';

/** Teamlijsten: wat een team deelt en een organisatie instelt, los van Mijn tips. */
export const teamLists: TeamListsText = {
  title: 'Teamlijsten',
  intro:
    'Een teamlijst bevat de tips en woorden van één team of vakgebied, gedeeld als bestand. Hij staat los van Mijn tips: je kunt hem lezen en doorzoeken, uitzetten of verwijderen, maar niet aanpassen. Kopieer een tip naar Mijn tips om hem je eigen te maken.',
  fromList: 'Uit: {name}, versie {version}',
  setByOrganisation: 'Ingesteld door je organisatie',
  noLists: 'Nog geen teamlijsten. Voeg er een toe uit een bestand dat een collega deelde.',
  meta: (publisher, date, tips, terms) =>
    `${publisher ? `${publisher} · ` : ''}${date} · ${tips === 1 ? '1 tip' : `${tips} tips`}, ${terms === 1 ? '1 begrip' : `${terms} begrippen`}`,
  useList: 'Deze lijst gebruiken',
  remove: 'Lijst verwijderen',
  removeConfirm: (name) =>
    `„${name}” verwijderen? De tips en begrippen ervan verdwijnen; tips die je naar Mijn tips kopieerde, blijven.`,
  removeYes: 'Verwijderen',
  removeNo: 'Houden',
  removed: (name) => `„${name}” is verwijderd.`,
  switchedOn: (name) => `„${name}” wordt weer gebruikt.`,
  switchedOff: (name) => `„${name}” staat uit: de begrippen ervan worden niet meer gemarkeerd.`,
  tipsHeading: (count) => (count === 1 ? '1 tip' : `${count} tips`),
  termsHeading: (count) => (count === 1 ? '1 begrip' : `${count} begrippen`),
  copyToMyTips: 'Naar Mijn tips kopiëren',
  copied: 'Gekopieerd naar Mijn tips; daar kun je hem aanpassen.',
  addTitle: 'Een teamlijst toevoegen',
  addLabel: 'Een teamlijstbestand kiezen',
  previewNew: (name, version) => `„${name}”, versie ${version}, toevoegen?`,
  previewNewer: (name, from, to) => `„${name}” bijwerken van versie ${from} naar ${to}?`,
  previewBy: (publisher, date) => `${publisher ? `Van ${publisher}, ` : ''}gedateerd ${date}.`,
  previewAdds: (tips, terms) =>
    `Er komen ${tips === 1 ? '1 tip' : `${tips} tips`} en ${terms === 1 ? '1 begrip' : `${terms} begrippen`} bij. Je eigen tips en begrippen blijven zoals ze zijn.`,
  changesTips: (added, changed, removed) =>
    `Tips: ${added} nieuw, ${changed} gewijzigd, ${removed} verwijderd.`,
  changesTerms: (added, changed, removed) =>
    `Begrippen: ${added} nieuw, ${changed} gewijzigd, ${removed} verwijderd.`,
  changesList: 'Ook de naam, de uitgever of de taal van de lijst verandert.',
  changesNone: 'Alleen de volgorde of de datum is anders.',
  addApply: 'Lijst toevoegen',
  updateApply: 'Lijst bijwerken',
  cancel: 'Annuleren',
  added: (name) => `„${name}” is toegevoegd.`,
  updated: (name, version) => `„${name}” staat nu op versie ${version}.`,
  older: (name, kept, offered) =>
    `Dit bestand bevat versie ${offered} van „${name}”, ouder dan versie ${kept} die je hebt. Er is niets veranderd.`,
  same: (name, version) => `Je hebt versie ${version} van „${name}” al. Er is niets veranderd.`,
  conflict: (name, version) =>
    `Dit bestand bevat een andere versie ${version} van „${name}” dan die je hebt. Vraag wie hem deelt het versienummer te verhogen. Er is niets veranderd.`,
  managed: (name) =>
    `Je organisatie heeft „${name}” al voor je ingesteld, dus hij kan niet nog eens worden toegevoegd. Er is niets veranderd.`,
  full: 'Je hebt zoveel teamlijsten als hier passen (20). Verwijder er eerst een. Er is niets veranderd.',
  tooLarge:
    'Deze lijst is te groot om hier te bewaren: alle teamlijsten samen mogen tot 5 MB innemen. Verwijder er eerst een. Er is niets veranderd.',
  errors: {
    empty: 'Dat bestand is leeg. Kies een teamlijstbestand. Er is niets veranderd.',
    'too-large':
      'Dat bestand is groter dan een teamlijst ooit kan zijn (meer dan 40 MB). Er is niets veranderd.',
    'not-json':
      'Dat bestand is geen teamlijst: het is niet te lezen als JSON. Er is niets veranderd.',
    'too-many-parts':
      'Dat bestand bevat veel meer onderdelen dan een teamlijst ooit kan hebben. Daarom is het niet geopend: deze pagina zou ervan kunnen vastlopen. Er is niets veranderd.',
    'not-team-list': 'Dat bestand bevat gegevens, maar geen teamlijst. Er is niets veranderd.',
    'newer-version':
      'Deze teamlijst is gemaakt met een nieuwere versie van de extensie. Werk de extensie bij en probeer het opnieuw. Er is niets veranderd.',
    invalid:
      'Een deel van deze teamlijst is beschadigd of met de hand veranderd, dus hij is niet gebruikt. Er is niets veranderd.',
    'forbidden-key':
      'Dit bestand bevat iets wat een teamlijst nooit bevat, dus het is niet gebruikt. Er is niets veranderd.',
  },
  isBackup:
    'Dat is een back-up, geen teamlijst. Gebruik „Terugzetten uit een back-upbestand” hieronder om hem terug te zetten. Er is niets veranderd.',
  shareTitle: 'Een teamlijst delen',
  shareIntro:
    'Kies eigen tips en begrippen en bewaar ze als bestand voor je team. Geef het bestand aan collega’s; ieder voegt het hier toe. Verhoog de versie als je wijzigingen deelt.',
  shareStartFrom: 'Wat je deelt',
  shareAsNew: 'Een nieuwe lijst',
  shareNewVersionOf: (name, version) => `Versie ${version} van „${name}”, eerder gedeeld`,
  shareName: 'Naam van de lijst',
  sharePublisher: 'Gedeeld door (een team of organisatie, niet verplicht)',
  shareVersion: 'Versie',
  shareVersionHint: 'Een heel getal. Een collega kan alleen bijwerken naar een hoger getal.',
  shareLanguage: 'Taal van de lijst',
  shareTips: 'Tips om te delen',
  shareTerms: 'Begrippen om te delen',
  shareNothingYet: 'Je hebt nog geen eigen tips of begrippen om te delen.',
  shareSave: 'Lijst als bestand bewaren',
  shareSaved: 'De teamlijst is opgeslagen in je downloads.',
  shareNeedsName: 'Geef de lijst eerst een naam.',
  shareNeedsItems: 'Kies minstens één tip of begrip.',
  policyProblems: (count) =>
    count === 1
      ? 'Eén instelling van je organisatie kon niet worden gebruikt. Je beheerder ziet hier waarom:'
      : `${count} instellingen van je organisatie konden niet worden gebruikt. Je beheerder ziet hier waarom:`,
  thisPageOffByOrganisation: (host) => `Je organisatie houdt markeren uit op ${host}.`,
  syncSetByOrganisation: 'Je organisatie heeft synchroniseren voor deze extensie uitgezet.',
  sitesSetByOrganisation:
    'Je organisatie houdt markeren uit op deze sites. Deze lijst kun je niet aanpassen.',
  languageSetByOrganisation: (language) =>
    `Je organisatie koos ${language} als standaardtaal. Je kunt nog steeds zelf kiezen.`,
};
