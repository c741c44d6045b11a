import type { AboutText } from '../types';

export const about: AboutText = {
  intro: [
    'Holding space betekent dat je met iemand meeloopt door een moeilijke periode, in het tempo van de ander. Je blijft dichtbij zonder te oordelen en zonder dat de ander het gevoel krijgt tekort te schieten. Je probeert niemand te repareren en je bepaalt niet hoe het afloopt. Het draait meer om er zijn dan om dingen doen, en om respect voor iemands eigen regie over het leven.',
    'Dat is het belangrijkst waar directe hulp niet kan of niet gewenst is. Een Nederlandse blog stelt de vraag: redden, of een steuntje in de rug? Hulp kan er zijn en toch buiten bereik blijven, zoals een reddingsboei die zo hoog hangt dat niemand erbij kan. Er zijn wachtlijsten, er is het gedwongen kader dat weinig keus laat, en er zijn mensen met de beste bedoelingen die meer geven dan iemand aankan. Wat dan overblijft, en vaak het meest telt, is hoe je bij iemand bent.',
  ],
  origin: [
    'Holding space zoals het hier gebruikt wordt, komt van de Canadese schrijver Heather Plett. In maart 2015 schreef ze er een blogpost over. Die ontstond uit de manier waarop een verpleegkundige in de palliatieve zorg haar familie bijstond toen haar moeder stierf. Ze gaf daarin acht tips; deze extensie vertelt ze na in eigen woorden.',
    'In 2020 volgde haar boek The Art of Holding Space. Mayke Smit vertaalde het in het Nederlands als De kunst van holding space.',
  ],
  disclaimer:
    'Deze extensie ondersteunt je eigen professionele oordeel, maar vervangt geen supervisie, training of zorg. Ben jij of de persoon die je helpt in gevaar, zoek dan meteen passende hulp.',
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
      detail: 'Blogpost, traumatrainingen.nl',
      url: 'https://traumatrainingen.nl/',
    },
  ],
};
