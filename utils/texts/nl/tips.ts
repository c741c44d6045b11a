import type { Tips } from '../types';

/**
 * De acht tips van Heather Plett (2015), in haar volgorde, in de eigen woorden van dit project.
 * Over de persoon die je helpt: „de ander”, afgewisseld met „iemand”, „die persoon”, „hij of
 * zij” of een andere zin, zodat het niet eentonig leest. Een punt moet ook los te lezen zijn.
 */
export const tips: Tips = {
  'trust-their-wisdom': {
    title: 'Vertrouw op het kompas van de ander',
    essence:
      'Iedereen kent het eigen leven het best. Help iemand de eigen stem te horen, niet de jouwe.',
    cues: [
      'Vraag eerst wat iemand er zelf van vindt, voordat je zegt wat jij vindt: „Wat zegt je gevoel?”',
      'Vat samen wat je hoort, zodat je gesprekspartner de eigen gedachten terughoort.',
      'Komt de ander zelf met een antwoord, laat het dan zijn of haar antwoord blijven en schaaf er niet aan.',
    ],
    watchOut:
      'Zelf al het antwoord geven, zodat de ander nooit de kans krijgt zelf te voelen wat klopt.',
    question:
      'Wanneer liet je iemand voor het laatst zelf het antwoord vinden, terwijl het jouwe al klaarlag?',
    whenInDanger:
      'Wijst iemands eigen kompas richting gevaar, bijvoorbeeld terug naar een partner die geweld gebruikt, dan betekent vertrouwen niet dat je zwijgt. Zeg duidelijk waar je je zorgen over maakt, denk mee over hoe iemand veilig blijft, en schakel hulp in als een leven op het spel staat.',
  },
  'right-amount-of-information': {
    title: 'Niet alles tegelijk',
    essence: 'Deel wat helpt bij de volgende stap, niet alles wat je weet in één keer.',
    cues: [
      'Vraag eerst: „Zal ik iets vertellen over hoe dit meestal gaat?”',
      'Geef één ding tegelijk en kijk hoe het aankomt.',
      'Bewaar de rest voor als iemand erom vraagt of eraan toe is.',
    ],
    watchOut:
      'Iemand overspoelen met adviezen, folders en mogelijkheden, tot die zich nog meer verloren voelt dan eerst.',
    question: 'Wat moet de ander vandaag weten, en wat kan wachten?',
  },
  'leave-their-power': {
    title: 'Laat de regie bij de ander',
    essence:
      'Laat de ander beslissen. Doe dingen samen waar iemand dat kan, en doe ze voor iemand als die daarvoor kiest.',
    cues: [
      'Vraag voordat je iets overneemt: „Wil je dit zelf doen, zullen we het samen doen, of zal ik het doen?”',
      'Benoem welke keuzes er zijn, ook de kleine.',
      'Doe een stap terug als iemand iets zelf kan en wil, ook als het dan langer duurt.',
    ],
    watchOut:
      'Ongemerkt telefoontjes, formulieren en beslissingen overnemen waar niemand om vroeg, hoe goed bedoeld ook, tot iemand denkt het zelf niet meer te kunnen.',
    question:
      'Welke taken heeft de ander je zelf gegeven, en welke heb je overgenomen zonder het te vragen?',
    whenInDanger:
      'Eén uitzondering: is iemand in gevaar, dan pak je geen regie af als je ingrijpt om die persoon veilig te houden. Geef de keuzes terug zodra het veilig is.',
  },
  'ego-aside': {
    title: 'Je hoeft geen held te zijn',
    essence:
      'Wat de ander bereikt, is van hem of haar. Je hoeft niet bedankt te worden, gelijk te krijgen of de redder te zijn.',
    cues: [
      'Merk op wanneer je wilt dat iemand jouw advies volgt, zodat jij je er goed bij voelt.',
      'Laat het succes waar het hoort: „Dat heb jij gedaan.”',
      'Wordt je hulp afgeslagen, haal dan even adem voor je reageert; het is geen oordeel over jou.',
    ],
    watchOut: 'Nodig willen zijn, en je gekwetst voelen als je advies niet wordt opgevolgd.',
    question: 'Wat zou er veranderen als niemand ooit wist hoeveel jij hebt geholpen?',
  },
  'safe-to-fail': {
    title: 'Ruimte om te struikelen',
    essence:
      'Door te proberen leer je. Zorg dat er iets mis mag gaan, zonder verwijten en zonder dat je steun dan wegvalt.',
    cues: [
      'Gaat er iets mis, begin dan nieuwsgierig: „Wat is er gebeurd? Wat heb je nu nodig?”',
      'Zeg hardop dat een tegenslag niets verandert aan hoe jij naar de ander kijkt.',
      'Spring niet bij om een fout te voorkomen waar iemand zelf van kan herstellen.',
    ],
    watchOut: 'Elke val opvangen voordat die gebeurt, zodat de ander nooit zelf leert opstaan.',
    question: 'Voor welke fout wil je iemand behoeden, en is het aan jou om die te voorkomen?',
  },
  'humble-guidance': {
    title: 'Bied hulp bescheiden aan',
    essence:
      'Soms zit iemand zo vast dat die niet eens om hulp kan vragen. Bied dan bescheiden hulp aan: als mogelijkheid, niet als waarheid.',
    cues: [
      'Is de ander te overweldigd om iets te vragen, bied dan één concreet ding aan: „Zullen we samen bellen?”',
      'Vraag voordat je advies geeft: „Wil je een idee horen, of zal ik alleen luisteren?”',
      'Breng een suggestie als keuze, en wees eerlijk over wat je niet weet.',
    ],
    watchOut:
      'Als deskundige vertellen wat er moet gebeuren, zodat de ander zich klein voelt omdat hij of zij het niet wist.',
    question: 'Hoe deel je wat je weet, zonder dat iemand zich daardoor kleiner gaat voelen?',
    whenInDanger:
      'Is iemand in gevaar, wacht dan niet tot die je om hulp vraagt en bied geen keuzes aan: zorg meteen voor hulp. Bescheidenheid past bij keuzes die kunnen wachten.',
  },
  'container-for-emotions': {
    title: 'Ruimte voor heftige gevoelens',
    essence:
      'Wees een veilige, rustige plek waar angst, verdriet, boosheid en trauma er mogen zijn zonder dat iemand ze oplost.',
    cues: [
      'Blijf rustig en dichtbij als sterke gevoelens opkomen; jouw kalme ademhaling helpt die van de ander.',
      'Vraag niet naar de details van wat er is gebeurd: laat iemand zelf kiezen hoeveel die vertelt, en laat stiltes toe.',
      'Benoem wat je ziet, zonder oordeel: „Dit is veel. Logisch dat je je zo voelt.”',
    ],
    watchOut:
      'Snel proberen op te vrolijken of over iets anders beginnen, omdat iemands pijn zwaar is om aan te zien.',
    question:
      'Bij welke gevoelens van anderen vind je het moeilijk om erbij te blijven, en hoe komt dat?',
  },
  'their-own-choices': {
    title: 'Eigen leven, eigen weg',
    essence:
      'De ander kiest, rouwt of verwerkt misschien anders dan jij. Respecteer dat en blijf ernaast staan.',
    cues: [
      'Merk op wanneer „wat ik zou doen” of „hoe ik het zelf deed” in je stem sluipt.',
      'Vraag wat iemand belangrijk vindt in deze keuze, en luister naar zijn of haar waarden, niet naar de jouwe.',
      'Houd de deur open: „Wat je ook kiest, ik blijf er voor je.”',
    ],
    watchOut: 'Aandringen, overhalen of je steun terugtrekken als de ander een eigen weg kiest.',
    question: 'Kun je een keuze steunen die je zelf niet zou maken?',
    whenInDanger:
      'Respect voor een eigen weg houdt op waar die iemand in gevaar brengt, zoals ineens stoppen met medicijnen die nodig zijn. Zeg eerlijk wat je zorgen maakt, stel voor het met de arts te bespreken, en zorg voor hulp als het niet meer veilig is.',
  },
};
