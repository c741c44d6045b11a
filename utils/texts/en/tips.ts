import type { Tips } from '../types';

/**
 * Heather Plett's eight tips (2015), in her order, retold in this project's own words.
 */
export const tips: Tips = {
  'trust-their-wisdom': {
    title: 'Trust their inner compass',
    essence: 'They know their own life best. Help them hear their own voice, not yours.',
    cues: [
      'Ask what they think before you say what you think: “What does your gut tell you?”',
      'Say back what you hear, so they can hear their own thinking.',
      'When they find an answer, let it be theirs and don’t polish it.',
    ],
    watchOut:
      'Handing them the answer before they have looked for one, so their own sense of what is right never gets a turn.',
    question: 'When did you last let someone find their own answer, even though yours was ready?',
    whenInDanger:
      'When their own compass points them towards danger, such as back to a partner who is violent, trusting them does not mean keeping quiet. Say clearly what worries you, think with them about staying safe, and get help when their life is at risk.',
  },
  'right-amount-of-information': {
    title: 'Just enough, not everything',
    essence: 'Share what helps with the next step, not everything you know at once.',
    cues: [
      'Ask first: “Would it help if I told you a bit about how this usually goes?”',
      'Give one thing at a time and see how it is received.',
      'Keep the rest for when they ask or are ready for it.',
    ],
    watchOut:
      'A flood of advice, leaflets and options, poured out until they feel more lost than before.',
    question: 'What do they need to know today, and what can wait?',
  },
  'leave-their-power': {
    title: 'Leave them in charge',
    essence:
      'Let them decide. Do things with them where they can, and for them when that is what they choose.',
    cues: [
      'Before you take over a task, ask: “Would you like to do this yourself, shall we do it together, or shall I do it?”',
      'Name the choices they have, even the small ones.',
      'Step back when they can and want to do it themselves, even if it takes longer.',
    ],
    watchOut:
      'Quietly taking over calls, forms and decisions they never handed to you, however kindly, until they believe they can’t cope alone.',
    question:
      'Which of the tasks you do for them did they choose to give you, and which did you take on without asking?',
    whenInDanger:
      'One exception: when someone is in danger, stepping in to keep them safe is not taking their power away. Give the choices back as soon as it is safe.',
  },
  'ego-aside': {
    title: 'No need to be the hero',
    essence:
      'Their progress is theirs. You don’t need to be thanked, proven right, or seen as the one who saved them.',
    cues: [
      'Notice when you want them to follow your advice so that you can feel good.',
      'Let their success be theirs: “You did that.”',
      'If they turn your help down, breathe before you respond; it is not a verdict on you.',
    ],
    watchOut: 'Needing to be needed, and feeling stung when your advice isn’t taken.',
    question: 'What would change if nobody ever knew how much you helped?',
  },
  'safe-to-fail': {
    title: 'Room to stumble',
    essence:
      'People learn by trying. Make it safe to get things wrong, without blame and without losing you.',
    cues: [
      'When something goes wrong, start with curiosity: “What happened? What do you need now?”',
      'Say out loud that a setback doesn’t change how you see them.',
      'Hold back from stepping in to prevent a mistake they can recover from.',
    ],
    watchOut: 'Catching every fall before it happens, so they never learn to get back up.',
    question: 'Which mistake are you trying to save them from, and is it yours to prevent?',
  },
  'humble-guidance': {
    title: 'Offer help humbly',
    essence:
      'Someone may be too lost to ask. Then step forward humbly, with help as an offer, not as the answer.',
    cues: [
      'When someone is too overwhelmed to ask, offer one concrete thing: “Shall I make that call with you?”',
      'Ask before advising: “Would you like an idea, or shall I just listen?”',
      'Offer suggestions as options, and be honest about what you don’t know.',
    ],
    watchOut:
      'Telling them what to do as the expert, so that they end up feeling small for not knowing.',
    question: 'How can you share what you know without making them feel they should have known it?',
    whenInDanger:
      'When someone is in danger, don’t wait to be asked and don’t offer options: get help straight away. Humility is for the choices that can wait.',
  },
  'container-for-emotions': {
    title: 'Room for big feelings',
    essence:
      'Be a safe, steady place where fear, grief, anger and trauma can be there without being fixed.',
    cues: [
      'Stay calm and close when strong feelings come; your steady breathing helps theirs.',
      'Don’t ask for the details of what happened: let them choose how much to tell, and let silences be.',
      'Name what you see without judging: “This is a lot. It makes sense that you feel this way.”',
    ],
    watchOut:
      'Hurrying to cheer them up or change the subject, because their pain is hard to watch.',
    question: 'Which feelings in others are hardest for you to stay with, and why?',
  },
  'their-own-choices': {
    title: 'Their life, their way',
    essence:
      'They may choose, cope and grieve differently from you. Respect it and keep standing beside them.',
    cues: [
      'Notice when “what I would do” or “how I got through it” creeps into your voice.',
      'Ask what matters to them in this choice, and listen for their values, not yours.',
      'Keep the door open: “Whatever you decide, I’m still here.”',
    ],
    watchOut: 'Pushing, persuading, or holding back support when they go their own way.',
    question: 'Can you support a choice you would not make yourself?',
    whenInDanger:
      'Respecting their way stops where it puts them in danger, such as suddenly stopping medication they need. Say honestly what worries you, suggest they talk it over with their doctor, and get help when they are no longer safe.',
  },
};
