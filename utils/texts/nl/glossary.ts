import type { GlossaryId } from '../glossary-links';
import type { GlossaryEntryText } from '../types';

/**
 * The Dutch headword (as shown on the card, in the popup and in search) and explanation
 * of each glossary entry, in this project's own words. The forms that find an entry on a
 * page are in ./glossary-terms.ts: the content script carries those and nothing of this.
 */
export const glossaryEntries: Record<GlossaryId, GlossaryEntryText> = {
  'holding-space': {
    term: 'holding space',
    explanation:
      'Iemand gezelschap houden in iets zwaars, terwijl de ander zelf aan het roer blijft. Je blijft, je luistert, en je vertrouwt op de intuïtie en wijsheid van de ander.',
  },
  'making-space': {
    term: 'ruimte geven',
    explanation:
      'Ruimte laten voor de gevoelens, het tempo en de woorden van de ander, in plaats van de stilte te vullen met jouw verhaal. Zo ziet holding space er in het dagelijks leven uit.',
  },
  rescuing: {
    term: 'redden',
    explanation:
      'Ongevraagd iets voor iemand doen wat die zelf kan, misschien met wat steun. Het voelt aardig, maar je zegt ermee: ik denk niet dat je het kunt. Ingrijpen als iemand in gevaar is, is geen redden.',
  },
  rescuer: {
    term: 'redder',
    explanation:
      'Een van de rollen in de dramadriehoek: degene die ongevraagd overneemt wat de ander zelf kan. Het voelt zorgzaam, maar de ander blijft klein en jij raakt uitgeput. Ingrijpen bij gevaar is iets anders.',
  },
  'saviour-complex': {
    term: 'reddersyndroom',
    explanation:
      'Ook wel helpersyndroom: een diepe behoefte om anderen te redden, vaak omdat je je daardoor waardevol voelt. De hulp dient dan meer jezelf dan de ander.',
  },
  'drama-triangle': {
    term: 'dramadriehoek',
    explanation:
      'Een model van drie rollen waarin mensen onder spanning schieten: aanklager, redder en slachtoffer. Je wisselt makkelijk van rol, en zo blijft het drama draaien.',
  },
  'victim-role': {
    term: 'slachtofferrol',
    explanation:
      'In de dramadriehoek: je machteloos voelen en wachten tot iemand het overneemt. Het is een rol waarin je kunt schieten, geen oordeel over leed dat iemand echt is aangedaan.',
  },
  persecutor: {
    term: 'aanklager',
    explanation:
      'In de dramadriehoek: degene die verwijten maakt, onder druk zet of kritiek geeft. Wordt je hulp afgewezen, dan kun je zelf zomaar in die rol belanden.',
  },
  'winners-triangle': {
    term: 'winnaarsdriehoek',
    explanation:
      'Het gezonde antwoord op de dramadriehoek: kwetsbaar, krachtig en zorgzaam. Wie zorgzaam helpt, luistert en vraagt, in plaats van op te lossen.',
  },
  'self-direction': {
    term: 'eigen regie',
    explanation:
      'Zelf aan het roer staan van je leven en je zorg. Wie helpt, steunt dat door dingen samen met iemand te doen, niet voor iemand.',
  },
  autonomy: {
    term: 'autonomie',
    explanation:
      'Het recht en het vermogen om zelf te beslissen, ook als iemand anders kiest dan jij zou doen. Dat respecteren is de kern van holding space.',
  },
  'self-determination': {
    term: 'zelfbeschikking',
    explanation:
      'Het recht om zelf te beslissen over je lichaam, je leven en je behandeling. In de zorg betekent het dat iemand nee mag zeggen, ook tegen goedbedoelde hulp.',
  },
  agency: {
    term: 'gevoel van invloed',
    explanation:
      'Het gevoel dat je zelf de regie hebt: dat je iets kunt doen en verschil maakt in je eigen leven. Trauma kan dat aantasten; zelf mogen kiezen helpt het terug te vinden.',
  },
  empowerment: {
    term: 'empowerment',
    explanation:
      'Iemand helpen de eigen kracht te vinden en te gebruiken, zodat die jou steeds minder nodig heeft. Binnen trauma-informed werken hoort het bij één principe, samen met zeggenschap en keuze: de macht blijft bij de ander.',
  },
  'strengths-based': {
    term: 'eigen kracht',
    explanation:
      'Uitgaan van wat iemand kan en al heeft, niet van wat er mis is. Vaardigheden en het eigen netwerk vormen de basis om op verder te bouwen.',
  },
  paternalism: {
    term: 'paternalisme',
    explanation:
      'Voor iemand anders beslissen wat goed voor die persoon is. Vaak goed bedoeld, maar je neemt er iemands regie mee af.',
  },
  'learned-helplessness': {
    term: 'aangeleerde hulpeloosheid',
    explanation:
      'Niet meer proberen, omdat eerdere pogingen nooit verschil leken te maken. Hulp die steeds alles overneemt, kan dat onbedoeld versterken.',
  },
  'dignity-of-risk': {
    term: 'recht op risico',
    explanation:
      'Iedereen heeft het recht om risico’s te nemen en fouten te maken. Wie iemand tegen elk risico beschermt, neemt ook een stuk van diens leven af.',
  },
  'shared-decision-making': {
    term: 'samen beslissen',
    explanation:
      'Samen besluiten over zorg: de professional brengt kennis in, de ander het eigen leven, de eigen waarden en wensen. Niemand beslist alleen.',
  },
  'compulsory-framework': {
    term: 'gedwongen kader',
    explanation:
      'Hulp die iemand moet accepteren omdat een rechter, instantie of regel dat bepaalt. Ook dan kun je de ander laten meepraten over hoe het gaat.',
  },
  coercion: {
    term: 'dwang en drang',
    explanation:
      'Dwang is hulp die wordt opgelegd; drang is stevige druk om toch vrijwillig mee te werken. Beide kosten vertrouwen, dus wees eerlijk over wat er gebeurt en waarom.',
  },
  'involuntary-care': {
    term: 'onvrijwillige zorg',
    explanation:
      'Zorg of opname zonder dat de persoon zelf instemt: in Nederland verplichte zorg (Wvggz) of onvrijwillige zorg (Wzd). In België beslist de vrederechter erover, bij minderjarigen de jeugdrechter. Juist dan tellen de keuzes die er nog zijn.',
  },
  'waiting-list': {
    term: 'wachtlijst',
    explanation:
      'De tijd tussen hulp vragen en hulp krijgen, vaak maanden. Iemand die contact houdt zonder het over te nemen, maakt dat wachten draaglijker.',
  },
  'trauma-informed': {
    term: 'trauma-informed werken',
    explanation:
      'Werken vanuit het besef dat veel mensen trauma meedragen: signalen herkennen, veiligheid bieden en nieuwe schade voorkomen. Het rust op zes principes.',
  },
  'trauma-sensitive': {
    term: 'traumasensitief werken',
    explanation:
      'Oog hebben voor hoe trauma iemands reacties kan kleuren, en je manier van werken daarop aanpassen. Rust, duidelijkheid en keuze gaan voor.',
  },
  safety: {
    term: 'veiligheid',
    explanation:
      'Veilig zijn en je veilig voelen, lichamelijk en emotioneel: hier overkomt je niets en niemand veroordeelt je. Het eerste principe van trauma-informed werken: zonder veiligheid lukt verder weinig.',
  },
  'trustworthiness-transparency': {
    term: 'betrouwbaarheid en transparantie',
    explanation:
      'Een principe van trauma-informed werken: wees helder over wat je doet en waarom, en doe wat je zegt. Vertrouwen groeit uit kleine beloftes die je nakomt.',
  },
  'peer-support': {
    term: 'ervaringsdeskundigheid',
    explanation:
      'Steun van mensen die zelf iets vergelijkbaars hebben meegemaakt. Een principe van trauma-informed werken: gedeelde ervaring geeft hoop en vertrouwen.',
  },
  'collaboration-mutuality': {
    term: 'samenwerking en wederkerigheid',
    explanation:
      'Een principe van trauma-informed werken: macht wordt gedeeld en iedereen heeft iets te bieden. Mensen herstellen door samen dingen uit te zoeken, niet door hulp die maar één kant op gaat.',
  },
  'voice-and-choice': {
    term: 'zeggenschap en keuze',
    explanation:
      'Een principe van trauma-informed werken: iemand heeft echt iets te zeggen over de eigen zorg en krijgt echte keuzes. Zelfs kleine keuzes geven wat controle terug.',
  },
  'cultural-historical-gender': {
    term: 'culturele, historische en genderaspecten',
    explanation:
      'Het zesde principe van trauma-informed werken: cultuur, gender en de geschiedenis van iemands gemeenschap kleuren wat pijn deed en wat helpt. Kijk voorbij stereotypen, en neem leed dat een hele groep is aangedaan serieus.',
  },
  'co-regulation': {
    term: 'co-regulatie',
    explanation:
      'Samen tot rust komen: jouw rustige stem en ademhaling helpen het zenuwstelsel van de ander te kalmeren. Je biedt rust aan, je dwingt niets af.',
  },
  'self-regulation': {
    term: 'zelfregulatie',
    explanation:
      'Je eigen gevoelens en lichaam tot rust kunnen brengen als het spannend wordt. Dat groeit vaak eerst via co-regulatie, en ook wie helpt heeft het nodig.',
  },
  'window-of-tolerance': {
    term: 'window of tolerance',
    explanation:
      'De zone waarin iemand kan denken, voelen en in contact blijven. Daarboven dreigen paniek of boosheid, daaronder verdoving; hulp komt het best binnen die zone aan.',
  },
  trigger: {
    term: 'trigger',
    explanation:
      'Een geluid, geur, woord of toon waardoor oude traumagevoelens terugkomen in het nu. De reactie kan veel groter lijken dan het moment zelf vraagt.',
  },
  're-experiencing': {
    term: 'herbeleving',
    explanation:
      'Een traumatische herinnering opnieuw doormaken alsof het nu gebeurt, in beelden, gevoel of lichaam. Rustig gezelschap dat je terugbrengt in het hier en nu, helpt dan meer dan vragen.',
  },
  retraumatisation: {
    term: 'hertraumatisering',
    explanation:
      'Als hulp zelf iets van het oorspronkelijke leed herhaalt, zoals controle verliezen, vastgehouden worden of niet geloofd worden. Trauma-informed werken probeert dat te voorkomen.',
  },
  predictability: {
    term: 'voorspelbaarheid',
    explanation:
      'Weten wat er komt: wie, wanneer en hoe. Zeg wat je gaat doen en doe dat dan ook; zo groeit het gevoel van veiligheid.',
  },
  presence: {
    term: 'aanwezigheid',
    explanation:
      'Iemand je volle, rustige aandacht geven, zonder meteen in actie te schieten. Er zijn en nabij blijven telt vaak meer dan wat je kunt doen.',
  },
  'presence-approach': {
    term: 'presentiebenadering',
    explanation:
      'Een Nederlandse benadering van zorg: trouw aanwezig zijn voor iemand en afstemmen op wat die nodig heeft, zonder eerst een doel of plan op te leggen.',
  },
  attunement: {
    term: 'afstemmen',
    explanation:
      'Aanvoelen hoe het met iemand gaat en wat die nu nodig heeft, en daar je tempo, toon en woorden op aanpassen.',
  },
  'non-judgement': {
    term: 'oordeelloos',
    explanation:
      'Er voor iemand zijn zonder diens keuzes goed of fout te noemen. Je mag het oneens zijn, en toch voelt de ander zich geaccepteerd.',
  },
  judgement: {
    term: 'oordeel',
    explanation:
      'Vinden dat iemands keuzes fout zijn en dat laten merken, met woorden, een blik of een zucht. De ander merkt dat snel, en vertelt je dan niet meer wat er echt speelt.',
  },
  shaming: {
    term: 'beschaamd maken',
    explanation:
      'Iemand zich tekort of slecht laten voelen, vaak onbedoeld, met een zucht of een preek. Heather Plett noemt het een van de drie manieren waarop hulp misgaat.',
  },
  overwhelm: {
    term: 'overweldigd',
    explanation:
      'Meer binnenkrijgen dan je kunt verwerken: informatie, adviezen, gevoelens of hulp. Minder, trager en één ding tegelijk werkt meestal beter.',
  },
  'righting-reflex': {
    term: 'reparatiereflex',
    explanation:
      'De neiging van een hulpverlener om het recht te zetten: adviseren, waarschuwen, verbeteren. Vaak gaat de ander dan juist verdedigen wat jij hoopte te veranderen.',
  },
  'motivational-interviewing': {
    term: 'motiverende gespreksvoering',
    explanation:
      'Een manier van praten over verandering die iemands eigen redenen naar boven haalt, in plaats van de jouwe op te dringen. Ontstaan in de verslavingszorg, nu breed gebruikt.',
  },
  'mi-spirit': {
    term: 'geest van motiverende gespreksvoering',
    explanation:
      'De houding achter motiverende gespreksvoering: partnerschap, acceptatie, compassie en ontlokken (in de editie van 2023 staat empowerment op de plaats van ontlokken). Die houding telt meer dan welke techniek ook.',
  },
  evocation: {
    term: 'ontlokken',
    explanation:
      'Iemands eigen ideeën, redenen en krachten naar boven halen, in plaats van de jouwe erin te stoppen. Onderdeel van de geest van motiverende gespreksvoering.',
  },
  'active-listening': {
    term: 'actief luisteren',
    explanation:
      'Luisteren om te begrijpen, niet om te antwoorden: je vat samen en geeft terug wat je hoort. Zo voelt de ander zich gehoord en hoort die zichzelf.',
  },
  'unconditional-positive-regard': {
    term: 'onvoorwaardelijke acceptatie',
    explanation:
      'Iemand als mens accepteren en waarderen, wat die ook doet of voelt. Dat betekent niet dat je het overal mee eens bent.',
  },
  'emotional-validation': {
    term: 'valideren',
    explanation:
      'Laten merken dat iemands gevoelens begrijpelijk zijn, zonder ze weg te praten of snel op te vrolijken. Een gevoel erkennen is niet hetzelfde als elke daad goedkeuren.',
  },
  psychoeducation: {
    term: 'psycho-educatie',
    explanation:
      'Uitleg over hoe stress en trauma werken, zodat reacties begrijpelijk worden. Geef het in kleine porties, en pas als iemand eraan toe is.',
  },
  container: {
    term: 'container',
    explanation:
      'Een stevige, veilige bedding waarin sterke gevoelens zoals angst, verdriet of woede er mogen zijn, zonder dat iemand ze hoeft op te lossen.',
  },
  'safe-space': {
    term: 'veilige ruimte',
    explanation:
      'Een plek of gesprek waar iemand vrijuit kan praten zonder angst voor een oordeel. Die maak je door hoe je reageert, niet door het te beloven, en je bent eerlijk over wat je soms moet doorgeven.',
  },
  'liminal-space': {
    term: 'liminale ruimte',
    explanation:
      'De tussentijd nadat iets is geëindigd en voordat iets nieuws is begonnen. Die is onzeker, en mensen hebben dan vooral gezelschap nodig, geen antwoorden.',
  },
  'helping-hand': {
    term: 'steuntje in de rug',
    explanation:
      'Steun waarmee iemand zelf de volgende stap kan zetten, in plaats van gedragen te worden. Jij loopt mee; de stappen zet de ander zelf.',
  },
  'secondary-traumatic-stress': {
    term: 'secundaire traumatisering',
    explanation:
      'Traumaklachten door de verhalen of ervaringen van anderen: slecht slapen, schrikachtig zijn, beelden die zich opdringen. Een reëel risico van helpend werk, geen zwakte.',
  },
  'compassion-fatigue': {
    term: 'compassiemoeheid',
    explanation:
      'Langzaam opraken doordat je steeds zorgt voor mensen met pijn. Je inlevingsvermogen droogt op; rust, steun en grenzen helpen het terug te komen.',
  },
  'vicarious-trauma': {
    term: 'plaatsvervangend trauma',
    explanation:
      'Een blijvende verandering in hoe je als hulpverlener naar de wereld, veiligheid en mensen kijkt, na lang werken met andermans trauma. Het sluipt erin en verdient aandacht.',
  },
  burnout: {
    term: 'burn-out',
    explanation:
      'Uitputting door langdurige druk in werk of zorg, met cynisme en het gevoel tekort te schieten. Grenzen en steun helpen het te voorkomen.',
  },
  'self-care': {
    term: 'zelfzorg',
    explanation:
      'Zorgen voor je eigen lijf, hoofd en grenzen, zodat je er voor anderen kunt blijven zijn. Het hoort bij het werk, het is geen luxe.',
  },
  boundaries: {
    term: 'grenzen',
    explanation:
      'Waar jouw verantwoordelijkheid, energie en tijd ophouden en die van de ander beginnen. Benoem je ze vriendelijk, dan blijft je hulp eerlijk en vol te houden.',
  },
  supervision: {
    term: 'supervisie',
    explanation:
      'Vaste momenten met een supervisor of collega’s om stil te staan bij je werk. Daar houdt iemand anders ruimte voor jou.',
  },
  'recovery-oriented': {
    term: 'herstelgericht werken',
    explanation:
      'Steun in de ggz en verslavingszorg die gericht is op een leven dat zinvol voelt, met of zonder klachten. De ander heeft de regie over het eigen herstel; jij loopt mee.',
  },
  'solution-focused': {
    term: 'oplossingsgericht werken',
    explanation:
      'Dit is niet repareren: je vraagt wat al werkt en wanneer het even wat beter gaat. De ander vindt zelf de oplossingen; jij helpt ze te zien.',
  },
  'safety-plan': {
    term: 'signaleringsplan',
    explanation:
      'Een plan dat je in een rustige tijd samen maakt, in de woorden van de ander: vroege signalen, wat dan helpt en wie er gebeld wordt. Zo houdt iemand ook in een crisis zelf de regie.',
  },
  'informal-carer': {
    term: 'mantelzorger',
    explanation:
      'Iemand die onbetaald zorgt voor een partner, ouder, kind of vriend die ziek is of een beperking heeft. Een mantelzorger geeft veel, en heeft zelf ook steun en af en toe rust nodig.',
  },
  safeguarding: {
    term: 'meldcode',
    explanation:
      'Vaste stappen als je huiselijk geweld of kindermishandeling vermoedt: overleg met een collega of de aandachtsfunctionaris, vraag Veilig Thuis om advies en meld zo nodig. Ingrijpen bij gevaar is geen redden.',
  },
  'self-reliance': {
    term: 'zelfredzaamheid',
    explanation:
      'Je dagelijks leven zelf kunnen regelen, met hulp van je eigen netwerk waar dat nodig is. Het betekent niet dat je alles alleen moet doen.',
  },
  'mental-capacity': {
    term: 'wilsbekwaamheid',
    explanation:
      'Een bepaald besluit zelf kunnen begrijpen, afwegen en nemen. Het wordt per besluit beoordeeld en is de echte grens van autonomie: een onverstandige keuze maakt iemand nog niet wilsonbekwaam.',
  },
  'request-for-help': {
    term: 'hulpvraag',
    explanation:
      'Waar de ander zelf hulp bij wil, in eigen woorden. Begin daar, niet bij wat jij denkt dat er nodig is.',
  },
  'not-knowing-how-to-act': {
    term: 'handelingsverlegenheid',
    explanation:
      'Als hulpverlener vastlopen: je voelt dat er iets mis is, maar weet niet wat je moet doen. Bespreek het met collega’s, in plaats van alleen te handelen of weg te kijken.',
  },
  grief: {
    term: 'rouw',
    explanation:
      'Wat een verlies met iemand doet: verdriet, boosheid, verdoofdheid en meer, in geen vaste volgorde. Het is geen probleem om op te lossen; blijf erbij en geef het de tijd.',
  },
  'harm-reduction': {
    term: 'schadebeperking',
    explanation:
      'Mensen nemen zoals ze zijn: drugsgebruik of andere risico’s minder schadelijk maken, zonder dat stoppen een voorwaarde is voor hulp. Hun keuzes blijven van hen.',
  },
};
