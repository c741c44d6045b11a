import type { Principles } from '../types';

export const principles: Principles = {
  'presence-over-doing': {
    title: 'Being, not doing',
    body: 'Often the most helpful thing you can give is your full attention. Slow down, put your phone away and listen without planning your answer. Being there counts, even when there is nothing to do.',
  },
  'without-judgement': {
    title: 'Without judgement',
    body: 'People open up when they don’t feel weighed and measured. Notice your own opinions, then set them aside for now. You can disagree with a choice and still fully respect the person.',
  },
  'their-own-wisdom': {
    title: 'Their wisdom, their say',
    body: 'The person you support is the expert on their own life. They can make their own decisions, even hard ones, and that is what autonomy means in practice. Your part is to support that ability, not to replace it.',
  },
  'no-fixing': {
    title: 'No fixing, no steering',
    body: 'Holding space means staying with someone rather than working on them: you are not there to mend them, and where things lead is theirs to find. Heather Plett names three ways help can go wrong: giving more than someone can take in, leaving them ashamed, and taking their power away. Stay beside them and let them choose the direction.',
  },
  safety: {
    title: 'A safe, steady place',
    body: 'People only show what they really feel where it is safe. You build that with calm, honesty and predictability: say what you will do, then do it. Safety comes before any step forward.',
  },
  'helper-boundaries': {
    title: 'Your limits count too',
    body: 'You can only hold space for others if you look after yourself as well. Know your boundaries and name them kindly. And find someone who holds space for you: a colleague, a supervisor or a friend.',
  },
};
