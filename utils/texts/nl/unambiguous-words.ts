/**
 * Why each single Dutch word in `variants` (./glossary-terms.ts) may be highlighted wherever
 * it stands: it has no common everyday sense in Dutch news, mail or journals. Read only by
 * tests/unit/glossary-senses.test.ts, never by the content script. It exists so that no
 * single word is found everywhere without someone having thought about its other senses;
 * a word with a common everyday sense belongs in `everyday` instead, and has no key here.
 */
export const unambiguousWords: Record<string, string> = {
  // holding-space
  'holding-space': 'English care term written with a hyphen; no other sense in Dutch text.',
  // rescuer
  reddersrol: 'The rescuer role of the drama triangle; lifeguards are never called that.',
  reddersrollen: 'Plural of reddersrol; only the drama-triangle role.',
  redderrol: 'Spelling variant of reddersrol; only the drama-triangle role.',
  reddersgedrag: 'Rescuing behaviour as a pattern; a psychology word, not lifeguard jargon.',
  // saviour-complex
  redderssyndroom: 'A psychological pattern by name; no literal sense.',
  reddersyndroom: 'Spelling variant of redderssyndroom.',
  redderscomplex: 'A psychological pattern by name; no literal sense.',
  helperssyndroom: 'Translation of the German Helfersyndrom; only the psychological pattern.',
  helpersyndroom: 'Spelling variant of helperssyndroom.',
  messiascomplex: 'Even when said of a politician or coach it means this saviour complex.',
  // drama-triangle
  dramadriehoek: "Karpman's model; the word is not used for anything else.",
  dramadriehoeken: 'Plural of dramadriehoek.',
  'drama-driehoek': 'Hyphenated spelling of dramadriehoek.',
  reddersdriehoek: 'Another name for the drama triangle; no other use.',
  'karpman-driehoek': 'Named after Karpman; only the model.',
  // victim-role
  slachtofferrol: 'Playing the victim; in news too (in de slachtofferrol kruipen) it means this.',
  slachtofferrollen: 'Plural of slachtofferrol.',
  slachtoffergedrag: 'Victim behaviour as a pattern of thinking; rare outside psychology.',
  slachtofferdenken: 'Victim thinking; only the psychological sense.',
  slachtoffermentaliteit: 'Victim mentality; only the psychological sense.',
  // persecutor
  aanklagersrol: 'The persecutor role of the drama triangle; courts speak of the prosecutor.',
  aanklagerrol: 'Spelling variant of aanklagersrol.',
  // winners-triangle
  winnaarsdriehoek: "Choy's model; not a sports or podium word.",
  winnaarsdriehoeken: 'Plural of winnaarsdriehoek.',
  winnersdriehoek: 'Spelling variant of winnaarsdriehoek.',
  // self-direction
  zelfregie: "Care and welfare word for running one's own life; no business or film sense.",
  // autonomy
  autonomieondersteunend: "Supporting someone's autonomy; a care and education word only.",
  autonomieondersteunende: 'Inflected form of autonomieondersteunend.',
  'autonomie-ondersteunend': 'Hyphenated spelling of autonomieondersteunend.',
  // empowerment
  empowerment: 'Loanword that means helping people find their own power wherever it is used.',
  empoweren: 'Verb from empowerment; same sense.',
  empowerend: 'Adjective from empowerment; same sense.',
  empowerende: 'Inflected form of empowerend.',
  // strengths-based
  'strengths-based': 'English care term; not used in Dutch text for anything else.',
  // paternalism
  paternalisme: 'Deciding for others what is good for them, in every context.',
  paternalistisch: 'Adjective from paternalisme; same sense.',
  paternalistische: 'Inflected form of paternalistisch.',
  betutteling: 'Patronising others for their own good; that is its only sense.',
  betuttelen: 'Verb: to patronise; no other sense.',
  betuttelt: 'Verb form of betuttelen.',
  betuttelend: 'Adjective from betuttelen; same sense.',
  betuttelende: 'Inflected form of betuttelend.',
  bevoogdend: 'A patronising attitude; unlike bevoogding, not Flemish administrative jargon.',
  bevoogdende: 'Inflected form of bevoogdend.',
  // compulsory-framework
  dwangkader: 'Social-work word for help under compulsion; no other use.',
  drangkader: 'Social-work word for help under strong pressure; no other use.',
  // involuntary-care
  zorgmachtiging: 'The court order for compulsory mental-health care; no other sense.',
  wvggz: 'Abbreviation of the Dutch compulsory mental-health care act.',
  wzd: 'Abbreviation of the Wet zorg en dwang, the Dutch care and coercion act; no other use.',
  // waiting-list
  overbruggingszorg: 'Care that bridges a waiting time; only used in healthcare.',
  // trauma-informed
  'trauma-informed': 'English care term; no other sense in Dutch text.',
  traumageïnformeerd: 'Dutch rendering of trauma-informed; no other sense.',
  traumageïnformeerde: 'Inflected form of traumageïnformeerd.',
  'trauma-geïnformeerd': 'Hyphenated spelling of traumageïnformeerd.',
  'trauma-geïnformeerde': 'Inflected form of trauma-geïnformeerd.',
  // trauma-sensitive
  traumasensitief: 'Care term; trauma here is always psychological.',
  traumasensitieve: 'Inflected form of traumasensitief.',
  'trauma-sensitief': 'Hyphenated spelling of traumasensitief.',
  'trauma-sensitieve': 'Inflected form of trauma-sensitief.',
  traumasensitiviteit: 'Noun from traumasensitief; same sense.',
  traumabewust: 'Aware of psychological trauma; a care word only.',
  traumabewuste: 'Inflected form of traumabewust.',
  // peer-support
  ervaringswerker: 'A job title in mental-health care; unlike ervaringsdeskundige, never casual.',
  ervaringswerkers: 'Plural of ervaringswerker.',
  lotgenotensteun: 'Support from people in the same situation; no other sense.',
  lotgenotencontact: 'Contact between people in the same situation; a care word.',
  // co-regulation
  'co-regulatie': 'Calming together; policy Dutch says co-regulering for shared rule-making.',
  coregulatie: 'Spelling variant of co-regulatie.',
  'co-reguleren': 'Verb from co-regulatie; same sense.',
  coreguleren: 'Spelling variant of co-reguleren.',
  'co-regulerend': 'Adjective from co-reguleren; same sense.',
  'co-regulation': 'English care term; Dutch policy texts use the Dutch co-regulering.',
  // window-of-tolerance
  tolerantievenster: 'The Dutch name of the window of tolerance; technical Dutch says marge.',
  // retraumatisation
  hertraumatisering: 'Being traumatised again; a care word only.',
  hertraumatiseren: 'Verb from hertraumatisering; same sense.',
  hertraumatiserend: 'Adjective from hertraumatiseren; same sense.',
  hertraumatiserende: 'Inflected form of hertraumatiserend.',
  gehertraumatiseerd: 'Past participle of hertraumatiseren.',
  retraumatisering: 'Spelling variant of hertraumatisering.',
  // presence-approach
  presentiebenadering: "Baart's approach to care by name; no other sense.",
  presentietheorie: "Baart's theory by name; no other sense.",
  presentiebeoefenaar: 'Someone who works by the presence approach.',
  presentiebeoefenaars: 'Plural of presentiebeoefenaar.',
  presentiegericht: 'Working by the presence approach; unlike presentie, no marketing sense.',
  presentiegerichte: 'Inflected form of presentiegericht.',
  // attunement
  attunement: 'English care term in Dutch text; radios are afgestemd, not attuned.',
  // non-judgement
  oordeelloos: 'Without judging the person; the court sense lives in oordeel, not here.',
  oordeelloze: 'Inflected form of oordeelloos.',
  oordeelloosheid: 'Noun from oordeelloos; same sense.',
  'niet-oordelend': 'A non-judging attitude; no legal sense.',
  'niet-oordelende': 'Inflected form of niet-oordelend.',
  oordeelvrij: 'Free of judgement about a person; no other sense.',
  oordeelvrije: 'Inflected form of oordeelvrij.',
  // righting-reflex
  reparatiereflex: 'The urge to fix; repairs of things are not called a reflex.',
  oplosreflex: 'The urge to solve; no other sense.',
  oplosdrang: 'The urge to solve; no other sense.',
  // mi-spirit
  'mi-spirit': 'The spirit of motivational interviewing; no other sense.',
  // psychoeducation
  'psycho-educatie': 'Explaining how stress and trauma work; a care word only.',
  psychoeducatie: 'Spelling variant of psycho-educatie.',
  'psycho-educatief': 'Adjective from psycho-educatie.',
  'psycho-educatieve': 'Inflected form of psycho-educatief.',
  psychoeducatief: 'Spelling variant of psycho-educatief.',
  psychoeducatieve: 'Inflected form of psychoeducatief.',
  // container
  containen: 'Therapy jargon for holding feelings; Dutch news says indammen for a crisis.',
  // liminal-space
  liminaliteit: 'The in-between phase; an anthropology and care word only.',
  // compassion-fatigue
  compassiemoeheid: 'Fatigue from caring for people in pain; no other sense.',
  compassievermoeidheid: 'Spelling variant of compassiemoeheid.',
  empathiemoeheid: 'Variant of compassiemoeheid; no other sense.',
  // burnout
  'burn-out': 'The exhaustion syndrome; Dutch says doorbranden for a lamp or a fuse.',
  burnout: 'Spelling variant of burn-out.',
  'burn-outs': 'Plural of burn-out.',
  // self-care
  zelfzorg: 'Looking after your own health and wellbeing; every use means this.',
  'self-care': 'English loanword in Dutch text; same sense.',
  selfcare: 'Spelling variant of self-care.',
  // supervision
  intervisie: 'Structured peer consultation among professionals; no other sense.',
  intervisiegroep: 'A group for intervisie.',
  intervisiegroepen: 'Plural of intervisiegroep.',
  // recovery-oriented
  herstelondersteunend: 'Supporting personal recovery in mental-health care; no other sense.',
  herstelondersteunende: 'Inflected form of herstelondersteunend.',
  // safety-plan
  signaleringsplan: 'A plan of early warning signs and what helps, made with a client.',
  signaleringsplannen: 'Plural of signaleringsplan.',
  crisiskaart: 'The card a person carries with their own crisis plan; no other common sense.',
  crisiskaarten: 'Plural of crisiskaart.',
  // informal-carer
  mantelzorger: 'Someone who cares, unpaid, for a loved one; no other sense.',
  mantelzorgers: 'Plural of mantelzorger.',
  mantelzorg: 'Unpaid care for a loved one; no other sense.',
  mantelzorgverlener: 'Formal variant of mantelzorger.',
  mantelzorgverleners: 'Plural of mantelzorgverlener.',
  // safeguarding
  meldcode: 'The Dutch reporting code for domestic violence and child abuse; no other use.',
  meldcodes: 'Plural of meldcode.',
  // self-reliance
  zelfredzaamheid: 'Managing on your own; in fire safety or money matters it means the same.',
  zelfredzaam: 'Adjective from zelfredzaamheid; same sense.',
  zelfredzame: 'Inflected form of zelfredzaam.',
  // mental-capacity
  wilsbekwaamheid: 'Being able to make a given decision yourself; a care and legal word only.',
  wilsbekwaam: 'Adjective from wilsbekwaamheid; same sense.',
  wilsbekwame: 'Inflected form of wilsbekwaam.',
  wilsonbekwaam: 'Not able to make a particular decision yourself; no other sense.',
  wilsonbekwame: 'Inflected form of wilsonbekwaam.',
  wilsonbekwaamheid: 'Noun from wilsonbekwaam; same sense.',
  // not-knowing-how-to-act
  handelingsverlegenheid: 'A helper not knowing how to act; a care and education word only.',
  handelingsverlegen: 'Adjective from handelingsverlegenheid; same sense.',
  rouwverwerking: 'Coming to terms with a loss; no other sense.',
  rouwproces: 'The process of grieving a loss; no other sense.',
  rouwprocessen: 'Plural of rouwproces.',
  rouwreactie: 'A reaction of grief to a loss; no other sense.',
  rouwreacties: 'Plural of rouwreactie.',
  rouwende: 'Someone who grieves; no other sense.',
  rouwenden: 'Plural of rouwende.',
  rouwtaken: 'The tasks of grieving (Worden); no other sense.',
  rouwbegeleiding: 'Support for people who grieve; no other sense.',
  herstelkapitaal:
    'Recovery capital in addiction care: what helps a person recover; no other sense.',
  herstelgroep: 'A peer group for recovery from addiction or mental illness; no other sense.',
  herstelgroepen: 'Plural of herstelgroep.',
  'harm-reduction': 'Hyphenated name of the public-health approach; no other sense.',
};
