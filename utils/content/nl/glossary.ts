import type { GlossaryId } from '../glossary-links';
import type { GlossaryText } from '../types';

/** Begrippen die op Nederlandstalige pagina's worden gemarkeerd, in de eigen woorden van dit project. */
export const glossary: Record<GlossaryId, GlossaryText> = {
  'holding-space': {
    term: 'holding space',
    variants: ['holding space', 'holding-space', 'hold space', 'space holder'],
    explanation:
      'Naast iemand staan zonder te oordelen, te repareren of het over te nemen. Je bent er echt en vertrouwt op de intuïtie en wijsheid van de ander om de eigen weg te vinden.',
  },
  'making-space': {
    term: 'ruimte houden',
    variants: [
      'ruimte houden',
      'ruimte te houden',
      'ruimte houdt',
      'houdt ruimte',
      'houd ruimte',
      'ruimte hield',
      'ruimte hielden',
      'ruimte vasthouden',
      'ruimte bieden',
      'ruimte te bieden',
      'ruimte biedt',
    ],
    explanation:
      'Ruimte laten voor de gevoelens, het tempo en de woorden van de ander, in plaats van de stilte te vullen met jouw verhaal. Zo ziet holding space er in het dagelijks leven uit.',
  },
  rescuing: {
    term: 'redden',
    variants: [
      'redden',
      'redt',
      'redde',
      'gered',
      'reddend',
      'reddende',
      'te redden',
      'willen redden',
    ],
    explanation:
      'Iemands probleem oplossen voordat die erom vraagt, vaak uit goedheid. Zonder dat je het wilt, zeg je daarmee: ik denk niet dat je het zelf kunt.',
  },
  rescuer: {
    term: 'redder',
    variants: [
      'redder',
      'redders',
      'redster',
      'reddersrol',
      'reddersrollen',
      'redderrol',
      'reddersgedrag',
    ],
    explanation:
      'Een van de rollen in de dramadriehoek: de helper die ongevraagd inspringt. Het voelt zorgzaam, maar de ander blijft klein en jij raakt uitgeput.',
  },
  'saviour-complex': {
    term: 'redderssyndroom',
    variants: [
      'redderssyndroom',
      'reddersyndroom',
      'redderscomplex',
      'helperssyndroom',
      'helpersyndroom',
      'messiascomplex',
    ],
    explanation:
      'Een diepe behoefte om anderen te redden, vaak omdat je je daardoor waardevol voelt. De hulp dient dan meer de helper dan de ander.',
  },
  'drama-triangle': {
    term: 'dramadriehoek',
    variants: [
      'dramadriehoek',
      'dramadriehoeken',
      'drama-driehoek',
      'reddersdriehoek',
      'driehoek van karpman',
      'karpman-driehoek',
    ],
    explanation:
      'Een model van drie rollen waarin mensen onder spanning schieten: aanklager, redder en slachtoffer. Je wisselt makkelijk van rol, en zo blijft het drama draaien.',
  },
  'victim-role': {
    term: 'slachtofferrol',
    variants: [
      'slachtofferrol',
      'slachtofferrollen',
      'slachtofferpositie',
      'slachtoffergedrag',
      'slachtofferdenken',
      'slachtoffermentaliteit',
    ],
    explanation:
      'In de dramadriehoek: je machteloos voelen en wachten tot iemand het overneemt. Het is een rol waarin je kunt schieten, geen oordeel over echt aangedaan leed.',
  },
  persecutor: {
    term: 'aanklager',
    variants: ['aanklager', 'aanklagers', 'aanklagersrol', 'aanklagerrol', 'vervolger'],
    explanation:
      'In de dramadriehoek: degene die verwijt, duwt of kritiek geeft. Wordt je hulp afgewezen, dan kun je als helper zomaar in die rol belanden.',
  },
  'winners-triangle': {
    term: 'winnaarsdriehoek',
    variants: ['winnaarsdriehoek', 'winnaarsdriehoeken', 'winnersdriehoek'],
    explanation:
      'Het gezonde antwoord op de dramadriehoek: kwetsbaar, krachtig en zorgzaam. Als zorgzame helper luister en vraag je, in plaats van op te lossen.',
  },
  'self-direction': {
    term: 'eigen regie',
    variants: [
      'eigen regie',
      'eigenregie',
      'zelfregie',
      'regie over je leven',
      'regie over je eigen leven',
      'regie over het eigen leven',
      'regie over hun leven',
      'regie over hun eigen leven',
      'zelfmanagement',
    ],
    explanation:
      'Zelf aan het roer staan van je leven en je zorg. Als helper steun je dat door dingen samen met iemand te doen, niet voor iemand.',
  },
  autonomy: {
    term: 'autonomie',
    variants: [
      'autonomie',
      'persoonlijke autonomie',
      'autonomieondersteunend',
      'autonomieondersteunende',
      'autonomie-ondersteunend',
      'respect voor autonomie',
    ],
    explanation:
      'Het recht en het vermogen om zelf te beslissen, ook als iemand anders kiest dan jij zou doen. Dat respecteren is de kern van holding space.',
  },
  'self-determination': {
    term: 'zelfbeschikking',
    variants: [
      'zelfbeschikking',
      'zelfbeschikkingsrecht',
      'recht op zelfbeschikking',
      'zelfbepaling',
    ],
    explanation:
      'Het recht om zelf te beslissen over je lichaam, je leven en je behandeling. In de zorg betekent het dat iemand nee mag zeggen, ook tegen goedbedoelde hulp.',
  },
  agency: {
    term: 'handelingsvermogen',
    variants: ['handelingsvermogen', 'sense of agency', 'gevoel van invloed'],
    explanation:
      'Het gevoel dat je zelf iets kunt doen en verschil maakt in je eigen leven. Trauma kan dat aantasten; zelf mogen kiezen helpt het terug te vinden.',
  },
  empowerment: {
    term: 'empowerment',
    variants: ['empowerment', 'empoweren', 'empowerend', 'empowerende'],
    explanation:
      'Mensen helpen hun eigen kracht te vinden en te gebruiken, zodat ze jou steeds minder nodig hebben. De macht blijft bij hen, niet bij de helper.',
  },
  'strengths-based': {
    term: 'eigen kracht',
    variants: [
      'eigen kracht',
      'krachtgericht',
      'krachtgerichte',
      'krachtgericht werken',
      'strengths-based',
    ],
    explanation:
      'Uitgaan van wat iemand kan en al heeft, niet van wat er mis is. Vaardigheden en het eigen netwerk vormen de basis om op verder te bouwen.',
  },
  paternalism: {
    term: 'paternalisme',
    variants: [
      'paternalisme',
      'paternalistisch',
      'paternalistische',
      'betutteling',
      'betuttelen',
      'betuttelt',
      'betuttelend',
      'betuttelende',
      'bevoogding',
      'bevoogdend',
      'bevoogdende',
    ],
    explanation:
      'Voor iemand anders beslissen wat goed voor die persoon is. Vaak goed bedoeld, maar je neemt er iemands eigen kracht mee weg.',
  },
  'learned-helplessness': {
    term: 'aangeleerde hulpeloosheid',
    variants: ['aangeleerde hulpeloosheid', 'aangeleerde hulploosheid', 'learned helplessness'],
    explanation:
      'Niet meer proberen, omdat eerdere pogingen nooit verschil leken te maken. Hulp die steeds alles overneemt, kan dat onbedoeld versterken.',
  },
  'dignity-of-risk': {
    term: 'recht op risico',
    variants: [
      'recht op risico',
      'waardigheid van risico',
      'dignity of risk',
      'recht om fouten te maken',
    ],
    explanation:
      'Iedereen heeft het recht om risico’s te nemen en fouten te maken. Wie iemand tegen elk risico beschermt, neemt ook een stuk van diens leven af.',
  },
  'shared-decision-making': {
    term: 'samen beslissen',
    variants: ['samen beslissen', 'gedeelde besluitvorming', 'gezamenlijke besluitvorming'],
    explanation:
      'Samen besluiten over zorg: de professional brengt kennis in, de ander het eigen leven, de eigen waarden en wensen. Niemand beslist alleen.',
  },
  'compulsory-framework': {
    term: 'gedwongen kader',
    variants: [
      'gedwongen kader',
      'gedwongen kaders',
      'dwangkader',
      'drangkader',
      'gedwongen hulpverlening',
      'verplichte hulpverlening',
      'justitieel kader',
      'onvrijwillige cliënt',
      'onvrijwillige cliënten',
    ],
    explanation:
      'Hulp die iemand moet accepteren omdat een rechter, instantie of regel dat bepaalt. Ook dan kun je de ander laten meepraten over hoe het gaat.',
  },
  coercion: {
    term: 'dwang en drang',
    variants: ['dwang en drang', 'drang en dwang', 'dwang', 'dwangmaatregel', 'dwangmaatregelen'],
    explanation:
      'Dwang is hulp die wordt opgelegd; drang is stevige druk om toch vrijwillig mee te werken. Beide kosten vertrouwen, dus wees eerlijk over wat er gebeurt en waarom.',
  },
  'involuntary-care': {
    term: 'onvrijwillige zorg',
    variants: [
      'onvrijwillige zorg',
      'verplichte zorg',
      'gedwongen zorg',
      'gedwongen opname',
      'gedwongen opnames',
      'gedwongen opnamen',
      'zorgmachtiging',
      'crisismaatregel',
      'wet verplichte ggz',
      'wet zorg en dwang',
      'wvggz',
    ],
    explanation:
      'Zorg of opname zonder instemming van de persoon zelf, in Nederland geregeld in de Wvggz en de Wzd. Juist dan tellen de keuzes die iemand nog wel heeft.',
  },
  'waiting-list': {
    term: 'wachtlijst',
    variants: ['wachtlijst', 'wachtlijsten', 'wachtlijstproblematiek', 'overbruggingszorg'],
    explanation:
      'De tijd tussen hulp vragen en hulp krijgen, vaak maanden. Iemand die contact houdt zonder het over te nemen, maakt dat wachten draaglijker.',
  },
  'trauma-informed': {
    term: 'trauma-informed werken',
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
    explanation:
      'Werken vanuit het besef dat veel mensen trauma meedragen: signalen herkennen, veiligheid bieden en nieuwe schade voorkomen. Het rust op zes principes.',
  },
  'trauma-sensitive': {
    term: 'traumasensitief werken',
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
    explanation:
      'Oog hebben voor hoe trauma iemands reacties kan kleuren, en je manier van werken daarop aanpassen. Rust, duidelijkheid en keuze gaan voor.',
  },
  safety: {
    term: 'veiligheid',
    variants: [
      'veiligheid',
      'emotionele veiligheid',
      'psychologische veiligheid',
      'gevoel van veiligheid',
      'veiligheidsgevoel',
    ],
    explanation:
      'Het gevoel dat je hier niets overkomt en dat niemand je veroordeelt. Het eerste principe van trauma-informed werken: zonder veiligheid lukt verder weinig.',
  },
  'trustworthiness-transparency': {
    term: 'betrouwbaarheid en transparantie',
    variants: ['betrouwbaarheid en transparantie', 'betrouwbaar en transparant'],
    explanation:
      'Een principe van trauma-informed werken: wees helder over wat je doet en waarom, en doe wat je zegt. Vertrouwen groeit uit kleine beloftes die je nakomt.',
  },
  'peer-support': {
    term: 'ervaringsdeskundigheid',
    variants: [
      'ervaringsdeskundigheid',
      'ervaringsdeskundige',
      'ervaringsdeskundigen',
      'ervaringswerker',
      'ervaringswerkers',
      'lotgenotensteun',
      'lotgenotencontact',
      'peer support',
    ],
    explanation:
      'Steun van mensen die zelf iets vergelijkbaars hebben meegemaakt. Een principe van trauma-informed werken: gedeelde ervaring geeft hoop en vertrouwen.',
  },
  'collaboration-mutuality': {
    term: 'samenwerking en wederkerigheid',
    variants: ['samenwerking en wederkerigheid', 'wederkerigheid'],
    explanation:
      'Een principe van trauma-informed werken: macht wordt gedeeld en iedereen heeft iets te bieden. Herstel gebeurt in relaties, niet in hulp die maar één kant op gaat.',
  },
  'voice-and-choice': {
    term: 'zeggenschap en keuze',
    variants: ['zeggenschap en keuze', 'stem en keuze', 'inspraak en keuze'],
    explanation:
      'Een principe van trauma-informed werken: iemand heeft echt iets te zeggen over de eigen zorg en krijgt echte keuzes. Zelfs kleine keuzes geven wat controle terug.',
  },
  'co-regulation': {
    term: 'co-regulatie',
    variants: [
      'co-regulatie',
      'coregulatie',
      'co-reguleren',
      'coreguleren',
      'co-regulerend',
      'co-regulation',
    ],
    explanation:
      'Samen tot rust komen: jouw rustige stem en ademhaling helpen het zenuwstelsel van de ander te kalmeren. Je biedt rust aan, je dwingt niets af.',
  },
  'self-regulation': {
    term: 'zelfregulatie',
    variants: ['zelfregulatie', 'zelfreguleren', 'zelfregulerend', 'zelfregulerende'],
    explanation:
      'Je eigen gevoelens en lichaam tot rust kunnen brengen als het spannend wordt. Dat groeit vaak eerst via co-regulatie, en ook helpers hebben het nodig.',
  },
  'window-of-tolerance': {
    term: 'window of tolerance',
    variants: ['window of tolerance', 'tolerantievenster'],
    explanation:
      'De zone waarin iemand kan denken, voelen en in contact blijven. Daarboven dreigen paniek of boosheid, daaronder verdoving; hulp komt het best binnen die zone aan.',
  },
  trigger: {
    term: 'trigger',
    variants: [
      'trigger',
      'triggers',
      'getriggerd',
      'getriggerde',
      'triggeren',
      'triggert',
      'triggerde',
      'triggerden',
    ],
    explanation:
      'Een geluid, geur, woord of toon waardoor oude traumagevoelens terugkomen in het nu. De reactie kan veel groter lijken dan het moment zelf vraagt.',
  },
  're-experiencing': {
    term: 'herbeleving',
    variants: [
      'herbeleving',
      'herbelevingen',
      'herbeleven',
      'herbeleeft',
      'herbeleefde',
      'herbeleefd',
      'flashback',
      'flashbacks',
    ],
    explanation:
      'Een traumatische herinnering opnieuw doormaken alsof het nu gebeurt, in beelden, gevoel of lichaam. Rustig gezelschap dat je terugbrengt in het hier en nu, helpt dan meer dan vragen.',
  },
  retraumatisation: {
    term: 'hertraumatisering',
    variants: [
      'hertraumatisering',
      'hertraumatiseren',
      'hertraumatiserend',
      'hertraumatiserende',
      'gehertraumatiseerd',
      'retraumatisering',
    ],
    explanation:
      'Als hulp zelf iets van het oorspronkelijke leed herhaalt, zoals controle verliezen, vastgehouden worden of niet geloofd worden. Traumasensitief werken probeert dat te voorkomen.',
  },
  predictability: {
    term: 'voorspelbaarheid',
    variants: ['voorspelbaarheid'],
    explanation:
      'Weten wat er komt: wie, wanneer en hoe. Zeg wat je gaat doen en doe dat dan ook; zo groeit het gevoel van veiligheid.',
  },
  presence: {
    term: 'aanwezigheid',
    variants: [
      'aanwezigheid',
      'aanwezig zijn',
      'echt aanwezig',
      'volledig aanwezig',
      'nabijheid',
      'nabij zijn',
    ],
    explanation:
      'Iemand je volle, rustige aandacht geven, zonder meteen in actie te schieten. Er zijn en nabij blijven telt vaak meer dan wat je kunt doen.',
  },
  'presence-approach': {
    term: 'presentiebenadering',
    variants: [
      'presentiebenadering',
      'presentietheorie',
      'presentie',
      'presentiebeoefenaar',
      'presentiebeoefenaars',
      'presentiegericht',
      'presentiegerichte',
      'presentiegericht werken',
    ],
    explanation:
      'Een Nederlandse benadering van zorg: trouw aanwezig zijn voor iemand en afstemmen op wat die nodig heeft, zonder eerst een doel of plan op te leggen.',
  },
  attunement: {
    term: 'afstemmen',
    variants: [
      'afstemmen',
      'afstemt',
      'afstemde',
      'afgestemd',
      'af te stemmen',
      'stemt af',
      'attunement',
    ],
    explanation:
      'Aanvoelen hoe het met iemand gaat en wat die nu nodig heeft, en daar je tempo, toon en woorden op aanpassen.',
  },
  'non-judgement': {
    term: 'oordeelloos',
    variants: [
      'oordeelloos',
      'oordeelloze',
      'oordeelloosheid',
      'zonder oordeel',
      'zonder te oordelen',
      'niet-oordelend',
      'niet-oordelende',
      'niet oordelend',
      'niet oordelende',
      'oordeelvrij',
      'oordeelvrije',
    ],
    explanation:
      'Er voor iemand zijn zonder diens keuzes goed of fout te noemen. Je mag het oneens zijn, en toch voelt de ander zich geaccepteerd.',
  },
  judgement: {
    term: 'oordeel',
    variants: [
      'oordeel',
      'oordelen',
      'oordelend',
      'oordelende',
      'veroordelend',
      'veroordelende',
      'veroordeeld voelen',
    ],
    explanation:
      'Iemands keuzes van bovenaf als goed of fout bekijken. Mensen merken dat snel, en dan vertellen ze je niet meer wat er echt speelt.',
  },
  shaming: {
    term: 'beschamen',
    variants: ['beschamen', 'beschaamt', 'beschamend', 'beschamende'],
    explanation:
      'Iemand zich tekort of slecht laten voelen, vaak onbedoeld, met een zucht of een preek. Een van de drie manieren waarop hulp misgaat.',
  },
  overwhelm: {
    term: 'overweldigd',
    variants: [
      'overweldigd',
      'overweldigen',
      'overweldigt',
      'overspoeld',
      'overvraagd',
      'overvragen',
    ],
    explanation:
      'Meer binnenkrijgen dan je kunt verwerken: informatie, adviezen, gevoelens of hulp. Minder, trager en één ding tegelijk werkt meestal beter.',
  },
  'righting-reflex': {
    term: 'reparatiereflex',
    variants: ['reparatiereflex', 'righting reflex', 'oplosreflex', 'oplosdrang'],
    explanation:
      'De neiging van een helper om het recht te zetten: adviseren, waarschuwen, verbeteren. Vaak gaat de ander dan juist verdedigen wat jij hoopte te veranderen.',
  },
  'motivational-interviewing': {
    term: 'motiverende gespreksvoering',
    variants: [
      'motiverende gespreksvoering',
      'motivational interviewing',
      'motiverend interviewen',
    ],
    explanation:
      'Een manier van praten over verandering die iemands eigen redenen naar boven haalt, in plaats van de jouwe op te dringen. Ontstaan in de verslavingszorg, nu breed gebruikt.',
  },
  'mi-spirit': {
    term: 'spirit van motiverende gespreksvoering',
    variants: [
      'spirit van motiverende gespreksvoering',
      'geest van motiverende gespreksvoering',
      'mi-spirit',
      'mi spirit',
      'spirit van mi',
    ],
    explanation:
      'De houding achter motiverende gespreksvoering: partnerschap, acceptatie, compassie en ontlokken. Die houding telt meer dan welke techniek ook.',
  },
  evocation: {
    term: 'ontlokken',
    variants: ['ontlokken', 'evocatie'],
    explanation:
      'Iemands eigen ideeën, redenen en krachten naar boven halen, in plaats van de jouwe erin te stoppen. Onderdeel van de spirit van motiverende gespreksvoering.',
  },
  'active-listening': {
    term: 'actief luisteren',
    variants: [
      'actief luisteren',
      'actief luistert',
      'actief te luisteren',
      'reflectief luisteren',
    ],
    explanation:
      'Luisteren om te begrijpen, niet om te antwoorden: je vat samen en geeft terug wat je hoort. Zo voelt de ander zich gehoord en hoort die zichzelf.',
  },
  'unconditional-positive-regard': {
    term: 'onvoorwaardelijke positieve aandacht',
    variants: [
      'onvoorwaardelijke positieve aandacht',
      'onvoorwaardelijke positieve waardering',
      'onvoorwaardelijke acceptatie',
      'onvoorwaardelijke aanvaarding',
      'unconditional positive regard',
    ],
    explanation:
      'Iemand als mens accepteren en waarderen, wat die ook doet of voelt. Dat betekent niet dat je het overal mee eens bent.',
  },
  'emotional-validation': {
    term: 'valideren',
    variants: [
      'valideren',
      'emotionele validatie',
      'gevoelens valideren',
      'gevoelens erkennen',
      'erkenning van gevoelens',
    ],
    explanation:
      'Laten merken dat iemands gevoelens begrijpelijk zijn, zonder ze weg te praten of snel op te vrolijken. Een gevoel erkennen is niet hetzelfde als elke daad goedkeuren.',
  },
  psychoeducation: {
    term: 'psycho-educatie',
    variants: [
      'psycho-educatie',
      'psychoeducatie',
      'psycho-educatief',
      'psycho-educatieve',
      'psychoeducatief',
      'psychoeducatieve',
    ],
    explanation:
      'Uitleg over hoe stress en trauma werken, zodat reacties begrijpelijk worden. Geef het in kleine porties, en pas als iemand eraan toe is.',
  },
  container: {
    term: 'container',
    variants: ['container', 'containen', 'containment'],
    explanation:
      'Een stevige, veilige bedding waarin sterke gevoelens zoals angst, verdriet of woede er mogen zijn, zonder dat iemand ze hoeft op te lossen.',
  },
  'safe-space': {
    term: 'veilige ruimte',
    variants: ['veilige ruimte', 'veilige ruimtes', 'veilige ruimten', 'safe space', 'safe spaces'],
    explanation:
      'Een plek of gesprek waar iemand vrijuit kan praten zonder angst voor oordeel of gevolgen. Die maak je door hoe je reageert, niet door het te beloven.',
  },
  'liminal-space': {
    term: 'liminale ruimte',
    variants: [
      'liminale ruimte',
      'liminale ruimtes',
      'liminale fase',
      'liminaliteit',
      'liminal space',
    ],
    explanation:
      'De tussentijd nadat iets is geëindigd en voordat iets nieuws is begonnen. Die is onzeker, en mensen hebben dan vooral gezelschap nodig, geen antwoorden.',
  },
  'helping-hand': {
    term: 'steuntje in de rug',
    variants: ['steuntje in de rug', 'steuntjes in de rug'],
    explanation:
      'Steun waarmee iemand zelf de volgende stap kan zetten, in plaats van gedragen te worden. Jij loopt mee; de stappen zet de ander zelf.',
  },
  'secondary-traumatic-stress': {
    term: 'secundaire traumatisering',
    variants: [
      'secundaire traumatisering',
      'secundaire traumatisatie',
      'secundaire traumatische stress',
      'secundair trauma',
    ],
    explanation:
      'Traumaklachten door de verhalen of ervaringen van anderen: slecht slapen, schrikachtig zijn, beelden die zich opdringen. Een reëel risico van helpend werk, geen zwakte.',
  },
  'compassion-fatigue': {
    term: 'compassiemoeheid',
    variants: [
      'compassiemoeheid',
      'compassievermoeidheid',
      'empathiemoeheid',
      'compassion fatigue',
    ],
    explanation:
      'Het langzaam opraken van een helper die steeds zorgt voor mensen met pijn. Je inlevingsvermogen droogt op; rust, steun en grenzen helpen het terug te komen.',
  },
  'vicarious-trauma': {
    term: 'plaatsvervangend trauma',
    variants: [
      'plaatsvervangend trauma',
      'plaatsvervangende traumatisering',
      'plaatsvervangende traumatisatie',
      'vicarious trauma',
    ],
    explanation:
      'Een blijvende verandering in hoe je als helper naar de wereld, veiligheid en mensen kijkt, na lang werken met andermans trauma. Het sluipt erin en verdient aandacht.',
  },
  burnout: {
    term: 'burn-out',
    variants: ['burn-out', 'burnout', 'burn-outs', 'opgebrand', 'opgebrande'],
    explanation:
      'Uitputting door langdurige druk in werk of zorg, met cynisme en het gevoel tekort te schieten. Grenzen en steun helpen het te voorkomen.',
  },
  'self-care': {
    term: 'zelfzorg',
    variants: ['zelfzorg', 'self-care', 'selfcare', 'goed voor jezelf zorgen'],
    explanation:
      'Zorgen voor je eigen lijf, hoofd en grenzen, zodat je er voor anderen kunt blijven zijn. Het hoort bij het werk, het is geen luxe.',
  },
  boundaries: {
    term: 'grenzen',
    variants: [
      'grenzen',
      'persoonlijke grenzen',
      'grenzen stellen',
      'grenzen aangeven',
      'grenzen bewaken',
      'grenzen trekken',
      'grens stellen',
      'grens aangeven',
      'grens trekken',
    ],
    explanation:
      'Waar jouw verantwoordelijkheid, energie en tijd ophouden en die van de ander beginnen. Benoem je ze vriendelijk, dan blijft je hulp eerlijk en vol te houden.',
  },
  supervision: {
    term: 'supervisie',
    variants: ['supervisie', 'intervisie', 'intervisiegroep', 'intervisiegroepen'],
    explanation:
      'Vaste momenten met een supervisor of collega’s om stil te staan bij je werk. Daar houdt iemand ruimte voor jou, de helper.',
  },
};
