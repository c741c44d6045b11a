import type { AboutText } from '../types';

export const about: AboutText = {
  intro: [
    'Holding space is een manier van bij iemand zijn die iets moeilijks doormaakt. Je neemt het probleem niet over, maar je blijft erbij: je luistert, je blijft als het zwaar wordt, en je vertrouwt erop dat de ander de eigen weg vindt. Je aandacht gaat naar de ander, niet naar een uitkomst die jij in gedachten had; de keuzes en het tempo blijven van de ander.',
    'Dat is het belangrijkst waar directe hulp niet kan of niet gewenst is. De Nederlandse blogpost „Redden of steuntje in de rug?” op traumatrainingen.nl laat zien waarom. Hulp kan er zijn en toch buiten bereik blijven, zoals een reddingsboei die zo hoog hangt dat niemand erbij kan. Er zijn wachtlijsten, er is het gedwongen kader dat weinig keus laat, en er zijn mensen met de beste bedoelingen die meer geven dan iemand aankan. Wat dan overblijft, en vaak het meest telt, is hoe je bij iemand bent.',
  ],
  origin: [
    'Holding space zoals het hier gebruikt wordt, komt van de Canadese schrijver Heather Plett. In maart 2015 schreef ze er een blogpost over. Die ontstond uit de manier waarop een verpleegkundige in de palliatieve zorg haar familie bijstond toen haar moeder stierf. Ze gaf daarin acht tips; deze extensie vertelt ze na in eigen woorden.',
    'In 2020 volgde haar boek The Art of Holding Space. Mayke Smit vertaalde het in het Nederlands als De kunst van holding space.',
  ],
  disclaimer:
    'Deze extensie ondersteunt je eigen oordeel, maar vervangt geen supervisie, training of zorg.',
  credits: [
    {
      title: 'What it means to ‘hold space’ for people, plus eight tips on how to do it well',
      detail:
        'Heather Plett, blogpost, maart 2015. De acht tips in deze extensie zijn hierop gebaseerd en in eigen woorden naverteld.',
      url: 'https://heatherplett.com/2015/03/hold-space/',
    },
    {
      title: 'The Art of Holding Space: A Practice of Love, Liberation, and Leadership',
      detail: 'Heather Plett, boek, 2020',
      url: 'https://heatherplett.com/',
    },
    {
      title: 'De kunst van holding space',
      detail: 'Nederlandse vertaling door Mayke Smit',
    },
    {
      title: 'Redden of steuntje in de rug?',
      detail: 'Blogpost op traumatrainingen.nl (de link opent de site)',
      url: 'https://traumatrainingen.nl/',
    },
  ],
};
