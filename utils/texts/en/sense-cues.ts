import type { GlossaryId } from '../glossary-links';
import type { SenseCues } from '../types';

/**
 * How the sense of each English everyday form is read where it stands (see
 * utils/highlight/senses.ts and "What gets highlighted" in the README). Near cues are
 * regular-expression sources matched as whole words in the form's sentence; the form itself
 * is in that sentence, so a cue may include it ("rescue inhalers?"). Page cues are plain
 * words. Every cue says why. tests/unit/sense-cues.test.ts keeps every everyday form of the
 * entries listed in EVERYDAY_SENSES_COVERED covered, and tries each cue on a sentence.
 */
const DRAMA_TRIANGLE: SenseCues['careWith'] = {
  ids: ['drama-triangle', 'winners-triangle', 'victim-role', 'saviour-complex', 'rescuer'],
  reason: 'A page about the drama triangle uses its roles in that sense.',
};

const EMERGENCY =
  'bushfires?|wildfires?|blaze|mountain|search and rescue|lifeboats?|lifeguards?|coast ?guard|firefighters?|fire (?:brigade|service|crews?)|helicopters?|paramedics?|emergency services|drown\\w*|swimmers?|flood\\w*|earthquakes?|rubble|trapped|stranded|ambulance|divers?|at sea|boats?|avalanche|hikers?|climbers?|crews?|rescue (?:teams?|workers?|services?|operations?|missions?|efforts?)';

/** A page about emergency services or sea, mountain and animal rescue. */
const EMERGENCY_PAGE = {
  cues: [
    'lifeboat',
    'lifeboats',
    'coastguard',
    'lifeguard',
    'lifeguards',
    'firefighters',
    'paramedics',
    'search-and-rescue',
    'mountaineers',
    'rehoming',
    'rehomed',
  ],
  reason: 'A page about emergency services, the sea, the mountains or animal shelters.',
};

export const senseCues: Partial<Record<GlossaryId, SenseCues>> = {
  rescuing: {
    otherNear: [
      {
        cues: [
          'rescue inhalers?',
          'inhalers?',
          'asthma',
          'rescue breathing',
          'breathing',
          'cpr',
          'rescue (?:medication|remedy|dose)',
          'naloxone',
          'overdose',
        ],
        reason:
          'Medicine and first aid: a rescue inhaler or rescue breathing saves a body in danger.',
      },
      {
        cues: [EMERGENCY],
        reason:
          'Emergency services save people in danger: stepping in then is right, and not what the card means.',
      },
      {
        cues: [
          'animals?',
          'dogs?',
          'cats?',
          'pupp(?:y|ies)',
          'kittens?',
          'pets?',
          'shelters?',
          'adopt\\w*',
          'horses?',
          'wildlife',
          'whales?',
          'strays?',
          'koalas?',
          'birds?',
          'dolphins?',
          'seals?',
        ],
        reason: 'Animal rescue.',
      },
      {
        cues: [
          'bail-?outs?',
          'banks?',
          'econom\\w*',
          'airlines?',
          'rescue (?:package|deal|plan|fund)',
          'investors?',
          'creditors?',
          'hostages?',
          'shares?',
          'bankrupt\\w*',
        ],
        reason: 'Money, firms and hostages: another kind of rescue.',
      },
    ],
    careNear: [
      {
        cues: [
          'drama triangle',
          'karpman',
          'codependen\\w*',
          'co-dependen\\w*',
          'enabl\\w*',
          'people-pleas\\w*',
          'need to be needed',
          'fix(?:ing)? (?:them|others|people|everyone)',
          'saviou?r',
        ],
        reason: 'Named beside the rescuer role and its habits.',
      },
    ],
    otherOnPage: [EMERGENCY_PAGE],
    careWith: DRAMA_TRIANGLE,
  },
  rescuer: {
    otherNear: [
      {
        cues: [EMERGENCY, 'rescuers (?:found|pulled|reached|searched)'],
        reason: 'Rescue workers: people who save others from danger.',
      },
      { cues: ['animals?', 'dogs?', 'cats?', 'pets?', 'shelters?'], reason: 'Animal rescuers.' },
    ],
    careNear: [
      {
        cues: ['victims?', 'persecutors?', 'drama triangle', 'karpman', 'codependen\\w*', 'roles?'],
        reason: 'The rescuer beside the victim and persecutor: the drama triangle.',
      },
    ],
    otherOnPage: [EMERGENCY_PAGE],
    careWith: DRAMA_TRIANGLE,
  },
  persecutor: {
    otherNear: [
      {
        cues: [
          'refugees?',
          'asylum',
          'religio\\w*',
          'huguenots?',
          'nazi\\w*',
          'regimes?',
          'genocide',
          'war crimes?',
          'persecution',
          'persecuted',
          'jews',
          'christians',
          'muslims',
          'minorit\\w*',
        ],
        reason: 'Persecution of people for their faith or origin.',
      },
    ],
    careNear: [
      {
        cues: ['victims?', 'rescuers?', 'drama triangle', 'karpman', 'roles?'],
        reason: 'The persecutor beside the victim and rescuer: the drama triangle.',
      },
    ],
    careWith: DRAMA_TRIANGLE,
  },
  coercion: {
    otherNear: [
      {
        cues: [
          'coercive control',
          'domestic (?:abuse|violence)',
          'abusers?',
          'intimate partners?',
          'sexual coercion',
          'sexually coerced',
          'coerced (?:sex|into sex)',
          'grooming',
          'trafficking',
        ],
        reason: 'Coercion as abuse between partners or by an abuser, not pressure in care.',
      },
      {
        cues: [
          'extortion',
          'blackmail\\w*',
          'police',
          'military',
          'sanctions?',
          'economic coercion',
          'coercive (?:power|diplomacy|measures against)',
          'states?',
          'governments?',
        ],
        reason: 'Coercion by states, armies and criminals.',
      },
    ],
    otherOnPage: [
      {
        cues: ['domestic abuse', 'intimate partner violence', 'abuser', 'abusers'],
        reason: 'A page about domestic abuse: coercion there is the abuser\u2019s.',
      },
    ],
    careNear: [
      {
        cues: [
          'mental health',
          'psychiatr\\w*',
          'involuntary',
          'compulsory',
          'treatment',
          'patients?',
          'service users?',
          'restrictive practices?',
          'restraint',
          'seclusion',
          'clients?',
          'care',
        ],
        reason: 'Pressure or force in mental-health care and social care.',
      },
    ],
  },
  supervision: {
    otherNear: [
      {
        cues: [
          'supervision orders?',
          'courts?',
          'supervised (?:contact|visitation|visits?|release)',
          'probation',
          'parole',
          'offenders?',
        ],
        reason: 'Court-ordered supervision of parents or offenders.',
      },
      {
        cues: [
          'banks?',
          'banking',
          'prudential',
          'regulat\\w*',
          'financial',
          'insurers?',
          'supervisory authorit\\w*',
          'central bank',
        ],
        reason: 'Oversight of banks and firms by a regulator.',
      },
      {
        cues: [
          'construction',
          'sites?',
          'contractors?',
          'under (?:the )?(?:direct |close )?supervision of',
          '(?:adult|parental|medical|staff) supervision',
          'unsupervised',
        ],
        reason:
          'Watching over work, children or patients: oversight, not reflection on one\u2019s practice.',
      },
    ],
    careNear: [
      {
        cues: [
          'clinical',
          'reflective',
          'supervisees?',
          'practitioners?',
          'counsell?ors?',
          'therapists?',
          'social workers?',
          'professional development',
          'caseloads?',
          'reflect\\w*',
        ],
        reason: 'Supervision as time to reflect on one\u2019s helping work.',
      },
    ],
  },
  boundaries: {
    otherNear: [
      {
        cues: [
          'property',
          'land',
          'surveys?',
          'surveyors?',
          '(?:vacant|building) lots?',
          'fences?',
          'neighbou?rs?',
          'deeds?',
          'parcels?',
          'acres?',
          'boundary (?:lines?|disputes?|walls?|markers?)',
          'easements?',
        ],
        reason: 'Property lines and land surveys.',
      },
      {
        cues: [
          'borders?',
          'national',
          'countr(?:y|ies)',
          'territor\\w*',
          'county',
          'district',
          'city',
          'municipal\\w*',
          'electoral',
          'maps?',
          'push(?:es|ing)? the boundaries',
          'boundaries of (?:science|art|technology|physics)',
          'boundary conditions?',
        ],
        reason: 'Borders, maps and the limits of a field: another kind of boundary.',
      },
      {
        cues: [
          'bins?',
          'histograms?',
          'charts?',
          'pixels?',
          'images?',
          'data',
          'values?',
          'decision boundar\\w*',
          'classes',
          'grids?',
          'cells?',
          'memory',
          'word boundar\\w*',
        ],
        reason: 'Boundaries in data, charts and code.',
      },
    ],
    careNear: [
      {
        cues: [
          'healthy',
          'emotional',
          'professional',

          'clients?',
          'relationships?',
          'say(?:ing)? no',
          'codependen\\w*',
          'therap\\w*',
          'caregivers?',
        ],
        reason: 'Boundaries between people: what a helper can and will give.',
      },
    ],
  },
  presence: {
    otherNear: [
      {
        cues: [
          'online presence',
          'web presence',
          'social media presence',
          '(?:instagram|facebook|twitter|tiktok|youtube|linkedin|social) presence',
          'digital presence',
          'market presence',
          'brand',
          '(?:military|police|troop|naval) presence',
          'troops',
          'sensors?',
          'occupancy',
          'detect\\w*',
          'motion',
          'radar',
          'stage presence',
          'presence of (?:a|an|the) (?:bacteri\\w*|virus|gene|substance|chemicals?|mold|water)',
          'in the presence of (?:a|an|two) witness\\w*',
        ],
        reason: 'Being present as a sensor, a brand, an army or a substance is, not a listener.',
      },
    ],
    careNear: [
      {
        cues: [
          'listen\\w*',
          'grie\\w*',
          'holding space',
          'silence',
          'dying',
          'comfort\\w*',
          'attention',
          'attentive',
          'being with',
          'with them',
          'patients?',
          'witness\\w*',
        ],
        reason: 'Presence as a helper\u2019s attention to a person.',
      },
    ],
    careWith: {
      ids: ['holding-space', 'presence-approach', 'active-listening', 'non-judgement'],
      reason: 'A page about holding space or listening means presence in that sense.',
    },
  },
  container: {
    otherNear: [
      {
        cues: [
          'shipping',
          'freight',
          'ports?',
          'cargo',
          'vessels?',
          'ships?',
          'teu',
          'docker',
          'kubernetes',
          'pods?',
          'images?',
          'plastic',
          'storage',
          'containers? (?:ships?|terminals?|yards?|rates?|prices?|shortages?)',
          'trucks?',
          'lids?',
          'jars?',
          'food',
        ],
        reason: 'Shipping, software and kitchen containers.',
      },
    ],
    careNear: [
      {
        cues: [
          'emotions?',
          'feelings',
          'hold\\w*',
          'holding space',
          'safe',
          'grief',
          'fear',
          'trauma',
        ],
        reason: 'A container for feelings: the care sense.',
      },
    ],
    careWith: {
      ids: ['holding-space'],
      reason: 'A page about holding space uses "container" in that sense.',
    },
  },
  trigger: {
    otherNear: [
      {
        cues: [
          'pipelines?',
          'webhooks?',
          'events?',
          'workflows?',
          'builds?',
          'commits?',
          'database',
          'functions?',
          'scripts?',
          'jobs?',
          'cron',
          'api',
          'alerts?',
          'automations?',
          'sql',
          'code',
        ],
        reason: 'Triggers in software.',
      },
      {
        cues: [
          'guns?',
          'firearms?',
          'rifles?',
          'pistols?',
          'pull(?:ed|s|ing)? the trigger',
          'shots?',
          'controllers?',
          'gamepads?',
          'analog',
          'buttons?',
          'rumble',
          'haptics?',
          'joysticks?',
          'mouse',
        ],
        reason: 'The trigger of a gun or a game controller.',
      },
      {
        cues: [
          '(?:has|have|had|could|would|will|may|might) triggered',
          'triggered (?:a|an|the) (?:\\w+ )?(?:crisis|sell-?off|recession|rally|debate|investigation|review|alarm|response|outbreak|shortage|wave)',
          'triggers? (?:a|an|the) (?:\\w+ )?(?:payment|clause|tax|penalty)',
          'markets?',
          'prices?',
          'rates?',
          'systemic',
        ],
        reason: 'To trigger as to cause: an event sets off another, no trauma in it.',
      },
    ],
    careNear: [
      {
        cues: [
          'memor(?:y|ies)',
          'trauma\\w*',
          'flashbacks?',
          'grounding',
          'panic',
          'ptsd',
          'hyperventilat\\w*',
          'emotion\\w*',
          'feelings',
          'survivors?',
          "(?:you|we|i|they)(?:'re| are| were|'m| am| get| got) (?:being )?triggered",
          'being triggered',
        ],
        reason: 'Triggered by what recalls a trauma.',
      },
    ],
  },
  burnout: {
    otherNear: [
      {
        cues: [
          'leds?',
          'lights?',
          'bulbs?',
          'lamps?',
          'motors?',
          'engines?',
          'tyres?',
          'tires?',
          'fuses?',
          'circuits?',
          'components?',
          'voltage',
          'overheat\\w*',
          'clutch',
        ],
        reason: 'Burn-out of lights and machines.',
      },
    ],
  },
  'self-determination': {
    otherNear: [
      {
        cues: [
          'nations?',
          'national',
          'peoples',
          'international law',
          'united nations',
          'un charter',
          'referend\\w*',
          'independence',
          'sovereign\\w*',
          'colon\\w*',
          'states?',
          'secession',
          'territor\\w*',
          'indigenous peoples',
          'minorities',
        ],
        reason: 'The political self-determination of peoples and nations.',
      },
    ],
    careNear: [
      {
        cues: [
          'self-determination theory',
          'psycholog\\w*',
          'motivation',
          'needs',
          'disabilit\\w*',
          'clients?',
          'person',
          'people with',
          'choices?',
          'support',
        ],
        reason: 'A person\u2019s say over their own life.',
      },
    ],
  },
  autonomy: {
    otherNear: [
      {
        cues: [
          '(?:professional|clinical|strategic|regional|fiscal|financial|political|institutional|academic|operational|military|monetary|territorial|local) autonomy',
          'autonomy (?:of|for) (?:the )?(?:region|province|state|bank|university|territory|workers?|staff|professionals?)',
          'standardisation',
          'standardization',
          'autonomous (?:region|vehicles?|cars?|driving|weapons?|systems?|robots?)',
        ],
        reason: 'Autonomy of regions, institutions, professions or machines.',
      },
    ],
    careNear: [
      {
        cues: [
          'relatedness',
          'competence',
          'volition',
          'psychological needs',
          'individual',
          'personal',
          'patients?',
          'clients?',
          'their own',
          'choices?',
          'respect\\w*',
          'emotional autonomy',
        ],
        reason: 'A person\u2019s right to decide for themselves.',
      },
    ],
  },
  'self-direction': {
    otherNear: [
      {
        cues: [
          'classrooms?',
          'students?',
          'pupils?',
          'employees?',
          'teams?',
          'workplace',
          'diabetes',
          'chronic (?:illness|disease|conditions?)',
          'disease',
          'software',
          'projects?',
        ],
        reason:
          'Self-management of a class, a team or a disease: another skill than steering one\u2019s life.',
      },
    ],
  },
  'waiting-list': {
    otherNear: [
      {
        cues: [
          'housing',
          'homes?',
          'apartments?',
          'schools?',
          'season tickets?',
          'tickets?',
          'products?',
          'pre-?orders?',
          'beta',
          'restaurants?',
          'reservations?',
          'launch',
        ],
        reason: 'Waiting for a home, a ticket or a product, not for care.',
      },
    ],
  },
  'self-regulation': {
    otherNear: [
      {
        cues: [
          'industr\\w*',
          'markets?',
          'financial',
          'press',
          'media',
          'advertis\\w*',
          'professions?',
          'regulators?',
          'companies',
          'firms?',
          'platforms?',
        ],
        reason: 'An industry that regulates itself.',
      },
    ],
  },
  predictability: {
    otherNear: [
      {
        cues: [
          'costs?',
          'revenues?',
          'budgets?',
          'prices?',
          'markets?',
          'investors?',
          'legal',
          'regulatory',
          'policy',
          'supply',
          'schedules?',
          'weather',
        ],
        reason: 'Predictable costs, markets or rules.',
      },
    ],
  },
  overwhelm: {
    otherNear: [
      {
        cues: [
          'overwhelming (?:majority|support|victory|evidence)',
          'defences?',
          'defenses?',
          'armies',
          'troops',
          'servers?',
          'networks?',
          'systems?',
          'floods?',
          'waves?',
          'hospitals? (?:were|are|was) overwhelmed',
        ],
        reason: 'Systems, armies and votes overwhelmed: force of numbers, not a person flooded.',
      },
    ],
  },
  'helping-hand': {
    otherNear: [
      {
        cues: [
          'clean(?:ed|ing)?(?:-| )up',
          'beach',
          'litter',
          'harvest',
          'moving',
          'tournament',
          'match',
          'goals?',
        ],
        reason: 'A hand with a chore or a game, not support that leaves the other in charge.',
      },
    ],
  },
  'making-space': {
    otherNear: [
      {
        cues: [
          'hous\\w*',
          'build\\w*',
          'roads?',
          'parking',
          'cars?',
          'storage',
          'shelves',
          'closets?',
          'disk',
          'memory',
          'rooms?',
          'gardens?',
          'furniture',
        ],
        reason: 'Room for things, not for a person\u2019s feelings and pace.',
      },
    ],
  },
  shaming: {
    otherNear: [
      {
        cues: [
          'public(?:ly)? sham\\w*',
          'name and shame',
          'naming and shaming',
          'companies',
          'firms?',
          'governments?',
          'countries',
        ],
        reason: 'Public shaming of firms and governments.',
      },
    ],
  },
  evocation: {
    otherNear: [
      {
        cues: [
          'painting',
          'poems?',
          'novels?',
          'films?',
          'music',
          'songs?',
          'era',
          'sixties|1960s|decades?',
          'landscapes?',
          'art',
        ],
        reason: 'An evocation of a time or place in art.',
      },
    ],
  },
  'peer-support': {
    otherNear: [
      {
        cues: ['users?', 'customers?', 'products?', 'ux', 'design', 'travel\\w*', 'guests?'],
        reason: 'Lived experience of customers or travellers, not peer support.',
      },
    ],
  },
  'holding-space': {
    contextOnly:
      'Past tense of the practice; a storage "held space" is rare and has no telling word.',
  },
  'victim-role': {
    otherNear: [
      {
        cues: ['referees?', 'penalt(?:y|ies)', 'diving', 'players?', 'matches?', 'goals?'],
        reason: 'A footballer playing the victim for a penalty.',
      },
    ],
  },
  agency: {
    otherNear: [
      {
        cues: [
          'agenc(?:y|ies) (?:staff|fees?|workers?)',
          'government agenc\\w*',
          'travel',
          'advertising',
          'recruitment',
          'employment agenc\\w*',
        ],
        reason: 'An agency as an organisation.',
      },
    ],
    careNear: [
      {
        cues: [
          'choices?',
          'decisions?',
          'control',
          'power',
          'autonomy',
          'self-\\w+',
          'clients?',
          'people',
        ],
        reason: 'A person\u2019s own say over what happens to them.',
      },
    ],
  },
  empowerment: {
    otherNear: [
      {
        cues: [
          'devices?',
          'software',
          'tools? (?:that )?empower\\w* (?:teams|developers|businesses|companies)',
          'businesses',
          'brands?',
          'customers?',
          'developers',
          'sales',
          'marketing',
          'investors?',
        ],
        reason: 'Marketing language: a tool that "empowers" a business.',
      },
    ],
  },
  'strengths-based': {
    otherNear: [
      {
        cues: ['training', 'exercises?', 'workouts?', 'gym', 'muscles?', 'athletes?'],
        reason: 'Strength training.',
      },
    ],
  },
  'dignity-of-risk': {
    otherNear: [
      {
        cues: ['startups?', 'entrepreneurs?', 'innovation', 'investors?', 'companies', 'banks?'],
        reason: 'Business: room for a company to fail.',
      },
    ],
  },
  safety: {
    otherNear: [
      {
        cues: [
          'streets?',
          'neighbou?rhoods?',
          'crime',
          'police',
          'cars?',
          'roads?',
          'traffic',
          'cyclists?',
          'investors?',
          'markets?',
          'false sense of safety',
        ],
        reason:
          'Feeling safe on the street or in a market: public safety, not a person\u2019s felt safety with a helper.',
      },
    ],
    careNear: [
      {
        cues: [
          'trauma\\w*',
          'clients?',
          'child(?:ren)?',
          'relationships?',
          'therap\\w*',
          'emotional',
          'trust',
        ],
        reason: 'The felt safety of a person in care: physical and emotional.',
      },
    ],
  },
  'trustworthiness-transparency': {
    otherNear: [
      {
        cues: [
          'ai',
          'algorithms?',
          'data',
          'websites?',
          'sources?',
          'vendors?',
          'suppliers?',
          'governments?',
          'companies',
          'banks?',
          'brands?',
          'news',
          'models?',
        ],
        reason: 'Trustworthy data, firms and algorithms.',
      },
    ],
  },
  'collaboration-mutuality': {
    otherNear: [
      {
        cues: [
          'insurance',
          'mutual (?:fund|society|company)',
          'contracts?',
          'obligations?',
          'treaty',
          'states',
        ],
        reason: 'Mutuality in contracts, insurance and treaties.',
      },
    ],
  },
  'co-regulation': {
    otherNear: [
      {
        cues: [
          'industr\\w*',
          'government',
          'regulators?',
          'markets?',
          'media',
          'platforms?',
          'eu',
          'policy',
        ],
        reason: 'Co-regulation of an industry by government and firms.',
      },
    ],
    careNear: [
      {
        cues: [
          'child(?:ren)?',
          'parents?',
          'calm\\w*',
          'nervous system',
          'emotions?',
          'self-regulat\\w*',
          'infants?',
          'babies',
        ],
        reason: 'Calming together: a helper\u2019s calm steadies another person.',
      },
    ],
  },
  're-experiencing': {
    otherNear: [
      {
        cues: [
          'films?',
          'movies?',
          'novels?',
          'scenes?',
          'concerts?',
          'holidays?',
          'nostalgi\\w*',
          'the (?:60s|70s|80s|90s)',
        ],
        reason: 'A flashback in a film or a novel, or reliving a holiday.',
      },
    ],
    careNear: [
      {
        cues: [
          'trauma\\w*',
          'ptsd',
          'nightmares?',
          'memor(?:y|ies)',
          'panic',
          'grounding',
          'symptoms?',
        ],
        reason: 'Reliving a trauma.',
      },
    ],
  },
  attunement: {
    otherNear: [
      {
        cues: [
          'radio',
          'frequenc\\w*',
          'instruments?',
          'guitars?',
          'pianos?',
          'antenna',
          'signals?',
          'market trends?',
          'customer',
        ],
        reason: 'Tuning instruments and radios, or a firm attuned to its market.',
      },
    ],
    careNear: [
      {
        cues: [
          'child(?:ren)?',
          'infants?',
          'babies',
          'parents?',
          'emotional',
          'needs',
          'feelings',
          'clients?',
          'therap\\w*',
        ],
        reason: 'Attuning to a person\u2019s feelings and needs.',
      },
    ],
  },
  'non-judgement': {
    otherNear: [
      {
        cues: ['courts?', 'judges?', 'rulings?', 'default judgment', 'dismissed'],
        reason: '"Without judgment" in court: a case dismissed without a ruling.',
      },
    ],
    careWith: {
      ids: [
        'holding-space',
        'active-listening',
        'unconditional-positive-regard',
        'presence-approach',
      ],
      reason: 'A page about holding space or listening means not judging in that sense.',
    },
  },
  judgement: {
    contextOnly: '"Feeling judged" has hardly another sense: the text around it decides alone.',
  },
  'righting-reflex': {
    otherNear: [
      {
        cues: ['cars?', 'engines?', 'bugs?', 'code', 'software', 'plumbing', 'leaks?', 'roofs?'],
        reason: 'An urge to fix a machine, not a person.',
      },
    ],
  },
  'mi-spirit': {
    otherNear: [
      {
        cues: ['michigan', 'mission impossible', 'xiaomi', 'phones?'],
        reason: 'MI as Michigan, a film or a phone brand.',
      },
    ],
  },
  'active-listening': {
    otherNear: [
      {
        cues: [
          'music',
          'songs?',
          'albums?',
          'audio',
          'headphones?',
          'podcasts?',
          'radio',
          'episodes?',
          'playlists?',
          'tracks?',
          'bands?',
          'concerts?',
          'speakers?',
          'hear(?:ing)? aids?',
          'listening (?:devices?|posts?|tours?|sessions? with (?:voters|residents))',
          'listen\\w* to (?:your|their|his|her|my|our) (?:own )?(?:body|bodies|gut|heart|instincts?|intuition)',
          'wiretap\\w*',
          'spotify',
          'apple music',
          'stations?',
          'broadcasts?',
        ],
        reason: 'Listening to music, radio and podcasts, or a listening device.',
      },
      {
        cues: [
          'listen(?:ed)? to (?:the )?(?:voters|shareholders|markets?|investors|customers|feedback)',
          'did not listen',
          "didn't listen",
          'refused to listen',
          'no one listened',
          'nobody listened',
        ],
        reason: 'Listening as heeding: voters, customers, a warning.',
      },
    ],
    careNear: [
      {
        cues: [
          'patients?',
          'clients?',
          'famil(?:y|ies)',
          'callers?',
          'grie\\w*',
          'dying',
          'feelings',
          'empath\\w*',
          'judg\\w*',
          'heard',
          'understand\\w*',
          'stor(?:y|ies)',
          'silence',
          'volunteers?',
          'comfort\\w*',
          'without (?:interrupting|advice|fixing)',
        ],
        reason: 'Listening to a person in care, to understand them.',
      },
    ],
  },
  'safe-space': {
    otherNear: [
      {
        cues: [
          'storage',
          'shelters?',
          'bunkers?',
          'tornado',
          'hurricane',
          'fire',
          'bomb',
          'parking',
        ],
        reason: 'A shelter from storms or bombs.',
      },
    ],
    careNear: [
      {
        cues: [
          'feelings',
          'emotions?',
          'talk\\w*',
          'share',
          'judg\\w*',
          'listen\\w*',
          'trauma\\w*',
          'clients?',
          'group',
        ],
        reason: 'A space where people can speak without being judged.',
      },
    ],
  },
  'liminal-space': {
    otherNear: [
      {
        cues: [
          'architecture',
          'architects?',
          'buildings?',
          'hallways?',
          'corridors?',
          'airports?',
          'malls?',
          'photograph\\w*',
          'aesthetic',
          'internet',
          'backrooms',
          'games?',
        ],
        reason: 'Liminal spaces in architecture and internet aesthetics: empty halls and malls.',
      },
    ],
    careNear: [
      {
        cues: [
          'grie\\w*',
          'loss',
          'transition\\w*',
          'change',
          'endings?',
          'beginnings?',
          'divorce',
          'illness',
          'dying',
        ],
        reason: 'The time between an ending and a new beginning in a life.',
      },
    ],
  },
  'self-care': {
    otherNear: [
      {
        cues: [
          'skin',
          'skincare',
          'products?',
          'serum',
          'spa',
          'beauty',
          'shop\\w*',
          'discount',
          'sale',
          'routine',
          'bath bombs?',
        ],
        reason: 'Self-care as a shopping word for skin products and spa days.',
      },
    ],
    careNear: [
      {
        cues: [
          'caregivers?',
          'burnout',
          'compassion fatigue',
          'helpers?',
          'therapists?',
          'nurses?',
          'social workers?',
          'stress',
          'boundaries',
        ],
        reason: 'Care for the helper, so that help can last.',
      },
    ],
  },
  'recovery-oriented': {
    otherNear: [
      {
        cues: [
          'econom\\w*',
          'markets?',
          'data',
          'disaster',
          'backup',
          'injur\\w*',
          'surgery',
          'sports?',
        ],
        reason: 'Recovery of an economy, of data or after an injury.',
      },
    ],
    careNear: [
      {
        cues: [
          'mental health',
          'addiction',
          'substance use',
          'peers?',
          'hope',
          'meaningful life',
          'recovery model',
          'clients?',
          'psychiatr\\w*',
        ],
        reason: 'Personal recovery in mental-health and addiction care.',
      },
    ],
  },
  'solution-focused': {
    otherNear: [
      {
        cues: [
          'candidates?',
          'resumes?',
          'cvs?',
          'jobs?',
          'hiring',
          'sales',
          'engineers?',
          'managers?',
          'consult\\w*',
          'customers?',
          'business',
        ],
        reason: 'A job-ad word for someone who fixes things: the opposite of the card.',
      },
    ],
    careNear: [
      {
        cues: [
          'therap\\w*',
          'counsell?\\w*',
          'brief',
          'clients?',
          'questions?',
          'miracle question',
          'de shazer',
          'scaling',
        ],
        reason: 'Solution-focused therapy and counselling.',
      },
    ],
  },
  'safety-plan': {
    otherNear: [
      {
        cues: [
          'construction',
          'sites?',
          'contractors?',
          'events?',
          'festival\\w*',
          'workplace',
          'employers?',
          'osha',
          'hazards?',
          'fire',
          'evacuation',
          'covid',
          'schools? reopen\\w*',
        ],
        reason: 'A safety plan for a building site, an event or a workplace.',
      },
    ],
    careNear: [
      {
        cues: [
          'suicid\\w*',
          'self-harm',
          'crisis',
          'warning signs',
          'coping',
          'abuse',
          'violence',
          'victims?',
          'survivors?',
          'clients?',
          'advocates?',
        ],
        reason:
          'A plan made with a person for a crisis: their warning signs, what helps, who to call.',
      },
    ],
  },
  safeguarding: {
    otherNear: [
      {
        cues: [
          'data',
          'privacy',
          'cyber\\w*',
          'assets?',
          'investments?',
          'banks?',
          'financial',
          'democracy',
          'national',
          'breach\\w*',
          'networks?',
          'information',
        ],
        reason: 'Safeguarding data, assets or a democracy; reporting a data breach.',
      },
    ],
    careNear: [
      {
        cues: [
          'child(?:ren)?',
          'adults? at risk',
          'vulnerable',
          'abuse',
          'neglect',
          'welfare',
          'concerns?',
          'social care',
        ],
        reason: 'Protecting children and adults at risk of abuse or neglect.',
      },
    ],
  },
  'self-reliance': {
    otherNear: [
      {
        cues: [
          'national',
          'econom\\w*',
          'energy',
          'food',
          'military',
          'defence',
          'defense',
          'countr(?:y|ies)',
          'emerson',
          'industr\\w*',
        ],
        reason: 'A nation\u2019s or an economy\u2019s self-reliance, or Emerson\u2019s essay.',
      },
    ],
  },
  'mental-capacity': {
    otherNear: [
      {
        cues: [
          'no mental capacity',
          'mental capacity (?:left|for)',
          'tired',
          'busy',
          'bandwidth',
          'grids?',
          'power',
          'stadiums?',
          'venues?',
          'plants?',
          'factor(?:y|ies)',
        ],
        reason: 'Being too tired to think, or a grid or a stadium without capacity.',
      },
    ],
    careNear: [
      {
        cues: [
          'decisions?',
          'consent',
          'assess\\w*',
          'dementia',
          'best interests?',
          'act',
          'treatment',
        ],
        reason: 'Capacity to make a particular decision.',
      },
    ],
  },
  'request-for-help': {
    otherNear: [
      {
        cues: [
          'helpdesk',
          'support tickets?',
          'it (?:department|desk|team)',
          'software',
          'customers?',
          'police',
          'fire',
          'nato',
          'government',
          'military',
          'international',
        ],
        reason: 'Helpdesk tickets, and requests for help between states or services.',
      },
    ],
  },
  'not-knowing-how-to-act': {
    contextOnly:
      'An ordinary phrase; only the text around it (care work, colleagues, a family) tells its sense.',
  },
  'informal-carer': {
    otherNear: [
      {
        cues: [
          'paid',
          'aides?',
          'agenc(?:y|ies)',
          'staff',
          'employ\\w*',
          'wages?',
          'hourly',
          'certified',
          'nursing assistants?',
          'home care aides?',
          'animals?',
          'pets?',
          'dogs?',
          'cats?',
          'shelters?',
          'foster caregivers?',
        ],
        reason: 'Paid care work, or caring for shelter animals: not unpaid care for a loved one.',
      },
      {
        cues: [
          'respite from (?:the )?(?:heat|rain|storm|war|fighting|bombing)',
          'brief respite',
          'market',
          'prices?',
          'investors?',
        ],
        reason: 'A respite from weather, war or markets.',
      },
    ],
    careNear: [
      {
        cues: [
          'famil(?:y|ies)',
          'spouses?',
          'partners?',
          'loved ones?',
          'parents?',
          'relatives?',
          'unpaid',
          'dementia',
          'alzheimer\\w*',
          'burnout',
          'stress',
          'day programs?',
          'day programmes?',
          'adult day',
        ],
        reason: 'Unpaid care for a partner, parent or friend, and the break they need.',
      },
    ],
  },
  grief: {
    otherNear: [
      {
        cues: [
          'good grief',
          '(?:gave|give|giving|gives) (?:him|her|me|them|us|you) grief',
          'grief from (?:fans|critics|the media)',
          'to grief',
          'came to grief',
        ],
        reason: 'Grief as trouble or a sigh, not a loss.',
      },
    ],
    careNear: [
      {
        cues: [
          'loss',
          'lost',
          'death',
          'died',
          'dying',
          'loved ones?',
          'widow\\w*',
          'funeral',
          'tears',
          'sad\\w*',
          'hospice',
        ],
        reason: 'Grief after a loss.',
      },
    ],
  },
  'harm-reduction': {
    contextOnly:
      'A saying of outreach work; the text around it (drugs, outreach, people) decides alone.',
  },
};
