import type { SelfCareText } from '../types';

/** "Holding space for yourself": the helper needs a steady place too. */
export const selfCare: SelfCareText = {
  title: 'Holding space for yourself',
  intro:
    'You can only stay steady for someone else if you are looked after too, by yourself and by others. A few small habits around a heavy conversation, the signs that ask for a pause, and who can hold space for you.',
  parts: {
    before: {
      title: 'Before a heavy conversation',
      points: [
        'Take one minute: feet on the floor, a long breath out, and notice how you are arriving today.',
        'Decide what you can offer this time, and what is not yours to carry.',
        'Choose one intention, like “listen first”, instead of a plan for how it has to end.',
      ],
    },
    after: {
      title: 'Afterwards',
      points: [
        'Mark the end: wash your hands, step outside, or write three lines and close the notebook.',
        'Ask yourself what is staying with you, and who you can tell, without breaking confidence.',
        'Give your body something ordinary and kind: a glass of water, food, a short walk.',
      ],
    },
    strain: {
      title: 'Signs of strain to notice early',
      intro:
        'Caring for people in pain has a cost. Compassion fatigue is your capacity to care slowly wearing thin; with secondary traumatic stress, someone else’s trauma starts to echo in you.',
      points: [
        'You feel numb, cynical or short-tempered with the people you help.',
        'Their stories come back at night, or you start to avoid certain subjects or people.',
        'Your sleep, appetite or energy change, and time off no longer restores you.',
        'You feel you are the only one who can help, or that nothing you do makes a difference.',
        'These are signals of the work, not a failing. Talk about them early: with your supervisor, a colleague or your doctor.',
      ],
    },
    support: {
      title: 'Who holds space for you?',
      intro:
        'Nobody can do this alone. Make sure you have at least one of these, before you need it.',
      points: [
        'Supervision: regular time with a trained supervisor to look at your work, and at you in it.',
        'Intervision (peer consultation): colleagues who meet as equals to think through cases together.',
        'Peers: a colleague who asks “How was that for you?” after a hard day, and really listens.',
        'Helping as a volunteer, friend or family member? A coordinator, a group for carers or your GP can be that person for you.',
      ],
    },
  },
  source:
    'Compassion fatigue and secondary traumatic stress as described by Charles Figley (1995).',
};
