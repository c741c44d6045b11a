import type { SelfCheckTexts } from '../types';

/** "Redden of steuntje in de rug?": vragen die je jezelf stelt voordat je bijspringt. */
export const selfCheck: SelfCheckTexts = {
  'did-they-ask': {
    question: 'Heeft de ander zelf om hulp gevraagd?',
    hint: 'Een zucht of een bezorgde blik is nog geen hulpvraag, en wie overweldigd is, kan soms niet eens om hulp vragen.',
    ifConcern:
      'De ander heeft niet gevraagd, en andere antwoorden laten zien dat je hulp misschien nog niet past. Voordat je begint, kun je vragen of de ander iets van je wil, en wat voor hulp dan zou passen.',
    ifUnsure:
      'Twijfel je, vraag het dan gewoon: „Wil je hier hulp bij, of zal ik vooral luisteren?”',
    ifAlone:
      'De ander heeft niet gevraagd, en dat alleen is geen probleem: wie het zwaar heeft, kan dat vaak niet. Je kunt één keer iets concreets aanbieden, en een nee een nee laten zijn.',
  },
  'what-they-need': {
    question: 'Weet je wat de ander zelf zegt nodig te hebben, in eigen woorden?',
    hint: 'Niet wat jij denkt dat nodig is, maar wat de ander je heeft verteld.',
    ifConcern:
      'Je kunt beginnen met vragen wat de ander nodig heeft, en het hele antwoord afwachten voordat je iets aanbiedt.',
    ifUnsure:
      'Je kunt samenvatten wat jij denkt dat de ander nodig heeft, en vragen of die zich daarin herkent.',
  },
  'too-much': {
    question: 'Kan wat je wilt bieden op dit moment meer zijn dan de ander aankan?',
    hint: 'Denk aan de energie en de zorgen van de ander, en aan de hulp die er al is.',
    ifConcern:
      'Misschien kies je het ene dat nu het belangrijkst is, en bewaar je de rest voor later.',
    ifUnsure:
      'Je kunt eerst een klein beetje aanbieden, kijken hoe dat aankomt, en pas daarna meer geven.',
  },
  'whose-need': {
    question:
      'Gaat dit deels om je eigen behoefte, zoals je nuttig voelen of je eigen zorgen sussen?',
    hint: 'Dat is menselijk; het helpt alleen om het op te merken.',
    ifConcern:
      'De meeste helpers kennen die neiging; alleen al het opmerken maakt het makkelijker om de ander de leiding te laten.',
    ifUnsure:
      'Het kan helpen om even stil te staan bij hoe het zou voelen om nu alleen te luisteren.',
  },
  'stay-without-fixing': {
    question: 'Kun je bij de ander blijven zonder iets op te lossen?',
    hint: 'Naast iemand zitten in een moeilijk moment is ook hulp.',
    ifConcern:
      'Niet oplossen is lastig, dus probeer eens een paar minuten alleen te luisteren en kijk wat er gebeurt.',
    ifUnsure:
      'Je kunt eerst een tijdje luisteren en pas oplossingen aandragen als de ander daarom vraagt.',
  },
  'their-choice': {
    question: 'Kun je ermee leven als de ander een andere keuze maakt dan jij?',
    hint: 'Ermee leven is niet hetzelfde als het ermee eens zijn.',
    ifConcern:
      'Het kan helpen om te ontdekken wat de ander belangrijk vindt in deze keuze, zodat je ernaast kunt blijven staan, ook als jij anders zou kiezen.',
    ifUnsure:
      'Je kunt vragen wat voor de ander het zwaarst weegt, want als je de redenen kent, is een andere keuze vaak makkelijker te respecteren.',
  },
  'my-reserves': {
    question: 'Heb je hier zelf nu ruimte voor, en iemand die jou steunt?',
    hint: 'Het gaat om allebei: je eigen energie, en iemand bij wie je terechtkunt.',
    ifConcern:
      'Jouw grenzen tellen ook, dus praat misschien eerst met een collega, je leidinggevende, de gedragswetenschapper of een vriend, of zeg eerlijk wat je nu wel kunt bieden.',
    ifUnsure:
      'Neem even de tijd om te voelen hoe het met jou gaat, en bedenk bij wie je straks terechtkunt.',
  },
};
