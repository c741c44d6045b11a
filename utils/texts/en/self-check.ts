import type { SelfCheckTexts } from '../types';

/** "Rescue or a helping hand?": questions a helper asks themselves before stepping in. */
export const selfCheck: SelfCheckTexts = {
  'did-they-ask': {
    question: 'Did they ask for help themselves?',
    hint: 'A sigh or a worried look is not yet a request, and someone who is overwhelmed may not manage to ask at all.',
    ifConcern:
      'They haven’t asked, and other answers suggest your help may not fit yet. Before you start, you could ask whether they want anything from you, and what kind of help would suit them.',
    ifUnsure: 'When in doubt, simply ask: “Would you like help with this, or shall I just listen?”',
    ifAlone:
      'They haven’t asked, and that alone is fine: people who are struggling often can’t. You could offer something concrete, once, and let a no be a no.',
  },
  'what-they-need': {
    question: 'Do you know what they say they need, in their own words?',
    hint: 'Not what you think they need, but what they have told you.',
    ifConcern:
      'You could start by asking what they need, and hear the whole answer before you offer anything.',
    ifUnsure: 'You could say back what you think they need and check whether they recognise it.',
  },
  'too-much': {
    question: 'Could what you want to offer be more than they can take in right now?',
    hint: 'Think of their energy, their worries and the help they already get.',
    ifConcern:
      'Perhaps pick the one thing that matters most right now, and keep the rest for later.',
    ifUnsure: 'You could offer a little, see how it is received, and only then offer more.',
  },
  'whose-need': {
    question: 'Is part of this about your own need, like feeling useful or easing your own worry?',
    hint: 'That is human; it just helps to notice it.',
    ifConcern:
      'Most helpers know that pull; simply noticing it can make it easier to let them lead.',
    ifUnsure: 'It may help to pause and ask yourself how it would feel just to listen for now.',
  },
  'stay-without-fixing': {
    question: 'Can you stay with them without solving anything?',
    hint: 'Sitting with someone through a hard moment is help too.',
    ifConcern:
      'Staying without fixing is hard, so you might try just listening for a few minutes and see what happens.',
    ifUnsure: 'You could listen for a while first, and only offer solutions if they ask for them.',
  },
  'their-choice': {
    question: 'Would it be okay with you if they chose differently from you?',
    hint: 'Okay doesn’t mean you agree; it means you can respect it.',
    ifConcern:
      'It may help to find out what matters to them in this choice, so you can stay beside them even if you would choose otherwise.',
    ifUnsure:
      'You could ask what weighs most for them here, because knowing their reasons often makes their way easier to respect.',
  },
  'my-reserves': {
    question: 'Do you have room for this yourself right now, and someone who supports you?',
    hint: 'Both count: your own energy, and someone you can talk to.',
    ifConcern:
      'Your limits matter too, so perhaps talk to a colleague, supervisor or friend first, or be honest about what you can offer right now.',
    ifUnsure:
      'Take a moment to check how you are doing, and think of who you could turn to afterwards.',
  },
};
