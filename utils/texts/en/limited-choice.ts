import type { LimitedChoiceText } from '../types';

/** Holding space inside mandated or court-ordered help, or with a duty to report. */
export const limitedChoice: LimitedChoiceText = {
  title: 'When choice is limited',
  intro:
    'Sometimes help is not voluntary: mandated or court-ordered help, a child-protection order, or a concern you have a duty to report. You can still hold space inside those limits, and it starts with being honest about them.',
  parts: {
    'be-open': {
      title: 'Be open about what is fixed',
      points: [
        'Say plainly what you have to do and what you cannot change: “The court decided that we meet every week. That part isn’t up to you or to me.”',
        'Explain your role and its limits, including what you write down and who reads it.',
        'Don’t dress up a requirement as a choice: people sense it, and trust drops.',
      ],
    },
    'give-choice': {
      title: 'Give choice wherever there is some',
      points: [
        'Look for the room inside the frame: when, where, in what order, who else is there, what to start with.',
        'Ask what they would like to get out of it for themselves, even though they didn’t choose to come.',
        'Let them disagree, and write their view down next to yours.',
      ],
    },
    'stay-present': {
      title: 'Stay present',
      points: [
        'Expect anger or silence; it is often about the frame, not about you.',
        'Make small promises and keep every one of them.',
        'Name what is hard: “You didn’t ask for this. I’d like to make it as useful for you as I can.”',
      ],
    },
    'duty-to-report': {
      title: 'With a duty to report',
      intro:
        'When someone may not be safe, acting on it is part of holding space, not a betrayal of it. Follow your organisation’s protocol (in the Netherlands, the reporting code for domestic violence and child abuse, the meldcode; in Flanders, the route through 1712 or a Vertrouwenscentrum Kindermishandeling); holding space shapes how you do it.',
      points: [
        'Say early on what you would have to pass on, and to whom, so it never comes as a surprise.',
        'Don’t weigh it up alone: talk it over with a colleague or your safeguarding lead (the aandachtsfunctionaris), and ask Veilig Thuis for advice.',
        'Where it is safe, tell them before you act, and ask what they need around it.',
        'Stay in touch afterwards if you can: a report does not have to end your contact.',
      ],
    },
  },
  source:
    'After the Dutch blog post “Redden of steuntje in de rug?”, on helping when help is mandated and there is little choice.',
};
