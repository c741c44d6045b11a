import type { SelfCareText } from '../types';

/** „Holding space voor jezelf”: ook de helper heeft een veilige plek nodig. */
export const selfCare: SelfCareText = {
  title: 'Holding space voor jezelf',
  intro:
    'Je kunt alleen rustig bij een ander blijven als er ook voor jou gezorgd wordt, door jezelf en door anderen. Een paar kleine gewoonten rond een zwaar gesprek, de signalen die om een pauze vragen, en wie ruimte voor jou houdt.',
  parts: {
    before: {
      title: 'Vóór een zwaar gesprek',
      points: [
        'Neem één minuut: voeten op de grond, lang uitademen, en merk op hoe je er vandaag bij zit.',
        'Bepaal wat je deze keer kunt bieden, en wat je niet hoeft te dragen.',
        'Kies één voornemen, zoals „eerst luisteren”, in plaats van een plan voor hoe het moet aflopen.',
      ],
    },
    after: {
      title: 'Na het gesprek',
      points: [
        'Sluit bewust af: was je handen, loop even naar buiten, of schrijf drie regels op en sla het schrift dicht.',
        'Vraag jezelf af wat je bijblijft, en bij wie je het kwijt kunt zonder je beroepsgeheim te schenden.',
        'Geef je lichaam iets gewoons en goeds: een glas water, eten, een korte wandeling.',
      ],
    },
    strain: {
      title: 'Overbelasting op tijd herkennen',
      intro:
        'Zorgen voor mensen met pijn vraagt veel van je. Bij compassiemoeheid raakt je vermogen om mee te leven langzaam op; bij secundaire traumatisering gaat het trauma van een ander in jou doorwerken.',
      points: [
        'Je voelt je afgestompt, cynisch of kortaf tegenover de mensen die je helpt.',
        'Hun verhalen komen ’s nachts terug, of je gaat bepaalde onderwerpen of mensen uit de weg.',
        'Je slaap, eetlust of energie verandert, en vrije tijd laadt je niet meer op.',
        'Je hebt het gevoel dat alleen jij kunt helpen, of dat niets wat je doet verschil maakt.',
        'Dit zijn signalen van het werk, geen falen. Bespreek ze op tijd: met je supervisor, een collega of je huisarts.',
      ],
    },
    support: {
      title: 'Wie houdt ruimte voor jou?',
      intro:
        'Niemand kan dit alleen. Zorg dat je minstens één van deze steunbronnen hebt, al voordat je die nodig hebt.',
      points: [
        'Supervisie: vaste tijd met een opgeleide supervisor om naar je werk te kijken, en naar jezelf daarin.',
        'Intervisie: collega’s die als gelijken samenkomen om situaties uit het werk samen te onderzoeken.',
        'Een collega die na een zware dag vraagt „Hoe was dat voor jou?” en echt luistert.',
        'Help je als vrijwilliger, vriend of familielid? Dan kan een coördinator, een groep voor mantelzorgers of je huisarts die persoon voor jou zijn.',
      ],
    },
  },
  source:
    'Compassiemoeheid en secundaire traumatisering zoals beschreven door Charles Figley (1995).',
};
