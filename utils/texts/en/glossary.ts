import type { GlossaryId } from '../glossary-links';
import type { GlossaryEntryText } from '../types';

/**
 * The English headword (as shown on the card, in the popup and in search) and explanation
 * of each glossary entry, in this project's own words. The forms that find an entry on a
 * page are in ./glossary-terms.ts: the content script carries those and nothing of this.
 */
export const glossaryEntries: Record<GlossaryId, GlossaryEntryText> = {
  'holding-space': {
    term: 'holding space',
    explanation:
      'Keeping someone company through something hard while the steering stays with them. You stay, you listen, and you trust their own sense of the way.',
  },
  'making-space': {
    term: 'making space',
    explanation:
      'Leaving room for someone’s feelings, pace and words instead of filling the silence with yours. It is the everyday side of holding space.',
  },
  rescuing: {
    term: 'rescuing',
    explanation:
      'Doing for someone, uninvited, what they could do themselves, perhaps with a little support. It feels kind, but it tells them you doubt they can cope. Stepping in when someone is in danger is not rescuing.',
  },
  rescuer: {
    term: 'rescuer',
    explanation:
      'One corner of the drama triangle: the helper who takes over, uninvited, what the other could do. It feels caring, but keeps them small and wears you out. Acting when someone is in danger is something else.',
  },
  'saviour-complex': {
    term: 'saviour complex',
    explanation:
      'A deep need to be the one who saves others, often to feel worthwhile yourself. The help then serves the helper more than the person.',
  },
  'drama-triangle': {
    term: 'drama triangle',
    explanation:
      'A model of three roles people slip into under stress: persecutor, rescuer and victim. They swap roles easily, and so the drama keeps going.',
  },
  'victim-role': {
    term: 'victim role',
    explanation:
      'In the drama triangle: feeling powerless and waiting for someone to take over. It is a role people slip into, not a verdict on real harm done to them.',
  },
  persecutor: {
    term: 'persecutor',
    explanation:
      'In the drama triangle: the one who blames, pushes or criticises. A frustrated helper can slide into it when their help is turned down.',
  },
  'winners-triangle': {
    term: "winner's triangle",
    explanation:
      'The healthy answer to the drama triangle: vulnerable, assertive and caring. The caring helper listens and asks instead of solving.',
  },
  'self-direction': {
    term: 'self-direction',
    explanation:
      'Being the one who steers your own life and care. Helpers support it by doing things with people rather than for them.',
  },
  autonomy: {
    term: 'autonomy',
    explanation:
      'A person’s right and ability to make their own decisions, including ones you would not make. Respecting it is at the heart of holding space.',
  },
  'self-determination': {
    term: 'self-determination',
    explanation:
      'The right to decide about your own body, life and treatment. In care it means people may say no, even to help that is well meant.',
  },
  agency: {
    term: 'sense of agency',
    explanation:
      'The feeling that you can act and make a difference in your own life. Trauma can shake it; being allowed to choose helps to bring it back.',
  },
  empowerment: {
    term: 'empowerment',
    explanation:
      'Helping people find and use their own strength, so that over time they need you less. In trauma-informed work it is one principle with voice and choice: the power stays with them.',
  },
  'strengths-based': {
    term: 'strengths-based',
    explanation:
      'Starting from what people can do and already have, rather than from what is wrong. Their skills and their own network are the ground to build on.',
  },
  paternalism: {
    term: 'paternalism',
    explanation:
      'Deciding for someone what is good for them, for their own sake. However well meant, it takes their power away.',
  },
  'learned-helplessness': {
    term: 'learned helplessness',
    explanation:
      'Giving up trying because past efforts never seemed to make a difference. Help that keeps taking over can deepen it without meaning to.',
  },
  'dignity-of-risk': {
    term: 'dignity of risk',
    explanation:
      'Everyone has the right to take risks and make mistakes. Shielding someone from every risk also takes away part of their life.',
  },
  'shared-decision-making': {
    term: 'shared decision-making',
    explanation:
      'Care decisions made together: the professional brings knowledge, the person brings their life, values and wishes. Neither decides alone.',
  },
  'compulsory-framework': {
    term: 'mandated help',
    explanation:
      'Help that someone did not choose but has to accept, because a court, an agency or a rule requires it. Even then, you can leave room for their say in how it happens.',
  },
  coercion: {
    term: 'coercion',
    explanation:
      'Anything from open force to quiet pressure to accept help or treatment. Both cost trust, so be honest about what is happening and why.',
  },
  'involuntary-care': {
    term: 'involuntary care',
    explanation:
      'Care or admission that goes ahead without the person’s consent, usually under mental health law. The choices they still have matter all the more.',
  },
  'waiting-list': {
    term: 'waiting list',
    explanation:
      'The weeks or months between asking for help and getting it. Someone who stays in touch without taking over can make the wait easier to bear.',
  },
  'trauma-informed': {
    term: 'trauma-informed',
    explanation:
      'Working from the knowledge that many people carry trauma: spot its signs, build safety and avoid new harm. It rests on six principles.',
  },
  'trauma-sensitive': {
    term: 'trauma-sensitive',
    explanation:
      'Keeping in mind how trauma may shape someone’s reactions, and adjusting how you work. Calm, clarity and choice come first.',
  },
  safety: {
    term: 'sense of safety',
    explanation:
      'Being safe and feeling safe, in body and in mind: nothing bad will happen here, and nobody will judge you. The first trauma-informed principle: without it, little else can happen.',
  },
  'trustworthiness-transparency': {
    term: 'trustworthiness and transparency',
    explanation:
      'A trauma-informed principle: be clear about what you do and why, and keep your word. Trust grows from small promises that are kept.',
  },
  'peer-support': {
    term: 'peer support',
    explanation:
      'Support from people who have been through something similar themselves. A trauma-informed principle: shared experience brings hope and trust.',
  },
  'collaboration-mutuality': {
    term: 'collaboration and mutuality',
    explanation:
      'A trauma-informed principle: power is shared and everyone has something to offer. People recover by working things out together, not through help that only flows one way.',
  },
  'voice-and-choice': {
    term: 'voice and choice',
    explanation:
      'A trauma-informed principle: people have a real say in their care and real options to choose from. Even small choices give back a sense of control.',
  },
  'cultural-historical-gender': {
    term: 'cultural, historical and gender issues',
    explanation:
      'The sixth trauma-informed principle: culture, gender and the history of someone’s community shape what hurt them and what helps. Look past stereotypes, and take harm done to a whole group seriously.',
  },
  'co-regulation': {
    term: 'co-regulation',
    explanation:
      'Calming down together: your steady voice and breathing help another nervous system settle. You lend calm, you don’t force it.',
  },
  'self-regulation': {
    term: 'self-regulation',
    explanation:
      'Being able to calm your own feelings and body when things get intense. It often grows out of co-regulation, and helpers need it too.',
  },
  'window-of-tolerance': {
    term: 'window of tolerance',
    explanation:
      'The zone in which someone can think, feel and stay in contact. Above it lie panic or anger, below it numbness; help lands best inside it.',
  },
  trigger: {
    term: 'trigger',
    explanation:
      'A sound, smell, word or tone that brings old trauma feelings back into the present. The reaction can look far bigger than the moment seems to call for.',
  },
  're-experiencing': {
    term: 're-experiencing',
    explanation:
      'Living through a traumatic memory as if it were happening now, in images, feelings or the body. Calm company that helps them back to the here and now (grounding) helps more than questions.',
  },
  retraumatisation: {
    term: 'retraumatisation',
    explanation:
      'When care itself repeats part of the original harm, such as losing control, being held down or not being believed. Trauma-informed work tries to prevent it.',
  },
  predictability: {
    term: 'predictability',
    explanation:
      'Knowing what comes next: who, when and how. Saying what you will do, and then doing it, helps people feel safe.',
  },
  presence: {
    term: 'presence',
    explanation:
      'Giving someone your full, calm attention without rushing to act. Often simply being there matters more than anything you could do.',
  },
  'presence-approach': {
    term: 'presence approach',
    explanation:
      'A Dutch approach to care: be faithfully there for people and tune in to what they need, without first imposing a goal or a plan.',
  },
  attunement: {
    term: 'attunement',
    explanation:
      'Sensing how someone is doing and what they need right now, and adjusting your pace, tone and words to match.',
  },
  'non-judgement': {
    term: 'non-judgement',
    explanation:
      'Meeting someone without labelling their choices good or bad. You may disagree, and they still feel accepted as a person.',
  },
  judgement: {
    term: 'judgemental',
    explanation:
      'Deciding that someone’s choices are wrong and letting them feel it, in words, a look or a sigh. People notice it fast, and then they stop telling you what is really going on.',
  },
  shaming: {
    term: 'shaming',
    explanation:
      'Making someone feel inadequate or bad about themselves, often without meaning to, through a sigh or a lecture. Heather Plett names it as one of three ways help goes wrong.',
  },
  overwhelm: {
    term: 'being overwhelmed',
    explanation:
      'Getting more than you can take in: information, advice, feelings or help. Less, slower and one thing at a time usually works better.',
  },
  'righting-reflex': {
    term: 'righting reflex',
    explanation:
      'A helper’s urge to put things right by advising, warning or correcting. It often makes people defend the very thing you hoped they would change.',
  },
  'motivational-interviewing': {
    term: 'motivational interviewing',
    explanation:
      'A way of talking about change that draws out a person’s own reasons instead of pressing yours. It began in addiction care and is now used widely.',
  },
  'mi-spirit': {
    term: 'spirit of motivational interviewing',
    explanation:
      'The attitude behind motivational interviewing: partnership, acceptance, compassion and evocation (the 2023 edition puts empowerment in place of evocation). It counts for more than any technique.',
  },
  evocation: {
    term: 'evocation',
    explanation:
      'Drawing out someone’s own ideas, reasons and strengths rather than putting yours in. It is part of the spirit of motivational interviewing.',
  },
  'active-listening': {
    term: 'active listening',
    explanation:
      'Listening to understand, not to reply: you sum up and reflect back what you hear. The other person feels heard and hears themselves.',
  },
  'unconditional-positive-regard': {
    term: 'unconditional positive regard',
    explanation:
      'Accepting and valuing someone as a person, whatever they do or feel. It does not mean you agree with everything.',
  },
  'emotional-validation': {
    term: 'emotional validation',
    explanation:
      'Letting someone know their feelings make sense, without arguing them away or hurrying to cheer them up. Validating a feeling is not approving every action.',
  },
  psychoeducation: {
    term: 'psychoeducation',
    explanation:
      'Explaining how stress and trauma work, so that reactions start to make sense. Offer it in small portions, when someone wants it.',
  },
  container: {
    term: 'container',
    explanation:
      'A steady, safe setting where strong feelings such as fear, grief or anger can be there, without anyone needing to fix them.',
  },
  'safe-space': {
    term: 'safe space',
    explanation:
      'A place or conversation where someone can speak freely without fear of being judged. You create it by how you respond, not by promising it, and you are honest about what you would have to pass on.',
  },
  'liminal-space': {
    term: 'liminal space',
    explanation:
      'The in-between time after something has ended and before something new has begun. It is uncertain, and people mostly need company rather than answers.',
  },
  'helping-hand': {
    term: 'helping hand',
    explanation:
      'Support that helps someone take their own next step, instead of carrying them. You walk alongside; the steps stay theirs.',
  },
  'secondary-traumatic-stress': {
    term: 'secondary traumatic stress',
    explanation:
      'Trauma-like stress from hearing about or witnessing other people’s trauma: poor sleep, jumpiness, intrusive images. A real risk of helping work, not a weakness.',
  },
  'compassion-fatigue': {
    term: 'compassion fatigue',
    explanation:
      'The slow wearing down of a helper who keeps caring for people in pain. Empathy runs dry; rest, support and limits help it come back.',
  },
  'vicarious-trauma': {
    term: 'vicarious trauma',
    explanation:
      'A lasting change in how a helper sees the world, safety and people after long exposure to others’ trauma. It builds up slowly and deserves attention.',
  },
  burnout: {
    term: 'burnout',
    explanation:
      'Exhaustion from long strain at work or in caring, with cynicism and a sense of falling short. Boundaries and support help prevent it.',
  },
  'self-care': {
    term: 'self-care',
    explanation:
      'Looking after your own body, mind and limits so you can keep being there for others. It is part of the work, not a luxury.',
  },
  boundaries: {
    term: 'boundaries',
    explanation:
      'Where your responsibility, energy and time end and someone else’s begin. Naming them kindly keeps your help honest and sustainable.',
  },
  supervision: {
    term: 'supervision',
    explanation:
      'Regular time with a supervisor or colleagues to reflect on your work. It is where someone holds space for you, the helper.',
  },
  'recovery-oriented': {
    term: 'recovery-oriented practice',
    explanation:
      'Support in mental-health and addiction care aimed at a life that feels meaningful, with or without symptoms. The person leads their own recovery; you walk alongside.',
  },
  'solution-focused': {
    term: 'solution-focused practice',
    explanation:
      'This is not fixing: you ask what already works and when things go a little better. The other person finds their own solutions; you help them notice them.',
  },
  'safety-plan': {
    term: 'safety plan',
    explanation:
      'A plan made together in a calm time, in the person’s own words: early warning signs, what helps and whom to call. In a crisis it keeps them in charge.',
  },
  'informal-carer': {
    term: 'informal carer',
    explanation:
      'Someone who looks after a partner, parent, child or friend who is ill or disabled, without pay. They give a lot, and need support and a break too.',
  },
  safeguarding: {
    term: 'safeguarding and mandatory reporting',
    explanation:
      'The agreed steps when you fear someone is being harmed or neglected: talk it over, ask for advice, and report if needed. Stepping in when someone is in danger is not rescuing.',
  },
  'self-reliance': {
    term: 'self-reliance',
    explanation:
      'Being able to manage daily life yourself, with help from your own network where needed. It does not mean having to do everything alone.',
  },
  'mental-capacity': {
    term: 'mental capacity',
    explanation:
      'Being able to understand and weigh up one particular decision and make it yourself. It is judged decision by decision, and it is the real limit of autonomy: an unwise choice alone does not take it away.',
  },
  'request-for-help': {
    term: 'request for help',
    explanation:
      'What the person themselves wants help with, in their own words. Start there, not from what you think they need.',
  },
  'not-knowing-how-to-act': {
    term: 'not knowing how to act',
    explanation:
      'Feeling stuck as a helper: you sense something is wrong, but doubt your role, your right to step in or your next step. Talk it through with colleagues instead of acting alone or looking away.',
  },
  grief: {
    term: 'grief',
    explanation:
      'What a loss does to someone: sadness, anger, numbness, and much else, in no set order. It is not a problem to solve; stay with them and let it take its time.',
  },
  'harm-reduction': {
    term: 'harm reduction',
    explanation:
      'Meeting people where they are: making drug use or other risks less harmful, without making stopping a condition for help. Their choices stay theirs.',
  },
};
