import type { SafetyText } from '../types';

/** When someone is in danger: stepping in is right. Said once, kindly; with where to turn. */
export const safety: SafetyText = {
  title: 'When someone is in danger',
  danger:
    'Everything here is about the many moments when someone can steer their own life. When someone is in danger, because of self-harm or thoughts of suicide, abuse, violence or a medical emergency, stepping in is right. That is not rescuing: it is what care asks of you. Keep them safe first; once they are, give back as much say as you can.',
  beforeCheck:
    'Is someone in danger right now? Then this check can wait: get help first. Stepping in when someone is unsafe is not rescuing.',
  linesTitle: 'Where to turn',
  regions: { nl: 'The Netherlands', flanders: 'Flanders (Belgium)' },
  lines: {
    'nl-emergency': 'emergency: police, ambulance, fire brigade',
    'nl-suicide':
      '113 Zelfmoordpreventie, if you or someone you worry about is thinking of suicide; free and anonymous',
    'nl-domestic-violence':
      'Veilig Thuis, advice or a report about domestic violence or child abuse; free, day and night',
    'flanders-emergency': 'emergency: ambulance, fire brigade',
    'flanders-police': 'police, when it is urgent',
    'flanders-suicide':
      'Zelfmoordlijn 1813, if you or someone you worry about is thinking of suicide; day and night',
    'flanders-violence':
      '1712, questions about violence, abuse or child abuse (not an emergency number)',
  },
  or: 'or',
  elsewhere: 'Anywhere else: call your local emergency number.',
};
