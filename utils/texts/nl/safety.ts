import type { SafetyText } from '../types';

/** Als iemand in gevaar is: ingrijpen is dan goed. Vriendelijk gezegd, met waar je terechtkunt. */
export const safety: SafetyText = {
  title: 'Als iemand in gevaar is',
  danger:
    'Alles hier gaat over de vele momenten waarop iemand zelf aan het roer kan staan. Is iemand in gevaar, door zelfbeschadiging of gedachten aan zelfdoding, mishandeling, geweld of een medisch noodgeval, dan is ingrijpen juist goed. Dat is geen redden: dat is wat zorg dan van je vraagt. Zorg eerst dat het veilig is — voor de ander en voor jou — en geef de ander weer zoveel mogelijk zeggenschap zodra dat kan.',
  askAboutSuicide:
    'Maak je je zorgen dat iemand aan zelfdoding denkt? Vraag er rechtstreeks naar, in gewone woorden: denk je erover om een eind aan je leven te maken? Door het te vragen breng je niemand op het idee, en je laat zien dat je het antwoord aankunt.',
  beforeCheck:
    'Is iemand nu in gevaar? Dan kan deze check wachten: zorg eerst voor hulp. Ingrijpen als iemand niet veilig is, is geen redden.',
  linesTitle: 'Waar je terechtkunt',
  regions: { nl: 'Nederland', flanders: 'België (Vlaanderen)' },
  regionNotes: {
    nl: 'Een acute crisis, maar niet iets voor 112? Bel de huisarts, of ’s avonds, ’s nachts en in het weekend de huisartsenpost.',
    flanders:
      'Een acute crisis, maar niet iets voor 112? Bel de huisarts, of ’s avonds, ’s nachts en in het weekend de huisartsenwachtpost.',
  },
  lines: {
    'nl-emergency': 'alarmnummer: politie, ambulance, brandweer',
    'nl-suicide':
      '113 Zelfmoordpreventie, als jij of iemand om wie je je zorgen maakt aan zelfdoding denkt; gratis en anoniem, dag en nacht',
    'nl-domestic-violence':
      'Veilig Thuis, advies of een melding over huiselijk geweld of kindermishandeling; gratis, dag en nacht',
    'nl-children':
      'De Kindertelefoon, voor kinderen en jongeren met een vraag of zorg, groot of klein; gratis en anoniem',
    'flanders-emergency': 'noodnummer in heel België: ambulance, brandweer',
    'flanders-police': 'politie, als het dringend is, in heel België',
    'flanders-suicide':
      'Zelfmoordlijn 1813, als jij of iemand om wie je je zorgen maakt aan zelfdoding denkt; gratis en anoniem, dag en nacht',
    'flanders-violence':
      '1712, vragen over geweld, misbruik of kindermishandeling (geen noodnummer)',
    'flanders-children':
      'Awel, voor kinderen en jongeren die willen praten over wat hen bezighoudt; gratis en anoniem',
    'nl-listening':
      'De Luisterlijn, iemand die luistert als je je verhaal kwijt wilt, dag en nacht; anoniem',
    'flanders-listening':
      'Tele-Onthaal, iemand die luistert als je je verhaal kwijt wilt, dag en nacht; gratis en anoniem',
  },
  or: 'of',
  elsewhere: 'Elders: bel 112 (in de hele EU) of het alarmnummer van het land waar je bent.',
  talkTitle: 'Als je met iemand wilt praten',
  talkIntro:
    'Als niemand in gevaar is, maar praten zou helpen: voor jezelf of voor iemand die je steunt.',
};
