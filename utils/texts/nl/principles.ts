import type { Principles } from '../types';

export const principles: Principles = {
  'presence-over-doing': {
    title: 'Zijn in plaats van doen',
    body: 'Vaak is je volle aandacht het meest waardevolle wat je kunt geven. Vertraag, leg je telefoon weg en luister zonder alvast je antwoord te bedenken. Er zijn telt, ook als er niets te doen valt.',
  },
  'without-judgement': {
    title: 'Zonder oordeel',
    body: 'Iemand stelt zich pas open als die zich niet veroordeeld voelt. Merk je eigen mening op en zet die even opzij. Je kunt het oneens zijn met een keuze en de ander toch volledig respecteren.',
  },
  'their-own-wisdom': {
    title: 'Eigen wijsheid, eigen regie',
    body: 'De ander is deskundige op het eigen leven en kan zelf beslissen, ook over moeilijke dingen. Dat is wat eigen regie en autonomie in de praktijk betekenen. Jij steunt dat vermogen, je neemt het niet over.',
  },
  'no-fixing': {
    title: 'Niet repareren, niet sturen',
    body: 'Holding space betekent dat je bij iemand blijft in plaats van aan iemand te sleutelen: je bent er niet om de ander te repareren, en waar het heen gaat, ontdekt die zelf. Heather Plett noemt drie manieren waarop hulp kan misgaan: meer geven dan iemand aankan, iemand beschamen, of iemand de regie afnemen. Blijf ernaast staan en laat de ander de richting kiezen.',
  },
  safety: {
    title: 'Een veilige, rustige plek',
    body: 'Iemand laat pas zien wat die echt voelt als het veilig is. Dat bouw je op met rust, eerlijkheid en voorspelbaarheid: zeg wat je gaat doen en doe het dan ook. Veiligheid komt vóór elke stap vooruit.',
  },
  'helper-boundaries': {
    title: 'Jouw grenzen tellen ook',
    body: 'Je kunt alleen ruimte houden voor een ander als je ook voor jezelf zorgt. Ken je grenzen en benoem ze vriendelijk. En zoek iemand die ook voor jou ruimte houdt: een collega, een supervisor of een vriend.',
  },
};
