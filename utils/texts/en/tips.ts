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
      'In the rescuer role, you give the answer for them, so their own sense of what is right never gets a turn.',
    question: 'When did you last let someone find their own answer, even though yours was ready?',
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
      'In the rescuer role, you pour out advice, leaflets and options until they feel more lost than before.',
    question: 'What do they need to know today, and what can wait?',
  },
  'leave-their-power': {
    title: 'Leave them in charge',
    essence: 'Do things with them, not for them, so they stay in charge of their own life.',
    cues: [
      'Before you take over a task, ask: “Do you want to do this, or shall we do it together?”',
      'Name the choices they have, even the small ones.',
      'Step back when they can do it themselves, even if it takes longer.',
    ],
    watchOut:
      'In the rescuer role, you quietly take over calls, forms and decisions, however kindly, until they believe they can’t cope alone.',
    question:
      'What are you doing for them that they could do themselves, perhaps with a little support?',
    whenInDanger:
      'One exception: when someone is in danger, stepping in to keep them safe is not taking their power away. Give the choices back as soon as it is safe.',
  },
  'ego-aside': {
    title: 'No need to be the hero',
    essence:
      'Their progress is theirs. You don’t need thanks, to be proven right, or to be the one who saved them.',
    cues: [
      'Notice when you want them to follow your advice so that you can feel good.',
      'Let their success be theirs: “You did that.”',
      'If they turn your help down, breathe before you respond; it is not a verdict on you.',
    ],
    watchOut:
      'In the rescuer role, you need to be needed, and it stings when they don’t take your advice.',
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
    watchOut:
      'In the rescuer role, you catch every fall before it happens, so they never learn to get back up.',
    question: 'Which mistake are you trying to save them from, and is it yours to prevent?',
  },
  'humble-guidance': {
    title: 'Offer help humbly',
    essence:
      'Someone may be too lost to ask. Offer help then, humbly: as an option, not as the truth.',
    cues: [
      'When someone is too overwhelmed to ask, offer one concrete thing: “Shall I make that call with you?”',
      'Ask before advising: “Would you like an idea, or shall I just listen?”',
      'Offer suggestions as options, and be honest about what you don’t know.',
    ],
    watchOut:
      'In the rescuer role, you tell them what to do as the expert, and they end up feeling small for not knowing.',
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
      'Let silence be; you don’t have to fill it.',
      'Name what you see without judging: “This is a lot. It makes sense that you feel this way.”',
    ],
    watchOut:
      'In the rescuer role, you hurry to cheer them up or change the subject, because their pain is hard for you to watch.',
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
    watchOut:
      'In the rescuer role, you push, persuade, or hold back your support when they go their own way.',
    question: 'Can you support a choice you would not make yourself?',
  },
};
