import type { GlossaryId } from '../glossary-links';
import type { GlossaryText } from '../types';

/** Glossary terms highlighted on English pages, in this project's own words. */
export const glossary: Record<GlossaryId, GlossaryText> = {
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
    explanation:
      'Walking alongside someone without judging, fixing or taking over. You stay present and trust them to find their own way.',
  },
  'making-space': {
    term: 'making space',
    variants: ['making space', 'make space', 'makes space', 'made space'],
    explanation:
      'Leaving room for someone’s feelings, pace and words instead of filling the silence with yours. It is the everyday side of holding space.',
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
    explanation:
      'Stepping in to solve someone’s problem before they ask, often out of kindness. Without meaning to, it tells them you doubt they can cope.',
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
    explanation:
      'One corner of the drama triangle: the helper who jumps in uninvited. It feels caring, but it keeps the other person small and wears the helper out.',
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
    explanation:
      'A deep need to be the one who saves others, often to feel worthwhile yourself. The help then serves the helper more than the person.',
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
    explanation:
      'A model of three roles people slip into under stress: persecutor, rescuer and victim. They swap roles easily, and so the drama keeps going.',
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
    explanation:
      'In the drama triangle: feeling powerless and waiting for someone to take over. It is a role people slip into, not a verdict on real harm done to them.',
  },
  persecutor: {
    term: 'persecutor',
    variants: ['persecutor', 'persecutors', 'persecutor role'],
    explanation:
      'In the drama triangle: the one who blames, pushes or criticises. A frustrated helper can slide into it when their help is turned down.',
  },
  'winners-triangle': {
    term: "winner's triangle",
    variants: ["winner's triangle", 'winners triangle', "winners' triangle", 'winner triangle'],
    explanation:
      'The healthy answer to the drama triangle: vulnerable, assertive and caring. The caring helper listens and asks instead of solving.',
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
    explanation:
      'Being the one who steers your own life and care. Helpers support it by doing things with people rather than for them.',
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
    explanation:
      'A person’s right and ability to make their own decisions, including ones you would not make. Respecting it is at the heart of holding space.',
  },
  'self-determination': {
    term: 'self-determination',
    variants: ['self-determination', 'self-determined', 'right to self-determination'],
    explanation:
      'The right to decide about your own body, life and treatment. In care it means people may say no, even to help that is well meant.',
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
    explanation:
      'The feeling that you can act and make a difference in your own life. Trauma can shake it; being allowed to choose helps to bring it back.',
  },
  empowerment: {
    term: 'empowerment',
    variants: ['empowerment', 'empower', 'empowers', 'empowered', 'empowering'],
    explanation:
      'Helping people find and use their own strength, so that over time they need you less. The power stays with them, not with the helper.',
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
    explanation:
      'Starting from what people can do and already have, rather than from what is wrong. Their skills and their own network are the ground to build on.',
  },
  paternalism: {
    term: 'paternalism',
    variants: ['paternalism', 'paternalistic', 'paternalistically'],
    explanation:
      'Deciding for someone what is good for them, for their own sake. However well meant, it takes their power away.',
  },
  'learned-helplessness': {
    term: 'learned helplessness',
    variants: ['learned helplessness'],
    explanation:
      'Giving up trying because past efforts never seemed to make a difference. Help that keeps taking over can deepen it without meaning to.',
  },
  'dignity-of-risk': {
    term: 'dignity of risk',
    variants: ['dignity of risk', 'right to fail'],
    explanation:
      'Everyone has the right to take risks and make mistakes. Shielding someone from every risk also takes away part of their life.',
  },
  'shared-decision-making': {
    term: 'shared decision-making',
    variants: ['shared decision-making', 'shared decision making'],
    explanation:
      'Care decisions made together: the professional brings knowledge, the person brings their life, values and wishes. Neither decides alone.',
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
    explanation:
      'Help someone has to accept because a court, agency or rule says so. Even then, you can leave room for their say in how it happens.',
  },
  coercion: {
    term: 'coercion',
    variants: ['coercion', 'coercive', 'coerced', 'coerce', 'coercing'],
    explanation:
      'Anything from open force to quiet pressure to accept help or treatment. Both cost trust, so be honest about what is happening and why.',
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
    explanation:
      'Care or admission that goes ahead without the person’s consent, usually under mental health law. The choices they still have matter all the more.',
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
    explanation:
      'The weeks or months between asking for help and getting it. Someone who stays in touch without taking over can make the wait easier to bear.',
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
    explanation:
      'Working from the knowledge that many people carry trauma: spot its signs, build safety and avoid new harm. It rests on six principles.',
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
    explanation:
      'Keeping in mind how trauma may shape someone’s reactions, and adjusting how you work. Calm, clarity and choice come first.',
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
    explanation:
      'Feeling that nothing bad will happen here and nobody will judge you. It is the first trauma-informed principle: without it, little else can happen.',
  },
  'trustworthiness-transparency': {
    term: 'trustworthiness and transparency',
    variants: [
      'trustworthiness and transparency',
      'trustworthy and transparent',
      'trustworthiness',
    ],
    explanation:
      'A trauma-informed principle: be clear about what you do and why, and keep your word. Trust grows from small promises that are kept.',
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
    explanation:
      'Support from people who have been through something similar themselves. A trauma-informed principle: shared experience brings hope and trust.',
  },
  'collaboration-mutuality': {
    term: 'collaboration and mutuality',
    variants: ['collaboration and mutuality', 'mutuality'],
    explanation:
      'A trauma-informed principle: power is shared and everyone has something to offer. Healing happens in relationships, not in help that flows one way.',
  },
  'voice-and-choice': {
    term: 'voice and choice',
    variants: ['voice and choice'],
    explanation:
      'A trauma-informed principle: people have a real say in their care and real options to choose from. Even small choices give back a sense of control.',
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
    explanation:
      'Calming down together: your steady voice and breathing help another nervous system settle. You lend calm, you don’t force it.',
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
    explanation:
      'Being able to calm your own feelings and body when things get intense. It often grows out of co-regulation, and helpers need it too.',
  },
  'window-of-tolerance': {
    term: 'window of tolerance',
    variants: ['window of tolerance', 'windows of tolerance'],
    explanation:
      'The zone in which someone can think, feel and stay in contact. Above it lie panic or anger, below it numbness; help lands best inside it.',
  },
  trigger: {
    term: 'trigger',
    variants: ['trigger', 'triggers', 'triggered', 'triggering'],
    explanation:
      'A sound, smell, word or tone that brings old trauma feelings back into the present. The reaction can look far bigger than the moment seems to call for.',
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
    explanation:
      'Living through a traumatic memory as if it were happening now, in images, feelings or the body. Calm, grounding company helps more than questions.',
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
    explanation:
      'When care itself repeats part of the original harm, such as losing control, being held down or not being believed. Trauma-informed work tries to prevent it.',
  },
  predictability: {
    term: 'predictability',
    variants: ['predictability'],
    explanation:
      'Knowing what comes next: who, when and how. Saying what you will do, and then doing it, helps people feel safe.',
  },
  presence: {
    term: 'presence',
    variants: ['presence', 'being present', 'fully present', 'full presence'],
    explanation:
      'Giving someone your full, calm attention without rushing to act. Often simply being there matters more than anything you could do.',
  },
  'presence-approach': {
    term: 'presence approach',
    variants: ['presence approach', 'theory of presence'],
    explanation:
      'A Dutch approach to care: be faithfully there for people and tune in to what they need, without first imposing a goal or a plan.',
  },
  attunement: {
    term: 'attunement',
    variants: ['attunement', 'attune', 'attunes', 'attuned', 'attuning'],
    explanation:
      'Sensing how someone is doing and what they need right now, and adjusting your pace, tone and words to match.',
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
    explanation:
      'Meeting someone without labelling their choices good or bad. You may disagree, and they still feel accepted as a person.',
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
    explanation:
      'Looking down on someone’s choices as right or wrong. People notice it fast, and then they stop telling you what is really going on.',
  },
  shaming: {
    term: 'shaming',
    variants: ['shaming', 'shamed'],
    explanation:
      'Making someone feel inadequate or bad about themselves, often without meaning to, through a sigh or a lecture. One of three ways help goes wrong.',
  },
  overwhelm: {
    term: 'overwhelm',
    variants: ['overwhelm', 'overwhelmed', 'overwhelms'],
    explanation:
      'Getting more than you can take in: information, advice, feelings or help. Less, slower and one thing at a time usually works better.',
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
    explanation:
      'A helper’s urge to put things right by advising, warning or correcting. It often makes people defend the very thing you hoped they would change.',
  },
  'motivational-interviewing': {
    term: 'motivational interviewing',
    variants: ['motivational interviewing'],
    explanation:
      'A way of talking about change that draws out a person’s own reasons instead of pressing yours. It began in addiction care and is now used widely.',
  },
  'mi-spirit': {
    term: 'spirit of motivational interviewing',
    variants: ['spirit of motivational interviewing', 'mi spirit', 'mi-spirit', 'spirit of mi'],
    explanation:
      'The attitude behind motivational interviewing: partnership, acceptance, compassion and evocation. It counts for more than any technique.',
  },
  evocation: {
    term: 'evocation',
    variants: ['evocation'],
    explanation:
      'Drawing out someone’s own ideas, reasons and strengths rather than putting yours in. It is part of the spirit of motivational interviewing.',
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
    explanation:
      'Listening to understand, not to reply: you sum up and reflect back what you hear. The other person feels heard and hears themselves.',
  },
  'unconditional-positive-regard': {
    term: 'unconditional positive regard',
    variants: ['unconditional positive regard'],
    explanation:
      'Accepting and valuing someone as a person, whatever they do or feel. It does not mean you agree with everything.',
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
    explanation:
      'Letting someone know their feelings make sense, without arguing them away or hurrying to cheer them up. Validating a feeling is not approving every action.',
  },
  psychoeducation: {
    term: 'psychoeducation',
    variants: ['psychoeducation', 'psycho-education', 'psychoeducational', 'psycho-educational'],
    explanation:
      'Explaining how stress and trauma work, so that reactions start to make sense. Offer it in small portions, when someone wants it.',
  },
  container: {
    term: 'container',
    variants: ['container', 'emotional container', 'containment'],
    explanation:
      'A steady, safe setting where strong feelings such as fear, grief or anger can be there, without anyone needing to fix them.',
  },
  'safe-space': {
    term: 'safe space',
    variants: ['safe space', 'safe spaces', 'safer space', 'safer spaces'],
    explanation:
      'A place or conversation where someone can speak freely without fear of judgement or consequences. You create it by how you respond, not by promising it.',
  },
  'liminal-space': {
    term: 'liminal space',
    variants: ['liminal space', 'liminal spaces', 'liminality', 'liminal'],
    explanation:
      'The in-between time after something has ended and before something new has begun. It is uncertain, and people mostly need company rather than answers.',
  },
  'helping-hand': {
    term: 'helping hand',
    variants: ['helping hand', 'helping hands'],
    explanation:
      'Support that helps someone take their own next step, instead of carrying them. You walk alongside; the steps stay theirs.',
  },
  'secondary-traumatic-stress': {
    term: 'secondary traumatic stress',
    variants: [
      'secondary traumatic stress',
      'secondary traumatisation',
      'secondary traumatization',
      'secondary trauma',
    ],
    explanation:
      'Trauma-like stress from hearing about or witnessing other people’s trauma: poor sleep, jumpiness, intrusive images. A real risk of helping work, not a weakness.',
  },
  'compassion-fatigue': {
    term: 'compassion fatigue',
    variants: ['compassion fatigue', 'empathy fatigue'],
    explanation:
      'The slow wearing down of a helper who keeps caring for people in pain. Empathy runs dry; rest, support and limits help it come back.',
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
    explanation:
      'A lasting change in how a helper sees the world, safety and people after long exposure to others’ trauma. It builds up slowly and deserves attention.',
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
    explanation:
      'Exhaustion from long strain at work or in caring, with cynicism and a sense of falling short. Boundaries and support help prevent it.',
  },
  'self-care': {
    term: 'self-care',
    variants: ['self-care', 'self care', 'selfcare'],
    explanation:
      'Looking after your own body, mind and limits so you can keep being there for others. It is part of the work, not a luxury.',
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
    explanation:
      'Where your responsibility, energy and time end and someone else’s begin. Naming them kindly keeps your help honest and sustainable.',
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
    explanation:
      'Regular time with a supervisor or colleagues to reflect on your work. It is where someone holds space for you, the helper.',
  },
};
