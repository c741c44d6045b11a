import type { SafetyText } from '../types';

/** When someone is in danger: stepping in is right. Said once, kindly; with where to turn. */
export const safety: SafetyText = {
  title: 'When someone is in danger',
  danger:
    'Everything here is about the many moments when someone can steer their own life. When someone is in danger, because of self-harm or thoughts of suicide, abuse, violence or a medical emergency, stepping in is right. That is not rescuing: it is what care asks of you. Make it safe first — for them and for you. Once it is safe, give back as much say as you can.',
  askAboutSuicide:
    'Worried that someone is thinking of suicide? Ask them directly, in plain words: “Are you thinking of ending your life?” Asking does not put the idea in anyone’s head, and it shows that you can bear to hear the answer.',
  beforeCheck:
    'Is someone in danger right now? Then this check can wait: get help first. Stepping in when someone is unsafe is not rescuing.',
  linesTitle: 'Where to turn',
  regions: { nl: 'The Netherlands', flanders: 'Belgium (Flanders)' },
  regionNotes: {
    nl: 'An acute crisis, but not one for 112? Call the GP (huisarts), or in the evening, at night and at weekends the huisartsenpost.',
    flanders:
      'An acute crisis, but not one for 112? Call the GP (huisarts), or in the evening, at night and at weekends the huisartsenwachtpost.',
  },
  lines: {
    'nl-emergency': 'emergency: police, ambulance, fire brigade',
    'nl-suicide':
      '113 Zelfmoordpreventie, if you or someone you worry about is thinking of suicide; free and anonymous, day and night',
    'nl-domestic-violence':
      'Veilig Thuis, advice or a report about domestic violence or child abuse; free, day and night',
    'nl-children':
      'De Kindertelefoon, for children and young people with a worry, big or small; free and anonymous',
    'flanders-emergency': 'emergency, anywhere in Belgium: ambulance, fire brigade',
    'flanders-police': 'police, when it is urgent, anywhere in Belgium',
    'flanders-suicide':
      'Zelfmoordlijn 1813, if you or someone you worry about is thinking of suicide; free and anonymous, day and night',
    'flanders-violence':
      '1712, questions about violence, abuse or child abuse (not an emergency number)',
    'flanders-children':
      'Awel, for children and young people who want to talk about what is on their mind; free and anonymous',
    'nl-listening':
      'De Luisterlijn, someone who listens when you need to talk, day and night; anonymous',
    'flanders-listening':
      'Tele-Onthaal, someone who listens when you need to talk, day and night; free and anonymous',
  },
  or: 'or',
  elsewhere:
    'Anywhere else: call 112 (it works throughout the EU) or the emergency number of the country you are in.',
  talkTitle: 'To talk to someone',
  talkIntro: 'When nobody is in danger but talking would help, for you or for someone you support.',
};
