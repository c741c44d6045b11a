import type { SafetyText } from '../types';

/** Als iemand in gevaar is: ingrijpen is dan goed. Vriendelijk gezegd, met waar je terechtkunt. */
export const safety: SafetyText = {
  title: 'Als iemand in gevaar is',
  danger:
    'Alles hier gaat over de vele momenten waarop iemand zelf aan het roer kan staan. Is iemand in gevaar, door zelfbeschadiging of gedachten aan zelfdoding, mishandeling, geweld of een medisch noodgeval, dan is ingrijpen goed. Dat is geen redden: dat is wat zorg dan van je vraagt. Zorg eerst voor veiligheid, en geef de ander weer zoveel mogelijk zeggenschap zodra dat kan.',
  beforeCheck:
    'Is iemand nu in gevaar? Dan kan deze check wachten: zorg eerst voor hulp. Ingrijpen als iemand niet veilig is, is geen redden.',
  linesTitle: 'Waar je terechtkunt',
  regions: { nl: 'Nederland', flanders: 'Vlaanderen' },
  lines: {
    'nl-emergency': 'alarmnummer: politie, ambulance, brandweer',
    'nl-suicide':
      '113 Zelfmoordpreventie, als jij of iemand om wie je je zorgen maakt aan zelfdoding denkt; gratis en anoniem',
    'nl-domestic-violence':
      'Veilig Thuis, advies of een melding over huiselijk geweld of kindermishandeling; gratis, dag en nacht',
    'flanders-emergency': 'noodnummer: ambulance, brandweer',
    'flanders-police': 'politie, als het dringend is',
    'flanders-suicide':
      'Zelfmoordlijn 1813, als jij of iemand om wie je je zorgen maakt aan zelfdoding denkt; dag en nacht',
    'flanders-violence':
      '1712, vragen over geweld, misbruik of kindermishandeling (geen noodnummer)',
  },
  or: 'of',
  elsewhere: 'Ergens anders: bel het alarmnummer van het land waar je bent.',
};
