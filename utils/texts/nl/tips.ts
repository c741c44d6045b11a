import type { Tips } from '../types';

/**
 * De acht tips van Heather Plett (2015), in haar volgorde, in de eigen woorden van dit project.
 */
export const tips: Tips = {
  'trust-their-wisdom': {
    title: 'Vertrouw op hun eigen kompas',
    essence:
      'De ander kent het eigen leven het best. Help ze hun eigen stem te horen, niet de jouwe.',
    cues: [
      'Vraag eerst wat de ander ervan vindt, voordat je zegt wat jij vindt: “Wat zegt je gevoel?”',
      'Vat samen wat je hoort, zodat ze hun eigen gedachten terughoren.',
      'Komen ze zelf op een antwoord, laat het dan van hen zijn en schaaf er niet aan.',
    ],
    watchOut:
      'In de reddersrol geef je het antwoord al, zodat hun eigen gevoel voor wat klopt nooit aan de beurt komt.',
    question:
      'Wanneer liet je iemand voor het laatst zelf het antwoord vinden, terwijl het jouwe al klaarlag?',
  },
  'right-amount-of-information': {
    title: 'Niet alles tegelijk',
    essence: 'Deel wat helpt bij de volgende stap, niet alles wat je weet in één keer.',
    cues: [
      'Vraag eerst: “Zal ik iets vertellen over hoe dit meestal gaat?”',
      'Geef één ding tegelijk en kijk hoe het binnenkomt.',
      'Bewaar de rest voor als de ander erom vraagt of eraan toe is.',
    ],
    watchOut:
      'In de reddersrol overspoel je iemand met adviezen, folders en mogelijkheden, tot die zich nog meer verloren voelt dan eerst.',
    question: 'Wat moet de ander vandaag weten, en wat kan wachten?',
  },
  'leave-their-power': {
    title: 'Laat de regie bij hen',
    essence:
      'Doe dingen samen met de ander, niet voor de ander, zodat ze zelf aan het roer blijven.',
    cues: [
      'Vraag voordat je iets overneemt: “Wil je dit zelf doen, of zullen we het samen doen?”',
      'Benoem welke keuzes er zijn, ook de kleine.',
      'Doe een stap terug als ze iets zelf kunnen, ook als het langer duurt.',
    ],
    watchOut:
      'In de reddersrol neem je ongemerkt telefoontjes, formulieren en beslissingen over, hoe goed bedoeld ook, tot de ander denkt het zelf niet meer te kunnen.',
    question:
      'Wat doe je nu voor de ander dat ze zelf zouden kunnen, misschien met een beetje steun?',
  },
  'ego-aside': {
    title: 'Je hoeft geen held te zijn',
    essence:
      'Hun vooruitgang is van hen. Je hoeft niet bedankt te worden, gelijk te krijgen of de redder te zijn.',
    cues: [
      'Merk op wanneer je wilt dat ze jouw advies volgen, zodat jij je er goed bij voelt.',
      'Laat hun succes van hen zijn: “Dat heb jij gedaan.”',
      'Slaat de ander je hulp af, haal dan even adem voor je reageert; het is geen oordeel over jou.',
    ],
    watchOut:
      'In de reddersrol wil je nodig zijn, en doet het pijn als je advies niet wordt opgevolgd.',
    question: 'Wat zou er veranderen als niemand ooit wist hoeveel jij hebt geholpen?',
  },
  'safe-to-fail': {
    title: 'Ruimte om te struikelen',
    essence:
      'Mensen leren door te proberen. Zorg dat iets mis mag gaan, zonder schuld en zonder dat ze jou kwijtraken.',
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
    title: 'Bescheiden meedenken',
    essence:
      'Geef je toch advies of hulp, bied het dan voorzichtig aan: als mogelijkheid, niet als waarheid.',
    cues: [
      'Vraag voordat je advies geeft: “Wil je een idee horen, of zal ik alleen luisteren?”',
      'Breng een suggestie als keuze: “Sommige mensen hebben hier iets aan. Wat denk jij?”',
      'Wees eerlijk over wat je niet weet.',
    ],
    watchOut:
      'In de reddersrol vertel je als deskundige wat iemand moet doen, en voelt de ander zich klein omdat die het niet wist.',
    question: 'Hoe deel je wat je weet, zonder dat de ander zich kleiner gaat voelen?',
  },
  'container-for-emotions': {
    title: 'Ruimte voor grote gevoelens',
    essence:
      'Wees een veilige, rustige plek waar angst, verdriet, boosheid en trauma er mogen zijn, zonder oplossing.',
    cues: [
      'Blijf rustig en dichtbij als sterke gevoelens opkomen; jouw kalme ademhaling helpt die van de ander.',
      'Laat stilte bestaan; je hoeft die niet te vullen.',
      'Benoem wat je ziet, zonder oordeel: “Dit is veel. Logisch dat je je zo voelt.”',
    ],
    watchOut:
      'In de reddersrol probeer je snel op te vrolijken of begin je over iets anders, omdat hun pijn zwaar is om aan te zien.',
    question:
      'Bij welke gevoelens van anderen vind je het het moeilijkst om te blijven, en hoe komt dat?',
  },
  'their-own-choices': {
    title: 'Hun leven, hun keuzes',
    essence:
      'De ander kiest misschien een weg die jij niet zou kiezen. Respecteer dat en blijf ernaast staan.',
    cues: [
      'Merk op wanneer “wat ik zou doen” in je stem sluipt.',
      'Vraag wat de ander belangrijk vindt in deze keuze, en luister naar hun waarden, niet naar de jouwe.',
      'Houd de deur open: “Wat je ook kiest, ik blijf er voor je.”',
    ],
    watchOut:
      'In de reddersrol ga je aandringen of overhalen, of trek je je steun terug als de ander een eigen weg kiest.',
    question: 'Kun je een keuze steunen die je zelf niet zou maken?',
  },
};
