import type { GlossaryId } from '../glossary-links';
import type { GlossaryTerm } from '../types';

/**
 * The English headword and every form that finds each glossary entry on a page. Kept apart
 * from the explanations (./glossary.ts) so the content script carries only what it matches.
 */
export const glossaryTerms: Record<GlossaryId, GlossaryTerm> = {
  'holding-space': {
    term: 'holding space',
    variants: [
      'holding space',
      'hold space',
      'holds space',
      'held space',
      'holding-space',
      'space holder',
      'space holders',
      'space-holder',
    ],
  },
  'making-space': {
    term: 'making space',
    variants: ['making space', 'make space', 'makes space', 'made space'],
  },
  rescuing: {
    term: 'rescuing',
    variants: [
      'rescuing',
      'rescue',
      'rescues',
      'rescued',
      'rescuing behaviour',
      'rescuing behavior',
    ],
  },
  rescuer: {
    term: 'rescuer',
    variants: [
      'rescuer',
      'rescuers',
      "rescuer's",
      'rescuer role',
      'rescuer mode',
      'rescuer behaviour',
      'rescuer behavior',
    ],
  },
  'saviour-complex': {
    term: 'saviour complex',
    variants: [
      'saviour complex',
      'savior complex',
      'rescuer syndrome',
      'helper syndrome',
      "helper's syndrome",
      'white knight syndrome',
    ],
  },
  'drama-triangle': {
    term: 'drama triangle',
    variants: [
      'drama triangle',
      'drama triangles',
      'karpman triangle',
      'karpman drama triangle',
      "karpman's drama triangle",
      "karpman's triangle",
    ],
  },
  'victim-role': {
    term: 'victim role',
    variants: [
      'victim role',
      'victim roles',
      'victim position',
      'victim mode',
      'victim mentality',
      'playing the victim',
    ],
  },
  persecutor: {
    term: 'persecutor',
    variants: ['persecutor', 'persecutors', 'persecutor role'],
  },
  'winners-triangle': {
    term: "winner's triangle",
    variants: ["winner's triangle", 'winners triangle', "winners' triangle", 'winner triangle'],
  },
  'self-direction': {
    term: 'self-direction',
    variants: [
      'self-direction',
      'self-directed',
      'self-directing',
      'self-management',
      'control over their own life',
      'control over your own life',
      'in charge of their own life',
    ],
  },
  autonomy: {
    term: 'autonomy',
    variants: [
      'autonomy',
      'personal autonomy',
      'autonomy support',
      'autonomy-supportive',
      'respect for autonomy',
    ],
  },
  'self-determination': {
    term: 'self-determination',
    variants: ['self-determination', 'self-determined', 'right to self-determination'],
  },
  agency: {
    term: 'sense of agency',
    variants: [
      'sense of agency',
      'personal agency',
      'their own agency',
      'your own agency',
      'loss of agency',
    ],
  },
  empowerment: {
    term: 'empowerment',
    variants: ['empowerment', 'empower', 'empowers', 'empowered', 'empowering'],
  },
  'strengths-based': {
    term: 'strengths-based',
    variants: [
      'strengths-based',
      'strengths based',
      'strength-based',
      'strength based',
      'strengths perspective',
      'strengths-based approach',
    ],
  },
  paternalism: {
    term: 'paternalism',
    variants: ['paternalism', 'paternalistic', 'paternalistically'],
  },
  'learned-helplessness': {
    term: 'learned helplessness',
    variants: ['learned helplessness'],
  },
  'dignity-of-risk': {
    term: 'dignity of risk',
    variants: ['dignity of risk', 'right to fail'],
  },
  'shared-decision-making': {
    term: 'shared decision-making',
    variants: ['shared decision-making', 'shared decision making'],
  },
  'compulsory-framework': {
    term: 'compulsory framework',
    variants: [
      'compulsory framework',
      'mandated care',
      'mandated client',
      'mandated clients',
      'court-ordered care',
      'court-ordered treatment',
      'involuntary client',
      'involuntary clients',
    ],
  },
  coercion: {
    term: 'coercion',
    variants: ['coercion', 'coercive', 'coerced', 'coerce', 'coercing'],
  },
  'involuntary-care': {
    term: 'involuntary care',
    variants: [
      'involuntary care',
      'involuntary treatment',
      'involuntary admission',
      'involuntary commitment',
      'compulsory care',
      'compulsory treatment',
      'compulsory admission',
    ],
  },
  'waiting-list': {
    term: 'waiting list',
    variants: [
      'waiting list',
      'waiting lists',
      'wait list',
      'wait lists',
      'waitlist',
      'waitlists',
      'wait-list',
      'waitlisted',
    ],
  },
  'trauma-informed': {
    term: 'trauma-informed',
    variants: [
      'trauma-informed',
      'trauma informed',
      'trauma-informed care',
      'trauma-informed approach',
      'trauma-informed practice',
    ],
  },
  'trauma-sensitive': {
    term: 'trauma-sensitive',
    variants: [
      'trauma-sensitive',
      'trauma sensitive',
      'trauma sensitivity',
      'trauma-aware',
      'trauma aware',
    ],
  },
  safety: {
    term: 'emotional safety',
    variants: [
      'emotional safety',
      'psychological safety',
      'sense of safety',
      'felt safety',
      'feeling safe',
    ],
  },
  'trustworthiness-transparency': {
    term: 'trustworthiness and transparency',
    variants: [
      'trustworthiness and transparency',
      'trustworthy and transparent',
      'trustworthiness',
    ],
  },
  'peer-support': {
    term: 'peer support',
    variants: [
      'peer support',
      'peer supporter',
      'peer supporters',
      'peer worker',
      'peer workers',
      'peer specialist',
      'peer specialists',
      'lived experience',
    ],
  },
  'collaboration-mutuality': {
    term: 'collaboration and mutuality',
    variants: ['collaboration and mutuality', 'mutuality'],
  },
  'voice-and-choice': {
    term: 'voice and choice',
    variants: ['voice and choice'],
  },
  'co-regulation': {
    term: 'co-regulation',
    variants: [
      'co-regulation',
      'coregulation',
      'co-regulate',
      'co-regulates',
      'co-regulating',
      'co-regulated',
      'coregulate',
    ],
  },
  'self-regulation': {
    term: 'self-regulation',
    variants: [
      'self-regulation',
      'self regulation',
      'self-regulate',
      'self-regulates',
      'self-regulating',
      'self-regulated',
      'self-regulatory',
    ],
  },
  'window-of-tolerance': {
    term: 'window of tolerance',
    variants: ['window of tolerance', 'windows of tolerance'],
  },
  trigger: {
    term: 'trigger',
    variants: ['trigger', 'triggers', 'triggered', 'triggering'],
  },
  're-experiencing': {
    term: 're-experiencing',
    variants: [
      're-experiencing',
      'reexperiencing',
      're-experience',
      're-experiences',
      'flashback',
      'flashbacks',
    ],
  },
  retraumatisation: {
    term: 'retraumatisation',
    variants: [
      'retraumatisation',
      'retraumatization',
      're-traumatisation',
      're-traumatization',
      'retraumatise',
      'retraumatize',
      'retraumatised',
      'retraumatized',
      're-traumatised',
      're-traumatized',
      'retraumatising',
      'retraumatizing',
    ],
  },
  predictability: {
    term: 'predictability',
    variants: ['predictability'],
  },
  presence: {
    term: 'presence',
    variants: ['presence', 'being present', 'fully present', 'full presence'],
  },
  'presence-approach': {
    term: 'presence approach',
    variants: ['presence approach', 'theory of presence'],
  },
  attunement: {
    term: 'attunement',
    variants: ['attunement', 'attune', 'attunes', 'attuned', 'attuning'],
  },
  'non-judgement': {
    term: 'non-judgement',
    variants: [
      'non-judgement',
      'non-judgment',
      'non-judgemental',
      'non-judgmental',
      'nonjudgemental',
      'nonjudgmental',
      'non-judging',
      'without judgement',
      'without judgment',
    ],
  },
  judgement: {
    term: 'judgemental',
    variants: [
      'judgemental',
      'judgmental',
      'judgementally',
      'judgmentally',
      'feeling judged',
      'felt judged',
    ],
  },
  shaming: {
    term: 'shaming',
    variants: ['shaming', 'shamed'],
  },
  overwhelm: {
    term: 'overwhelm',
    variants: ['overwhelm', 'overwhelmed', 'overwhelms'],
  },
  'righting-reflex': {
    term: 'righting reflex',
    variants: [
      'righting reflex',
      'righting reflexes',
      'urge to fix',
      'fixing reflex',
      'fix-it reflex',
    ],
  },
  'motivational-interviewing': {
    term: 'motivational interviewing',
    variants: ['motivational interviewing'],
  },
  'mi-spirit': {
    term: 'spirit of motivational interviewing',
    variants: ['spirit of motivational interviewing', 'mi spirit', 'mi-spirit', 'spirit of mi'],
  },
  evocation: {
    term: 'evocation',
    variants: ['evocation'],
  },
  'active-listening': {
    term: 'active listening',
    variants: [
      'active listening',
      'actively listening',
      'listen actively',
      'listening actively',
      'reflective listening',
    ],
  },
  'unconditional-positive-regard': {
    term: 'unconditional positive regard',
    variants: ['unconditional positive regard'],
  },
  'emotional-validation': {
    term: 'emotional validation',
    variants: [
      'emotional validation',
      'validating feelings',
      'validate feelings',
      'validate their feelings',
      'validating their feelings',
    ],
  },
  psychoeducation: {
    term: 'psychoeducation',
    variants: ['psychoeducation', 'psycho-education', 'psychoeducational', 'psycho-educational'],
  },
  container: {
    term: 'container',
    variants: ['container', 'emotional container', 'containment'],
  },
  'safe-space': {
    term: 'safe space',
    variants: ['safe space', 'safe spaces', 'safer space', 'safer spaces'],
  },
  'liminal-space': {
    term: 'liminal space',
    variants: ['liminal space', 'liminal spaces', 'liminality', 'liminal'],
  },
  'helping-hand': {
    term: 'helping hand',
    variants: ['helping hand', 'helping hands'],
  },
  'secondary-traumatic-stress': {
    term: 'secondary traumatic stress',
    variants: [
      'secondary traumatic stress',
      'secondary traumatisation',
      'secondary traumatization',
      'secondary trauma',
    ],
  },
  'compassion-fatigue': {
    term: 'compassion fatigue',
    variants: ['compassion fatigue', 'empathy fatigue'],
  },
  'vicarious-trauma': {
    term: 'vicarious trauma',
    variants: [
      'vicarious trauma',
      'vicarious traumatisation',
      'vicarious traumatization',
      'vicariously traumatised',
      'vicariously traumatized',
    ],
  },
  burnout: {
    term: 'burnout',
    variants: [
      'burnout',
      'burn-out',
      'burnouts',
      'burned out',
      'burnt out',
      'burned-out',
      'burnt-out',
    ],
  },
  'self-care': {
    term: 'self-care',
    variants: ['self-care', 'self care', 'selfcare'],
  },
  boundaries: {
    term: 'boundaries',
    variants: [
      'boundaries',
      'boundary',
      'personal boundaries',
      'healthy boundaries',
      'setting boundaries',
      'set boundaries',
      'boundary-setting',
    ],
  },
  supervision: {
    term: 'supervision',
    variants: [
      'supervision',
      'clinical supervision',
      'peer supervision',
      'reflective supervision',
      'intervision',
    ],
  },
};
