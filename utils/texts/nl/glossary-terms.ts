import type { GlossaryId } from '../glossary-links';
import type { GlossaryTerm } from '../types';

/**
 * The Dutch headword and every form that finds each glossary entry on a page. Kept apart
 * from the explanations (./glossary.ts) so the content script carries only what it matches.
 * `variants` are found wherever they stand in Dutch text; `everyday` forms also have a
 * common everyday sense (lifeguards who "redden", traffic "veiligheid", a budget's
 * "grenzen") and are found only on a page about care (see ../types.ts).
 */
export const glossaryTerms: Record<GlossaryId, GlossaryTerm> = {
  'holding-space': {
    variants: ['holding space', 'holding-space', 'hold space', 'space holder', 'ruimte vasthouden'],
    // "Ruimte houden" is how Dutch helpers say holding space; a car park "houdt ruimte" too.
    everyday: [
      'ruimte houden',
      'ruimte te houden',
      'ruimte houdt',
      'houdt ruimte',
      'houd ruimte',
      'ruimte hield',
      'ruimte hielden',
      'ruimte vast te houden',
      'ruimte vasthoudt',
    ],
  },
  'making-space': {
    variants: [],
    everyday: [
      'ruimte geven',
      'ruimte te geven',
      'ruimte geeft',
      'ruimte gaf',
      'ruimte laten',
      'ruimte te laten',
      'ruimte laat',
      'ruimte bieden',
      'ruimte te bieden',
      'ruimte biedt',
      'biedt ruimte',
      'bied ruimte',
      'geeft ruimte',
      'geef ruimte',
      'gaf ruimte',
      'laat ruimte',
      'liet ruimte',
    ],
  },
  rescuing: {
    variants: [],
    everyday: [
      'redden',
      'redt',
      'redde',
      'gered',
      'reddend',
      'reddende',
      'te redden',
      'willen redden',
    ],
  },
  rescuer: {
    variants: ['reddersrol', 'reddersrollen', 'redderrol', 'reddersgedrag'],
    everyday: ['redder', 'redders', 'redster'],
  },
  'saviour-complex': {
    variants: [
      'redderssyndroom',
      'reddersyndroom',
      'redderscomplex',
      'helperssyndroom',
      'helpersyndroom',
      'messiascomplex',
    ],
  },
  'drama-triangle': {
    variants: [
      'dramadriehoek',
      'dramadriehoeken',
      'drama-driehoek',
      'reddersdriehoek',
      'driehoek van karpman',
      'karpman-driehoek',
    ],
  },
  'victim-role': {
    variants: [
      'slachtofferrol',
      'slachtofferrollen',
      'slachtoffergedrag',
      'slachtofferdenken',
      'slachtoffermentaliteit',
    ],
  },
  persecutor: {
    variants: ['aanklagersrol', 'aanklagerrol'],
    everyday: ['aanklager', 'aanklagers', 'vervolger'],
  },
  'winners-triangle': {
    variants: ['winnaarsdriehoek', 'winnaarsdriehoeken', 'winnersdriehoek'],
  },
  'self-direction': {
    variants: [
      'zelfregie',
      'regie over je leven',
      'regie over je eigen leven',
      'regie over het eigen leven',
      'regie over hun leven',
      'regie over hun eigen leven',
    ],
    everyday: ['eigen regie', 'eigenregie', 'zelfmanagement'],
  },
  autonomy: {
    variants: [
      'persoonlijke autonomie',
      'autonomieondersteunend',
      'autonomieondersteunende',
      'autonomie-ondersteunend',
      'respect voor autonomie',
    ],
    everyday: ['autonomie'],
  },
  'self-determination': {
    variants: [],
    everyday: [
      'zelfbeschikking',
      'zelfbeschikkingsrecht',
      'recht op zelfbeschikking',
      'zelfbepaling',
    ],
  },
  agency: {
    variants: ['sense of agency'],
    everyday: ['handelingsvermogen', 'gevoel van invloed'],
  },
  empowerment: {
    variants: ['empowerment', 'empoweren', 'empowerend', 'empowerende'],
  },
  'strengths-based': {
    variants: ['krachtgericht werken', 'strengths-based'],
    everyday: ['eigen kracht', 'krachtgericht', 'krachtgerichte'],
  },
  paternalism: {
    variants: [
      'paternalisme',
      'paternalistisch',
      'paternalistische',
      'betutteling',
      'betuttelen',
      'betuttelt',
      'betuttelend',
      'betuttelende',
      'bevoogdend',
      'bevoogdende',
    ],
    everyday: ['bevoogding'],
  },
  'learned-helplessness': {
    variants: ['aangeleerde hulpeloosheid', 'aangeleerde hulploosheid', 'learned helplessness'],
  },
  'dignity-of-risk': {
    variants: ['recht op risico', 'waardigheid van risico', 'dignity of risk'],
    everyday: ['recht om fouten te maken'],
  },
  'shared-decision-making': {
    variants: ['gedeelde besluitvorming'],
    everyday: ['samen beslissen', 'gezamenlijke besluitvorming'],
  },
  'compulsory-framework': {
    variants: [
      'gedwongen kader',
      'gedwongen kaders',
      'dwangkader',
      'drangkader',
      'gedwongen hulpverlening',
      'verplichte hulpverlening',
      'onvrijwillige cliënt',
      'onvrijwillige cliënten',
    ],
    everyday: ['justitieel kader'],
  },
  coercion: {
    variants: ['dwang en drang', 'drang en dwang'],
    everyday: ['dwang', 'dwangmaatregel', 'dwangmaatregelen'],
  },
  'involuntary-care': {
    variants: [
      'onvrijwillige zorg',
      'verplichte zorg',
      'gedwongen zorg',
      'gedwongen opname',
      'gedwongen opnames',
      'gedwongen opnamen',
      'zorgmachtiging',
      'wet verplichte ggz',
      'wet zorg en dwang',
      'wvggz',
      'wzd',
    ],
    everyday: ['crisismaatregel'],
  },
  'waiting-list': {
    variants: ['overbruggingszorg'],
    everyday: ['wachtlijst', 'wachtlijsten', 'wachtlijstproblematiek'],
  },
  'trauma-informed': {
    variants: [
      'trauma-informed werken',
      'trauma-informed',
      'trauma informed',
      'trauma-informed care',
      'trauma-informed zorg',
      'traumageïnformeerd',
      'traumageïnformeerde',
      'trauma-geïnformeerd',
      'trauma-geïnformeerde',
    ],
  },
  'trauma-sensitive': {
    variants: [
      'traumasensitief werken',
      'traumasensitief',
      'traumasensitieve',
      'trauma-sensitief',
      'trauma-sensitieve',
      'traumasensitiviteit',
      'traumabewust',
      'traumabewuste',
    ],
  },
  safety: {
    variants: ['emotionele veiligheid', 'psychologische veiligheid'],
    everyday: ['veiligheid', 'gevoel van veiligheid', 'veiligheidsgevoel'],
  },
  'trustworthiness-transparency': {
    variants: [],
    everyday: ['betrouwbaarheid en transparantie', 'betrouwbaar en transparant'],
  },
  'peer-support': {
    variants: [
      'ervaringswerker',
      'ervaringswerkers',
      'lotgenotensteun',
      'lotgenotencontact',
      'peer support',
    ],
    everyday: ['ervaringsdeskundigheid', 'ervaringsdeskundige', 'ervaringsdeskundigen'],
  },
  'collaboration-mutuality': {
    variants: [],
    everyday: ['samenwerking en wederkerigheid', 'wederkerigheid'],
  },
  'voice-and-choice': {
    variants: [],
    // Medezeggenschap and inspraak are also the works council's and the town hall's.
    everyday: [
      'zeggenschap en keuze',
      'stem en keuze',
      'inspraak en keuze',
      'medezeggenschap',
      'cliëntenraad',
      'cliëntenraden',
      'clientenraad',
      'inspraak',
    ],
  },
  'cultural-historical-gender': {
    variants: ['culturele, historische en genderaspecten'],
  },
  'co-regulation': {
    variants: [
      'co-regulatie',
      'coregulatie',
      'co-reguleren',
      'coreguleren',
      'co-regulerend',
      'co-regulation',
    ],
  },
  'self-regulation': {
    variants: [],
    everyday: ['zelfregulatie', 'zelfreguleren', 'zelfregulerend', 'zelfregulerende'],
  },
  'window-of-tolerance': {
    variants: ['window of tolerance', 'tolerantievenster'],
  },
  trigger: {
    variants: [],
    everyday: [
      'trigger',
      'triggers',
      'getriggerd',
      'getriggerde',
      'triggeren',
      'triggert',
      'triggerde',
      'triggerden',
    ],
  },
  're-experiencing': {
    variants: [],
    everyday: [
      'herbeleving',
      'herbelevingen',
      'herbeleven',
      'herbeleeft',
      'herbeleefde',
      'herbeleefd',
      'flashback',
      'flashbacks',
    ],
  },
  retraumatisation: {
    variants: [
      'hertraumatisering',
      'hertraumatiseren',
      'hertraumatiserend',
      'hertraumatiserende',
      'gehertraumatiseerd',
      'retraumatisering',
    ],
  },
  predictability: {
    variants: [],
    everyday: ['voorspelbaarheid'],
  },
  presence: {
    variants: [],
    everyday: [
      'aanwezigheid',
      'aanwezig zijn',
      'echt aanwezig',
      'volledig aanwezig',
      'nabijheid',
      'nabij zijn',
    ],
  },
  'presence-approach': {
    variants: [
      'presentiebenadering',
      'presentietheorie',
      'presentiebeoefenaar',
      'presentiebeoefenaars',
      'presentiegericht',
      'presentiegerichte',
      'presentiegericht werken',
    ],
    everyday: ['presentie'],
  },
  attunement: {
    variants: ['attunement'],
    everyday: ['afstemmen', 'afstemt', 'afstemde', 'afgestemd', 'af te stemmen', 'stemt af'],
  },
  'non-judgement': {
    variants: [
      'oordeelloos',
      'oordeelloze',
      'oordeelloosheid',
      'niet-oordelend',
      'niet-oordelende',
      'niet oordelend',
      'niet oordelende',
      'oordeelvrij',
      'oordeelvrije',
    ],
    everyday: ['zonder oordeel', 'zonder te oordelen'],
  },
  judgement: {
    variants: [],
    everyday: [
      'oordeel',
      'oordelen',
      'oordelend',
      'oordelende',
      'veroordelend',
      'veroordelende',
      'veroordeeld voelen',
    ],
  },
  shaming: {
    // Not "kleineren" (belittling, also a form of abuse) nor "beschamen" (mostly: to betray
    // someone's trust): making someone feel ashamed, as the card means it.
    variants: [
      'beschaamd maken',
      'beschaamd laten voelen',
      'beschaamd laat voelen',
      'schaamte aanpraten',
      'schaamte oproepen',
    ],
  },
  overwhelm: {
    variants: [],
    everyday: [
      'overweldigd',
      'overweldigen',
      'overweldigt',
      'overspoeld',
      'overvraagd',
      'overvragen',
    ],
  },
  'righting-reflex': {
    variants: ['reparatiereflex', 'righting reflex', 'oplosreflex', 'oplosdrang'],
  },
  'motivational-interviewing': {
    variants: [
      'motiverende gespreksvoering',
      'motivational interviewing',
      'motiverend interviewen',
    ],
  },
  'mi-spirit': {
    variants: [
      'spirit van motiverende gespreksvoering',
      'geest van motiverende gespreksvoering',
      'mi-spirit',
      'mi spirit',
      'spirit van mi',
    ],
  },
  evocation: {
    variants: [],
    everyday: ['ontlokken', 'evocatie'],
  },
  'active-listening': {
    variants: [
      'actief luisteren',
      'actief luistert',
      'actief te luisteren',
      'reflectief luisteren',
    ],
    // Gewoon luisteren: shown where the text is about care (a hospice, a crisis line).
    everyday: [
      'luisteren',
      'luistert',
      'luisterde',
      'luisterden',
      'geluisterd',
      'luisterend oor',
      'een luisterend oor',
      'luisteraar',
      'luisteraars',
    ],
  },
  'unconditional-positive-regard': {
    variants: [
      'onvoorwaardelijke positieve aandacht',
      'onvoorwaardelijke positieve waardering',
      'unconditional positive regard',
    ],
    everyday: ['onvoorwaardelijke acceptatie', 'onvoorwaardelijke aanvaarding'],
  },
  'emotional-validation': {
    variants: [
      'emotionele validatie',
      'gevoelens valideren',
      'gevoelens erkennen',
      'erkenning van gevoelens',
    ],
    everyday: ['valideren'],
  },
  psychoeducation: {
    variants: [
      'psycho-educatie',
      'psychoeducatie',
      'psycho-educatief',
      'psycho-educatieve',
      'psychoeducatief',
      'psychoeducatieve',
    ],
  },
  container: {
    variants: ['containen'],
    everyday: ['container', 'containment'],
  },
  'safe-space': {
    variants: ['safe space', 'safe spaces'],
    everyday: ['veilige ruimte', 'veilige ruimtes', 'veilige ruimten'],
  },
  'liminal-space': {
    variants: [
      'liminale ruimte',
      'liminale ruimtes',
      'liminale fase',
      'liminaliteit',
      'liminal space',
    ],
  },
  'helping-hand': {
    variants: [],
    everyday: ['steuntje in de rug', 'steuntjes in de rug'],
  },
  'secondary-traumatic-stress': {
    variants: [
      'secundaire traumatisering',
      'secundaire traumatisatie',
      'secundaire traumatische stress',
      'secundair trauma',
    ],
  },
  'compassion-fatigue': {
    variants: [
      'compassiemoeheid',
      'compassievermoeidheid',
      'empathiemoeheid',
      'compassion fatigue',
    ],
  },
  'vicarious-trauma': {
    variants: [
      'plaatsvervangend trauma',
      'plaatsvervangende traumatisering',
      'plaatsvervangende traumatisatie',
      'vicarious trauma',
    ],
  },
  burnout: {
    variants: ['burn-out', 'burnout', 'burn-outs'],
    everyday: ['opgebrand', 'opgebrande'],
  },
  'self-care': {
    variants: ['zelfzorg', 'self-care', 'selfcare', 'goed voor jezelf zorgen'],
  },
  boundaries: {
    variants: ['persoonlijke grenzen'],
    everyday: [
      'grenzen',
      'grenzen stellen',
      'grenzen aangeven',
      'grenzen bewaken',
      'grenzen trekken',
      'grens stellen',
      'grens aangeven',
      'grens trekken',
    ],
  },
  supervision: {
    variants: ['intervisie', 'intervisiegroep', 'intervisiegroepen'],
    everyday: ['supervisie'],
  },
  'recovery-oriented': {
    variants: [
      'herstelgerichte zorg',
      'herstelondersteunende zorg',
      'herstelondersteunend',
      'herstelondersteunende',
      'herstelkapitaal',
      'herstelgroep',
      'herstelgroepen',
    ],
    // "Herstelgericht (werken)" is also restorative justice between offender and victim, in
    // schools and (in Flanders above all) youth justice; recovery from an injury is personal too.
    everyday: [
      'herstelgericht werken',
      'herstelgericht',
      'herstelgerichte',
      'persoonlijk herstel',
      'herstel',
      'herstellen',
      'herstelt',
      'herstelproces',
    ],
  },
  'solution-focused': {
    variants: [
      'oplossingsgerichte therapie',
      'oplossingsgerichte gespreksvoering',
      'oplossingsgericht coachen',
    ],
    // Job ads ask for someone who "oplossingsgericht werkt": solving problems for others, the
    // opposite of what the card means.
    everyday: ['oplossingsgericht werken', 'oplossingsgericht', 'oplossingsgerichte'],
  },
  'safety-plan': {
    variants: ['signaleringsplan', 'signaleringsplannen', 'crisiskaart', 'crisiskaarten'],
    // Companies, councils and events have a crisisplan or veiligheidsplan too.
    everyday: ['crisisplan', 'crisisplannen', 'veiligheidsplan', 'veiligheidsplannen'],
  },
  'informal-carer': {
    variants: [
      'mantelzorger',
      'mantelzorgers',
      'mantelzorg',
      'mantelzorgverlener',
      'mantelzorgverleners',
    ],
  },
  safeguarding: {
    variants: [
      'meldcode',
      'meldcodes',
      'meldcode huiselijk geweld en kindermishandeling',
      'verplichte meldcode',
    ],
    // "Kom veilig thuis" is a wish for a safe journey; Veilig Thuis is the advice centre
    // the meldcode sends you to.
    everyday: ['veilig thuis'],
  },
  'self-reliance': {
    variants: ['zelfredzaamheid', 'zelfredzaam', 'zelfredzame'],
  },
  'mental-capacity': {
    variants: [
      'wilsbekwaamheid',
      'wilsbekwaam',
      'wilsbekwame',
      'wilsonbekwaam',
      'wilsonbekwame',
      'wilsonbekwaamheid',
    ],
  },
  'request-for-help': {
    variants: ['hulpvraaggericht werken'],
    // A helpdesk asks for "je hulpvraag" too, and an exam gives "hulpvragen" as steps towards
    // an answer.
    everyday: ['hulpvraag', 'hulpvragen'],
  },
  'not-knowing-how-to-act': {
    variants: ['handelingsverlegenheid', 'handelingsverlegen'],
  },
  grief: {
    variants: [
      'rouwverwerking',
      'rouwproces',
      'rouwprocessen',
      'rouwreactie',
      'rouwreacties',
      'rouwende',
      'rouwenden',
      'rouwtaken',
      'rouwbegeleiding',
      'gecompliceerde rouw',
    ],
    // "Rouw" is also mourning dress and a national day of mourning for a statesman.
    everyday: ['rouw', 'rouwen', 'rouwt', 'rouwde'],
  },
  'harm-reduction': {
    variants: ['harm reduction', 'harm-reduction'],
    // Schadebeperking is also what an insurer or a firm does after a fire or a leak.
    everyday: ['schadebeperking', 'schadebeperkend', 'schadebeperkende'],
  },
};
