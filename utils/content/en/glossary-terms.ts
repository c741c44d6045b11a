import type { GlossaryId } from '../glossary-links';
import type { GlossaryTerm } from '../types';

/**
 * The English headword and every form that finds each glossary entry on a page. Kept apart
 * from the explanations (./glossary.ts) so the content script carries only what it matches.
 * `variants` are found wherever they stand (a single word among them is justified in
 * ./unambiguous-words.ts); `everyday` forms also have a common everyday sense and wait for a
 * page about care.
 */
export const glossaryTerms: Record<GlossaryId, GlossaryTerm> = {
  'holding-space': {
    term: 'holding space',
    variants: [
      'holding space',
      'hold space',
      'holds space',
      'holding-space',
      'space holder',
      'space holders',
      'space-holder',
    ],
    everyday: ['held space'],
  },
  'making-space': {
    term: 'making space',
    variants: [],
    everyday: ['making space', 'make space', 'makes space', 'made space'],
  },
  rescuing: {
    term: 'rescuing',
    variants: ['rescuing behaviour', 'rescuing behavior'],
    everyday: ['rescuing', 'rescue', 'rescues', 'rescued'],
  },
  rescuer: {
    term: 'rescuer',
    variants: ['rescuer role', 'rescuer mode', 'rescuer behaviour', 'rescuer behavior'],
    everyday: ['rescuer', 'rescuers', "rescuer's"],
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
    variants: ['victim role', 'victim roles', 'victim position', 'victim mode', 'victim mentality'],
    everyday: ['playing the victim'],
  },
  persecutor: {
    term: 'persecutor',
    variants: ['persecutor role'],
    everyday: ['persecutor', 'persecutors'],
  },
  'winners-triangle': {
    term: "winner's triangle",
    variants: ["winner's triangle", 'winners triangle', "winners' triangle", 'winner triangle'],
  },
  'self-direction': {
    term: 'self-direction',
    variants: [
      'self-direction',
      'control over their own life',
      'control over your own life',
      'in charge of their own life',
    ],
    everyday: ['self-directed', 'self-directing', 'self-management'],
  },
  autonomy: {
    term: 'autonomy',
    variants: ['personal autonomy', 'autonomy-supportive', 'respect for autonomy'],
    everyday: ['autonomy', 'autonomy support'],
  },
  'self-determination': {
    term: 'self-determination',
    variants: [],
    everyday: ['self-determination', 'self-determined', 'right to self-determination'],
  },
  agency: {
    term: 'sense of agency',
    variants: ['sense of agency', 'personal agency'],
    everyday: ['their own agency', 'your own agency', 'loss of agency'],
  },
  empowerment: {
    term: 'empowerment',
    variants: [],
    everyday: ['empowerment', 'empower', 'empowers', 'empowered', 'empowering'],
  },
  'strengths-based': {
    term: 'strengths-based',
    variants: [
      'strengths-based',
      'strengths based',
      'strengths perspective',
      'strengths-based approach',
    ],
    everyday: ['strength-based', 'strength based'],
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
    variants: ['dignity of risk'],
    everyday: ['right to fail'],
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
    variants: [],
    everyday: ['coercion', 'coercive', 'coerced', 'coerce', 'coercing'],
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
    variants: [],
    everyday: [
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
    variants: ['emotional safety', 'psychological safety'],
    everyday: ['sense of safety', 'felt safety', 'feeling safe'],
  },
  'trustworthiness-transparency': {
    term: 'trustworthiness and transparency',
    variants: ['trustworthiness and transparency'],
    everyday: ['trustworthy and transparent', 'trustworthiness'],
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
    ],
    everyday: ['lived experience'],
  },
  'collaboration-mutuality': {
    term: 'collaboration and mutuality',
    variants: ['collaboration and mutuality'],
    everyday: ['mutuality'],
  },
  'voice-and-choice': {
    term: 'voice and choice',
    variants: ['voice and choice'],
  },
  'co-regulation': {
    term: 'co-regulation',
    variants: [],
    everyday: [
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
    variants: [],
    everyday: [
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
    variants: [],
    everyday: ['trigger', 'triggers', 'triggered', 'triggering'],
  },
  're-experiencing': {
    term: 're-experiencing',
    variants: ['reexperiencing'],
    everyday: ['re-experiencing', 're-experience', 're-experiences', 'flashback', 'flashbacks'],
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
    variants: [],
    everyday: ['predictability'],
  },
  presence: {
    term: 'presence',
    variants: [],
    everyday: ['presence', 'being present', 'fully present', 'full presence'],
  },
  'presence-approach': {
    term: 'presence approach',
    variants: ['presence approach', 'theory of presence'],
  },
  attunement: {
    term: 'attunement',
    variants: [],
    everyday: ['attunement', 'attune', 'attunes', 'attuned', 'attuning'],
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
    ],
    everyday: ['without judgement', 'without judgment'],
  },
  judgement: {
    term: 'judgemental',
    variants: ['judgemental', 'judgmental', 'judgementally', 'judgmentally'],
    everyday: ['feeling judged', 'felt judged'],
  },
  shaming: {
    term: 'shaming',
    variants: [],
    everyday: ['shaming', 'shamed'],
  },
  overwhelm: {
    term: 'overwhelm',
    variants: [],
    everyday: ['overwhelm', 'overwhelmed', 'overwhelms'],
  },
  'righting-reflex': {
    term: 'righting reflex',
    variants: ['righting reflex', 'righting reflexes', 'fixing reflex', 'fix-it reflex'],
    everyday: ['urge to fix'],
  },
  'motivational-interviewing': {
    term: 'motivational interviewing',
    variants: ['motivational interviewing'],
  },
  'mi-spirit': {
    term: 'spirit of motivational interviewing',
    variants: ['spirit of motivational interviewing'],
    everyday: ['mi spirit', 'mi-spirit', 'spirit of mi'],
  },
  evocation: {
    term: 'evocation',
    variants: [],
    everyday: ['evocation'],
  },
  'active-listening': {
    term: 'active listening',
    variants: ['active listening', 'reflective listening'],
    everyday: ['actively listening', 'listen actively', 'listening actively'],
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
    variants: ['emotional container'],
    everyday: ['container', 'containment'],
  },
  'safe-space': {
    term: 'safe space',
    variants: [],
    everyday: ['safe space', 'safe spaces', 'safer space', 'safer spaces'],
  },
  'liminal-space': {
    term: 'liminal space',
    variants: [],
    everyday: ['liminal space', 'liminal spaces', 'liminality', 'liminal'],
  },
  'helping-hand': {
    term: 'helping hand',
    variants: [],
    everyday: ['helping hand', 'helping hands'],
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
    variants: [],
    everyday: [
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
    variants: [],
    everyday: ['self-care', 'self care', 'selfcare'],
  },
  boundaries: {
    term: 'boundaries',
    variants: ['personal boundaries', 'healthy boundaries', 'boundary-setting'],
    everyday: ['boundaries', 'boundary', 'setting boundaries', 'set boundaries'],
  },
  supervision: {
    term: 'supervision',
    variants: ['clinical supervision', 'peer supervision', 'reflective supervision'],
    everyday: ['supervision', 'intervision'],
  },
};
