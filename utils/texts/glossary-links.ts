import type { GlossaryLinks } from './types';

/**
 * Every glossary entry, in the order the language files list them. The same ids exist in
 * every language; `glossaryLinks` holds what does not depend on the language: the related
 * tips and principles, and where a named framework or concept comes from.
 */
export const GLOSSARY_IDS = [
  'holding-space',
  'making-space',
  'rescuing',
  'rescuer',
  'saviour-complex',
  'drama-triangle',
  'victim-role',
  'persecutor',
  'winners-triangle',
  'self-direction',
  'autonomy',
  'self-determination',
  'agency',
  'empowerment',
  'strengths-based',
  'paternalism',
  'learned-helplessness',
  'dignity-of-risk',
  'shared-decision-making',
  'compulsory-framework',
  'coercion',
  'involuntary-care',
  'waiting-list',
  'trauma-informed',
  'trauma-sensitive',
  'safety',
  'trustworthiness-transparency',
  'peer-support',
  'collaboration-mutuality',
  'voice-and-choice',
  'cultural-historical-gender',
  'co-regulation',
  'self-regulation',
  'window-of-tolerance',
  'trigger',
  're-experiencing',
  'retraumatisation',
  'predictability',
  'presence',
  'presence-approach',
  'attunement',
  'non-judgement',
  'judgement',
  'shaming',
  'overwhelm',
  'righting-reflex',
  'motivational-interviewing',
  'mi-spirit',
  'evocation',
  'active-listening',
  'unconditional-positive-regard',
  'emotional-validation',
  'psychoeducation',
  'container',
  'safe-space',
  'liminal-space',
  'helping-hand',
  'secondary-traumatic-stress',
  'compassion-fatigue',
  'vicarious-trauma',
  'burnout',
  'self-care',
  'boundaries',
  'supervision',
  'recovery-oriented',
  'solution-focused',
  'safety-plan',
  'informal-carer',
  'safeguarding',
  'self-reliance',
  'mental-capacity',
  'request-for-help',
  'not-knowing-how-to-act',
  'grief',
  'harm-reduction',
] as const;
export type GlossaryId = (typeof GLOSSARY_IDS)[number];

const KARPMAN = 'Stephen Karpman, 1968';
const SAMHSA = 'SAMHSA, 2014';
const MI_SPIRIT = 'William R. Miller & Stephen Rollnick, 2012';

export const glossaryLinks: Record<GlossaryId, GlossaryLinks> = {
  'holding-space': {
    tips: ['trust-their-wisdom', 'leave-their-power', 'ego-aside'],
    principles: ['presence-over-doing', 'without-judgement', 'no-fixing'],
    source: 'Heather Plett, 2015',
  },
  'making-space': {
    tips: ['container-for-emotions', 'trust-their-wisdom'],
    principles: ['presence-over-doing'],
  },
  rescuing: {
    tips: ['leave-their-power', 'trust-their-wisdom', 'humble-guidance'],
    principles: ['no-fixing'],
  },
  rescuer: {
    tips: ['leave-their-power', 'ego-aside'],
    principles: ['no-fixing', 'helper-boundaries'],
    source: KARPMAN,
  },
  'saviour-complex': {
    tips: ['ego-aside', 'their-own-choices'],
    principles: ['helper-boundaries', 'no-fixing'],
  },
  'drama-triangle': {
    tips: ['leave-their-power', 'ego-aside'],
    principles: ['no-fixing'],
    source: KARPMAN,
  },
  'victim-role': {
    tips: ['leave-their-power', 'trust-their-wisdom'],
    principles: ['their-own-wisdom'],
    source: KARPMAN,
  },
  persecutor: {
    tips: ['ego-aside', 'their-own-choices'],
    principles: ['without-judgement'],
    source: KARPMAN,
  },
  'winners-triangle': {
    tips: ['humble-guidance', 'trust-their-wisdom'],
    principles: ['no-fixing', 'presence-over-doing'],
    source: 'Acey Choy, 1990',
  },
  'self-direction': {
    tips: ['leave-their-power', 'their-own-choices'],
    principles: ['their-own-wisdom'],
  },
  autonomy: {
    tips: ['their-own-choices', 'leave-their-power'],
    principles: ['their-own-wisdom'],
  },
  'self-determination': {
    tips: ['their-own-choices', 'leave-their-power'],
    principles: ['their-own-wisdom'],
  },
  agency: {
    tips: ['leave-their-power', 'safe-to-fail'],
    principles: ['their-own-wisdom'],
  },
  empowerment: {
    tips: ['leave-their-power', 'trust-their-wisdom'],
    principles: ['their-own-wisdom'],
    source: SAMHSA,
  },
  'strengths-based': {
    tips: ['trust-their-wisdom', 'leave-their-power'],
    principles: ['their-own-wisdom'],
  },
  paternalism: {
    tips: ['leave-their-power', 'their-own-choices'],
    principles: ['no-fixing'],
  },
  'learned-helplessness': {
    tips: ['leave-their-power', 'safe-to-fail'],
    principles: ['no-fixing'],
    source: 'Martin Seligman & Steven Maier, 1967',
  },
  'dignity-of-risk': {
    tips: ['safe-to-fail', 'their-own-choices'],
    principles: ['their-own-wisdom'],
    source: 'Robert Perske, 1972',
  },
  'shared-decision-making': {
    tips: ['humble-guidance', 'right-amount-of-information'],
    principles: ['their-own-wisdom'],
  },
  'compulsory-framework': {
    tips: ['leave-their-power', 'their-own-choices', 'right-amount-of-information'],
    principles: ['their-own-wisdom'],
  },
  coercion: {
    tips: ['leave-their-power', 'their-own-choices'],
    principles: ['safety'],
  },
  'involuntary-care': {
    tips: ['their-own-choices', 'leave-their-power'],
    principles: ['safety'],
  },
  'waiting-list': {
    tips: ['container-for-emotions', 'humble-guidance'],
    principles: ['presence-over-doing'],
  },
  'trauma-informed': {
    tips: ['container-for-emotions', 'safe-to-fail', 'right-amount-of-information'],
    principles: ['safety'],
    source: SAMHSA,
  },
  'trauma-sensitive': {
    tips: ['container-for-emotions', 'right-amount-of-information'],
    principles: ['safety'],
  },
  safety: {
    tips: ['safe-to-fail', 'container-for-emotions'],
    principles: ['safety'],
    source: SAMHSA,
  },
  'trustworthiness-transparency': {
    tips: ['humble-guidance', 'right-amount-of-information'],
    principles: ['safety'],
    source: SAMHSA,
  },
  'peer-support': {
    tips: ['trust-their-wisdom', 'humble-guidance'],
    principles: ['presence-over-doing'],
    source: SAMHSA,
  },
  'collaboration-mutuality': {
    tips: ['humble-guidance', 'leave-their-power'],
    principles: ['their-own-wisdom'],
    source: SAMHSA,
  },
  'voice-and-choice': {
    tips: ['their-own-choices', 'leave-their-power'],
    principles: ['their-own-wisdom'],
    source: SAMHSA,
  },
  'cultural-historical-gender': {
    tips: ['their-own-choices', 'trust-their-wisdom'],
    principles: ['without-judgement', 'safety'],
    source: SAMHSA,
  },
  'co-regulation': {
    tips: ['container-for-emotions', 'safe-to-fail'],
    principles: ['presence-over-doing', 'safety'],
  },
  'self-regulation': {
    tips: ['trust-their-wisdom', 'container-for-emotions'],
    principles: ['helper-boundaries'],
  },
  'window-of-tolerance': {
    tips: ['right-amount-of-information', 'container-for-emotions'],
    principles: ['safety'],
    source: 'Dan Siegel, 1999',
  },
  trigger: {
    tips: ['container-for-emotions', 'safe-to-fail'],
    principles: ['safety', 'without-judgement'],
  },
  're-experiencing': {
    tips: ['container-for-emotions'],
    principles: ['safety', 'presence-over-doing'],
  },
  retraumatisation: {
    tips: ['leave-their-power', 'safe-to-fail'],
    principles: ['safety'],
  },
  predictability: {
    tips: ['right-amount-of-information', 'safe-to-fail'],
    principles: ['safety'],
  },
  presence: {
    tips: ['ego-aside', 'container-for-emotions'],
    principles: ['presence-over-doing'],
  },
  'presence-approach': {
    tips: ['ego-aside', 'their-own-choices'],
    principles: ['presence-over-doing'],
    source: 'Andries Baart, 2001',
  },
  attunement: {
    tips: ['right-amount-of-information', 'humble-guidance'],
    principles: ['presence-over-doing'],
  },
  'non-judgement': {
    tips: ['their-own-choices', 'ego-aside'],
    principles: ['without-judgement'],
  },
  judgement: {
    tips: ['their-own-choices', 'ego-aside'],
    principles: ['without-judgement'],
  },
  shaming: {
    tips: ['ego-aside', 'safe-to-fail'],
    principles: ['without-judgement'],
  },
  overwhelm: {
    tips: ['right-amount-of-information', 'container-for-emotions'],
    principles: ['no-fixing'],
  },
  'righting-reflex': {
    tips: ['ego-aside', 'trust-their-wisdom'],
    principles: ['no-fixing'],
    source: MI_SPIRIT,
  },
  'motivational-interviewing': {
    tips: ['trust-their-wisdom', 'humble-guidance'],
    principles: ['their-own-wisdom'],
    source: 'William R. Miller & Stephen Rollnick, 1991',
  },
  'mi-spirit': {
    tips: ['humble-guidance', 'their-own-choices'],
    principles: ['without-judgement', 'their-own-wisdom'],
    source: MI_SPIRIT,
  },
  evocation: {
    tips: ['trust-their-wisdom'],
    principles: ['their-own-wisdom'],
    source: MI_SPIRIT,
  },
  'active-listening': {
    tips: ['trust-their-wisdom', 'ego-aside'],
    principles: ['presence-over-doing'],
    source: 'Carl Rogers & Richard Farson, 1957',
  },
  'unconditional-positive-regard': {
    tips: ['their-own-choices'],
    principles: ['without-judgement'],
    source: 'Carl Rogers, 1957',
  },
  'emotional-validation': {
    tips: ['container-for-emotions'],
    principles: ['without-judgement'],
  },
  psychoeducation: {
    tips: ['right-amount-of-information', 'humble-guidance'],
    principles: ['their-own-wisdom'],
  },
  container: {
    tips: ['container-for-emotions'],
    principles: ['safety', 'no-fixing'],
  },
  'safe-space': {
    tips: ['safe-to-fail', 'container-for-emotions'],
    principles: ['safety', 'without-judgement'],
  },
  'liminal-space': {
    tips: ['container-for-emotions', 'trust-their-wisdom'],
    principles: ['presence-over-doing'],
    source: 'Arnold van Gennep, 1909',
  },
  'helping-hand': {
    tips: ['humble-guidance', 'leave-their-power'],
    principles: ['no-fixing'],
  },
  'secondary-traumatic-stress': {
    tips: ['container-for-emotions'],
    principles: ['helper-boundaries'],
    source: 'Charles Figley, 1995',
  },
  'compassion-fatigue': {
    tips: ['container-for-emotions', 'ego-aside'],
    principles: ['helper-boundaries'],
    source: 'Charles Figley, 1995',
  },
  'vicarious-trauma': {
    tips: ['container-for-emotions'],
    principles: ['helper-boundaries'],
    source: 'Lisa McCann & Laurie Anne Pearlman, 1990',
  },
  burnout: {
    tips: ['ego-aside'],
    principles: ['helper-boundaries'],
    source: 'Herbert Freudenberger, 1974',
  },
  'self-care': {
    tips: ['ego-aside'],
    principles: ['helper-boundaries'],
  },
  boundaries: {
    tips: ['ego-aside', 'their-own-choices'],
    principles: ['helper-boundaries'],
  },
  supervision: {
    tips: ['ego-aside', 'humble-guidance'],
    principles: ['helper-boundaries'],
  },
  'recovery-oriented': {
    tips: ['trust-their-wisdom', 'their-own-choices'],
    principles: ['their-own-wisdom'],
    source: 'William Anthony, 1993',
  },
  'solution-focused': {
    tips: ['trust-their-wisdom', 'humble-guidance'],
    principles: ['no-fixing', 'their-own-wisdom'],
    source: 'Steve de Shazer & Insoo Kim Berg, 1980s',
  },
  'safety-plan': {
    tips: ['leave-their-power', 'trust-their-wisdom'],
    principles: ['safety', 'their-own-wisdom'],
    source: 'Barbara Stanley & Gregory Brown, 2012',
  },
  'informal-carer': {
    tips: ['ego-aside', 'container-for-emotions'],
    principles: ['helper-boundaries'],
    source: 'Wet maatschappelijke ondersteuning, 2015; Care Act, 2014',
  },
  safeguarding: {
    tips: ['humble-guidance', 'right-amount-of-information'],
    principles: ['safety', 'helper-boundaries'],
    source: 'Wet verplichte meldcode, 2013',
  },
  'self-reliance': {
    tips: ['leave-their-power', 'trust-their-wisdom'],
    principles: ['their-own-wisdom'],
    source: 'Wet maatschappelijke ondersteuning, 2015',
  },
  'mental-capacity': {
    tips: ['their-own-choices', 'right-amount-of-information'],
    principles: ['their-own-wisdom', 'safety'],
    source: 'Mental Capacity Act, 2005; WGBO, 1995',
  },
  'request-for-help': {
    tips: ['trust-their-wisdom', 'leave-their-power'],
    principles: ['no-fixing', 'their-own-wisdom'],
  },
  'not-knowing-how-to-act': {
    tips: ['humble-guidance', 'ego-aside'],
    principles: ['helper-boundaries'],
  },
  grief: {
    tips: ['container-for-emotions', 'right-amount-of-information', 'ego-aside'],
    principles: ['presence-over-doing', 'no-fixing'],
  },
  'harm-reduction': {
    tips: ['their-own-choices', 'leave-their-power', 'safe-to-fail'],
    principles: ['without-judgement', 'their-own-wisdom'],
  },
};
