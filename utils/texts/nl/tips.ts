import type { Tips } from '../types';

/**
 * De acht tips van Heather Plett (2015), in haar volgorde, in de eigen woorden van dit project.
 * Over de persoon die je helpt: „de ander”, enkelvoud („die”, „diegene”), overal hetzelfde.
 */
export const tips: Tips = {
  'trust-their-wisdom': {
    title: 'Vertrouw op het kompas van de ander',
    essence:
      'De ander kent het eigen leven het best. Help diegene de eigen stem te horen, niet de jouwe.',
    cues: [
      'Vraag eerst wat de ander ervan vindt, voordat je zegt wat jij vindt: “Wat zegt je gevoel?”',
      'Vat samen wat je hoort, zodat de ander de eigen gedachten terughoort.',
      'Komt de ander zelf met een antwoord, laat het dan van de ander zijn en schaaf er niet aan.',
    ],
    watchOut:
      'In de reddersrol geef je zelf het antwoord al, en komt het gevoel van de ander voor wat klopt nooit aan de beurt.',
    question:
      'Wanneer liet je iemand voor het laatst zelf het antwoord vinden, terwijl het jouwe al klaarlag?',
  },
  'right-amount-of-information': {
    title: 'Niet alles tegelijk',
    essence: 'Deel wat helpt bij de volgende stap, niet alles wat je weet in één keer.',
    cues: [
      'Vraag eerst: “Zal ik iets vertellen over hoe dit meestal gaat?”',
      'Geef één ding tegelijk en kijk hoe het aankomt.',
      'Bewaar de rest voor als de ander erom vraagt of eraan toe is.',
    ],
    watchOut:
      'In de reddersrol overspoel je de ander met adviezen, folders en mogelijkheden, tot die zich nog meer verloren voelt dan eerst.',
    question: 'Wat moet de ander vandaag weten, en wat kan wachten?',
  },
  'leave-their-power': {
    title: 'Laat de regie bij de ander',
    essence:
      'Doe dingen samen met de ander, niet voor de ander, zodat die zelf aan het roer blijft.',
    cues: [
      'Vraag voordat je iets overneemt: “Wil je dit zelf doen, of zullen we het samen doen?”',
      'Benoem welke keuzes er zijn, ook de kleine.',
      'Doe een stap terug als de ander iets zelf kan, ook als het langer duurt.',
    ],
    watchOut:
      'In de reddersrol neem je ongemerkt telefoontjes, formulieren en beslissingen over, hoe goed bedoeld ook, tot de ander denkt het zelf niet meer te kunnen.',
    question:
      'Wat doe je nu voor de ander dat die zelf zou kunnen, misschien met een beetje steun?',
    whenInDanger:
      'Eén uitzondering: is iemand in gevaar, dan is ingrijpen om diegene veilig te houden geen regie afpakken. Geef de keuzes terug zodra het veilig is.',
  },
  'ego-aside': {
    title: 'Je hoeft geen held te zijn',
    essence:
      'De vooruitgang is van de ander. Je hoeft niet bedankt te worden, gelijk te krijgen of de redder te zijn.',
    cues: [
      'Merk op wanneer je wilt dat de ander jouw advies volgt, zodat jij je er goed bij voelt.',
      'Laat het succes bij de ander: “Dat heb jij gedaan.”',
      'Slaat de ander je hulp af, haal dan even adem voor je reageert; het is geen oordeel over jou.',
    ],
    watchOut:
      'In de reddersrol wil je nodig zijn, en doet het pijn als je advies niet wordt opgevolgd.',
    question: 'Wat zou er veranderen als niemand ooit wist hoeveel jij hebt geholpen?',
  },
  'safe-to-fail': {
    title: 'Ruimte om te struikelen',
    essence:
      'Door te proberen leer je. Zorg dat er iets mis mag gaan, zonder schuld en zonder dat de ander jou kwijtraakt.',
    cues: [
      'Gaat er iets mis, begin dan nieuwsgierig: “Wat is er gebeurd? Wat heb je nu nodig?”',
      'Zeg hardop dat een tegenslag niets verandert aan hoe jij naar de ander kijkt.',
      'Spring niet bij om een fout te voorkomen waar de ander van kan herstellen.',
    ],
    watchOut:
      'In de reddersrol vang je elke val op voordat die gebeurt, zodat de ander nooit zelf leert opstaan.',
    question: 'Voor welke fout wil je de ander behoeden, en is het aan jou om die te voorkomen?',
  },
  'humble-guidance': {
    title: 'Bied hulp bescheiden aan',
    essence:
      'Soms is iemand te verloren om te vragen. Bied dan bescheiden hulp aan: als mogelijkheid, niet als waarheid.',
    cues: [
      'Is de ander te overweldigd om te vragen, bied dan één concreet ding aan: “Zal ik dat telefoontje samen met je doen?”',
      'Vraag voordat je advies geeft: “Wil je een idee horen, of zal ik alleen luisteren?”',
      'Breng een suggestie als keuze, en wees eerlijk over wat je niet weet.',
    ],
    watchOut:
      'In de reddersrol vertel je als deskundige wat de ander moet doen, en voelt die zich klein omdat die het niet wist.',
    question: 'Hoe deel je wat je weet, zonder dat de ander zich kleiner gaat voelen?',
    whenInDanger:
      'Is iemand in gevaar, wacht dan niet tot je iets gevraagd wordt en bied geen keuzes aan: zorg meteen voor hulp. Bescheidenheid is voor de keuzes die kunnen wachten.',
  },
  'container-for-emotions': {
    title: 'Ruimte voor heftige gevoelens',
    essence:
      'Wees een veilige, rustige plek waar angst, verdriet, boosheid en trauma er mogen zijn, zonder oplossing.',
    cues: [
      'Blijf rustig en dichtbij als sterke gevoelens opkomen; jouw kalme ademhaling helpt die van de ander.',
      'Laat stilte bestaan; je hoeft die niet te vullen.',
      'Benoem wat je ziet, zonder oordeel: “Dit is veel. Logisch dat je je zo voelt.”',
    ],
    watchOut:
      'In de reddersrol probeer je snel op te vrolijken of begin je over iets anders, omdat de pijn van de ander zwaar is om aan te zien.',
    question:
      'Bij welke gevoelens van anderen vind je het het moeilijkst om te blijven, en hoe komt dat?',
  },
  'their-own-choices': {
    title: 'Eigen leven, eigen weg',
    essence:
      'De ander kiest, rouwt of verwerkt misschien anders dan jij. Respecteer dat en blijf ernaast staan.',
    cues: [
      'Merk op wanneer “wat ik zou doen” of “hoe ik het zelf deed” in je stem sluipt.',
      'Vraag wat de ander belangrijk vindt in deze keuze, en luister naar de waarden van de ander, niet naar die van jou.',
      'Houd de deur open: “Wat je ook kiest, ik blijf er voor je.”',
    ],
    watchOut:
      'In de reddersrol ga je aandringen of overhalen, of trek je je steun terug als de ander een eigen weg kiest.',
    question: 'Kun je een keuze steunen die je zelf niet zou maken?',
  },
};
