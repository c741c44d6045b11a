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
    variants: [],
    everyday: ['making space', 'make space', 'makes space', 'made space'],
  },
  rescuing: {
    variants: ['rescuing behaviour', 'rescuing behavior'],
    everyday: ['rescuing', 'rescue', 'rescues', 'rescued'],
  },
  rescuer: {
    variants: ['rescuer role', 'rescuer mode', 'rescuer behaviour', 'rescuer behavior'],
    everyday: ['rescuer', 'rescuers', "rescuer's"],
  },
  'saviour-complex': {
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
    variants: ['victim role', 'victim roles', 'victim position', 'victim mode', 'victim mentality'],
    everyday: ['playing the victim'],
  },
  persecutor: {
    variants: ['persecutor role'],
    everyday: ['persecutor', 'persecutors'],
  },
  'winners-triangle': {
    variants: ["winner's triangle", 'winners triangle', "winners' triangle", 'winner triangle'],
  },
  'self-direction': {
    variants: [
      'self-direction',
      'control over their own life',
      'control over your own life',
      'in charge of their own life',
    ],
    everyday: ['self-directed', 'self-directing', 'self-management'],
  },
  autonomy: {
    variants: ['personal autonomy', 'autonomy-supportive', 'respect for autonomy'],
    everyday: ['autonomy', 'autonomy support'],
  },
  'self-determination': {
    variants: [],
    everyday: ['self-determination', 'self-determined', 'right to self-determination'],
  },
  agency: {
    variants: ['sense of agency', 'personal agency'],
    everyday: ['their own agency', 'your own agency', 'loss of agency'],
  },
  empowerment: {
    variants: [],
    everyday: ['empowerment', 'empower', 'empowers', 'empowered', 'empowering'],
  },
  'strengths-based': {
    variants: [
      'strengths-based',
      'strengths based',
      'strengths perspective',
      'strengths-based approach',
    ],
    everyday: ['strength-based', 'strength based'],
  },
  paternalism: {
    variants: ['paternalism', 'paternalistic', 'paternalistically'],
  },
  'learned-helplessness': {
    variants: ['learned helplessness'],
  },
  'dignity-of-risk': {
    variants: ['dignity of risk'],
    everyday: ['right to fail'],
  },
  'shared-decision-making': {
    variants: ['shared decision-making', 'shared decision making'],
  },
  'compulsory-framework': {
    variants: [
      'mandated help',
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
    variants: [],
    everyday: ['coercion', 'coercive', 'coerced', 'coerce', 'coercing'],
  },
  'involuntary-care': {
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
    variants: [
      'trauma-informed',
      'trauma informed',
      'trauma-informed care',
      'trauma-informed approach',
      'trauma-informed practice',
    ],
  },
  'trauma-sensitive': {
    variants: [
      'trauma-sensitive',
      'trauma sensitive',
      'trauma sensitivity',
      'trauma-aware',
      'trauma aware',
    ],
  },
  safety: {
    variants: ['emotional safety', 'psychological safety'],
    everyday: ['sense of safety', 'felt safety', 'feeling safe'],
  },
  'trustworthiness-transparency': {
    variants: ['trustworthiness and transparency'],
    everyday: ['trustworthy and transparent', 'trustworthiness'],
  },
  'peer-support': {
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
    variants: ['collaboration and mutuality'],
    everyday: ['mutuality'],
  },
  'voice-and-choice': {
    variants: ['voice and choice'],
  },
  'cultural-historical-gender': {
    variants: ['cultural, historical and gender issues', 'cultural, historical, and gender issues'],
  },
  'co-regulation': {
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
    variants: ['window of tolerance', 'windows of tolerance'],
  },
  trigger: {
    variants: [],
    everyday: ['trigger', 'triggers', 'triggered', 'triggering'],
  },
  're-experiencing': {
    variants: ['reexperiencing'],
    everyday: ['re-experiencing', 're-experience', 're-experiences', 'flashback', 'flashbacks'],
  },
  retraumatisation: {
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
    variants: [],
    everyday: ['predictability'],
  },
  presence: {
    variants: [],
    everyday: ['presence', 'being present', 'fully present', 'full presence'],
  },
  'presence-approach': {
    variants: ['presence approach', 'theory of presence'],
  },
  attunement: {
    variants: [],
    everyday: ['attunement', 'attune', 'attunes', 'attuned', 'attuning'],
  },
  'non-judgement': {
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
    variants: ['judgemental', 'judgmental', 'judgementally', 'judgmentally'],
    everyday: ['feeling judged', 'felt judged'],
  },
  shaming: {
    variants: [],
    everyday: ['shaming', 'shamed'],
  },
  overwhelm: {
    variants: [],
    everyday: ['overwhelm', 'overwhelmed', 'overwhelms', 'being overwhelmed'],
  },
  'righting-reflex': {
    variants: ['righting reflex', 'righting reflexes', 'fixing reflex', 'fix-it reflex'],
    everyday: ['urge to fix'],
  },
  'motivational-interviewing': {
    variants: ['motivational interviewing'],
  },
  'mi-spirit': {
    variants: ['spirit of motivational interviewing'],
    everyday: ['mi spirit', 'mi-spirit', 'spirit of mi'],
  },
  evocation: {
    variants: [],
    everyday: ['evocation'],
  },
  'active-listening': {
    variants: ['active listening', 'reflective listening'],
    // Plain listening is shown where the text is about care: a hospice visit, a crisis line.
    // Not "listen": it labels every audio player and podcast on the web ("Listen live").
    everyday: [
      'actively listening',
      'listen actively',
      'listening actively',
      'listening',
      'listened',
      'listener',
      'listeners',
      'listening ear',
      'good listener',
    ],
  },
  'unconditional-positive-regard': {
    variants: ['unconditional positive regard'],
  },
  'emotional-validation': {
    variants: [
      'emotional validation',
      'validating feelings',
      'validate feelings',
      'validate their feelings',
      'validating their feelings',
    ],
  },
  psychoeducation: {
    variants: ['psychoeducation', 'psycho-education', 'psychoeducational', 'psycho-educational'],
  },
  container: {
    variants: ['emotional container'],
    everyday: ['container', 'containment'],
  },
  'safe-space': {
    variants: [],
    everyday: ['safe space', 'safe spaces', 'safer space', 'safer spaces'],
  },
  'liminal-space': {
    variants: [],
    everyday: ['liminal space', 'liminal spaces', 'liminality', 'liminal'],
  },
  'helping-hand': {
    variants: [],
    everyday: ['helping hand', 'helping hands'],
  },
  'secondary-traumatic-stress': {
    variants: [
      'secondary traumatic stress',
      'secondary traumatisation',
      'secondary traumatization',
      'secondary trauma',
    ],
  },
  'compassion-fatigue': {
    variants: ['compassion fatigue', 'empathy fatigue'],
  },
  'vicarious-trauma': {
    variants: [
      'vicarious trauma',
      'vicarious traumatisation',
      'vicarious traumatization',
      'vicariously traumatised',
      'vicariously traumatized',
    ],
  },
  burnout: {
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
    variants: [],
    everyday: ['self-care', 'self care', 'selfcare'],
  },
  boundaries: {
    variants: ['personal boundaries', 'healthy boundaries', 'boundary-setting'],
    everyday: ['boundaries', 'boundary', 'setting boundaries', 'set boundaries'],
  },
  supervision: {
    variants: ['clinical supervision', 'peer supervision', 'reflective supervision'],
    everyday: ['supervision', 'intervision'],
  },
  'recovery-oriented': {
    variants: [
      'recovery-oriented',
      'recovery oriented',
      'recovery-oriented practice',
      'recovery-oriented care',
      'recovery capital',
    ],
    // Recovery from an injury, an illness or a recession is personal too.
    everyday: ['personal recovery'],
  },
  'solution-focused': {
    variants: [
      'solution-focused practice',
      'solution-focused brief therapy',
      'solution-focused therapy',
      'solution-focused coaching',
      'sfbt',
    ],
    // CVs and job ads ask for a "solution-focused team player": fixing, the opposite sense.
    everyday: ['solution-focused', 'solution focused', 'solution-focused approach'],
  },
  'safety-plan': {
    variants: [
      'joint crisis plan',
      'joint crisis plans',
      'suicide safety plan',
      'suicide safety plans',
      'safety planning intervention',
    ],
    // Building sites, events and companies have safety and crisis plans too.
    everyday: ['safety plan', 'safety plans', 'safety planning', 'crisis plan', 'crisis plans'],
  },
  'informal-carer': {
    variants: [
      'informal carer',
      'informal carers',
      'informal caregiver',
      'informal caregivers',
      'family caregiver',
      'family caregivers',
      'family carer',
      'family carers',
      'unpaid carer',
      'unpaid carers',
    ],
    // A caregiver may be paid (a home care aide) or look after animals: the text decides.
    everyday: ['caregiver', 'caregivers', "caregiver's", 'caregiving', 'respite care', 'respite'],
  },
  safeguarding: {
    variants: [
      'safeguarding and mandatory reporting',
      'mandated reporter',
      'mandated reporters',
      'safeguarding children',
      'safeguarding adults',
      'safeguarding concern',
      'safeguarding concerns',
      'safeguarding lead',
      'safeguarding leads',
    ],
    // Banks safeguard client money, and data breaches have mandatory reporting too.
    everyday: ['safeguarding', 'mandatory reporting'],
  },
  'self-reliance': {
    variants: [],
    // Nations, farms and economies are self-reliant too.
    everyday: ['self-reliance', 'self-reliant'],
  },
  'mental-capacity': {
    variants: ['decision-making capacity', 'capacity to consent', 'mental capacity assessment'],
    // "No mental capacity left for this" is being tired; a grid or a stadium "lacks capacity".
    everyday: ['mental capacity', 'lacks capacity', 'lack capacity', 'lacking capacity'],
  },
  'request-for-help': {
    variants: [],
    // News is full of requests for help: from a country after a flood, from police to witnesses.
    everyday: ['request for help', 'requests for help'],
  },
  'not-knowing-how-to-act': {
    variants: [],
    // Also a plain phrase: not knowing how to act around a new colleague.
    everyday: ['not knowing how to act'],
  },
  grief: {
    variants: ['grief work', 'grieving process', 'bereavement', 'bereaved', 'complicated grief'],
    // "Gave him grief" is trouble, and "good grief" a sigh.
    everyday: ['grief', 'grieving', 'grieve', 'grieves', 'grieved', 'mourning'],
  },
  'harm-reduction': {
    variants: ['harm reduction', 'harm-reduction', 'harm reduction approach'],
    everyday: ['meeting people where they are', 'meet people where they are'],
  },
};
