import type { LimitedChoiceText } from '../types';

/** Holding space binnen een gedwongen kader, of met een meldplicht. */
export const limitedChoice: LimitedChoiceText = {
  title: 'Als er weinig te kiezen is',
  intro:
    'Soms is hulp niet vrijwillig: in een gedwongen kader, met een maatregel van de kinderrechter, of met zorgen die je moet melden. Ook binnen die grenzen kun je ruimte houden, en dat begint met eerlijk zijn over die grenzen.',
  parts: {
    'be-open': {
      title: 'Wees open over wat vastligt',
      points: [
        'Zeg duidelijk wat je moet doen en wat je niet kunt veranderen: „De rechter heeft besloten dat we elke week afspreken. Daar gaan jij en ik niet over.”',
        'Leg uit wat je rol is en waar die ophoudt, ook wat je opschrijft en wie dat leest.',
        'Breng een verplichting niet als een keuze: de ander voelt dat, en het kost vertrouwen.',
      ],
    },
    'give-choice': {
      title: 'Geef keuze waar die er is',
      points: [
        'Zoek de ruimte binnen het kader: wanneer, waar, in welke volgorde, wie erbij is, waarmee je begint.',
        'Vraag wat de ander er zelf uit wil halen, ook al koos die er niet voor om te komen.',
        'Laat de ander het oneens zijn, en schrijf die mening op naast de jouwe.',
      ],
    },
    'stay-present': {
      title: 'Blijf aanwezig',
      points: [
        'Houd rekening met boosheid of zwijgen; vaak gaat dat over het kader, niet over jou.',
        'Doe kleine beloftes en kom ze allemaal na.',
        'Benoem wat zwaar is: „Je hebt hier niet om gevraagd. Ik wil dat je er zoveel mogelijk aan hebt.”',
      ],
    },
    'duty-to-report': {
      title: 'Als je iets moet melden',
      intro:
        'Is iemand misschien niet veilig, dan hoort ingrijpen bij ruimte houden; het is geen verraad. Volg het protocol van je organisatie (in Nederland de meldcode huiselijk geweld en kindermishandeling, in Vlaanderen de weg via 1712 of een Vertrouwenscentrum Kindermishandeling); ruimte houden bepaalt hoe je het doet.',
      points: [
        'Zeg al vroeg wat je zou moeten doorgeven, en aan wie, zodat het nooit als een verrassing komt.',
        'Weeg het niet alleen af: overleg met een collega of de aandachtsfunctionaris, en vraag Veilig Thuis om advies.',
        'Vertel het de ander vooraf als dat veilig kan, en vraag wat die daarbij nodig heeft.',
        'Houd daarna contact als het kan: een melding hoeft niet het einde van je contact te zijn.',
      ],
    },
  },
  source:
    'Naar de Nederlandse blog „Redden of steuntje in de rug?”, over helpen als hulp verplicht is en er weinig te kiezen valt.',
};
