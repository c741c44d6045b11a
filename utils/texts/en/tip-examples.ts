import type { TipExamples } from '../types';

/** One everyday situation per tip, each from a different setting helpers know. */
export const tipExamples: TipExamples = {
  'trust-their-wisdom': {
    setting: 'Youth care',
    story:
      'Sanne, 16, asks her mentor whether she should move back in with her dad. Instead of weighing it up for her, the mentor asks what she noticed during her last weekend there. Sanne decides to try one weekend a month first.',
    phrasing: {
      insteadOf: '“I’d wait until you’re eighteen.”',
      tryThis: '“What did you notice the last time you stayed there?”',
    },
  },
  'right-amount-of-information': {
    setting: 'District nursing',
    story:
      'After his diabetes diagnosis, Mr Bakker comes home with a thick folder. The district nurse asks what he wants to know this week. Only how to check his blood sugar, he says; food can wait until her next visit.',
    phrasing: {
      insteadOf: '“Here’s everything you need to know about diabetes.”',
      tryThis: '“What would you like to know first?”',
    },
  },
  'leave-their-power': {
    setting: 'A volunteer',
    story:
      'A volunteer language partner helps Amir with a letter from the council. She doesn’t phone them for him. They write his questions down together, and she sits beside him while he makes the call.',
    phrasing: {
      insteadOf: '“Give it here, I’ll ring them.”',
      tryThis: '“Shall we write down what you want to ask, and then you call?”',
    },
  },
  'ego-aside': {
    setting: 'A friend',
    story:
      'You spent an evening helping a friend choose a course, and she signs up for a different one. It stings a little. You tell her you’re glad she found one that suits her, and you let the rest go.',
    phrasing: {
      insteadOf: '“I still think the other one was better.”',
      tryThis: '“It sounds like this one really fits you.”',
    },
  },
  'safe-to-fail': {
    setting: 'Job coaching',
    story:
      'Jayden oversleeps twice in the first week of his work placement. His job coach doesn’t say she saw it coming. She asks what got in the way and what he wants to try. He sets two alarms and asks his housemate to knock.',
    phrasing: {
      insteadOf: '“This can’t happen again.”',
      tryThis: '“What got in the way, and what could help next time?”',
    },
  },
  'humble-guidance': {
    setting: 'Social work',
    story:
      'A client is so buried in unopened post that she can’t say what she needs. The social worker gently offers one thing: opening the letters together, with the client choosing which one comes first. She may say no; then the offer still stands next week.',
    phrasing: {
      insteadOf: '“You need to sort this out now.”',
      tryThis: '“Would it help to open them together? You pick the first one.”',
    },
  },
  'container-for-emotions': {
    setting: 'A hospice volunteer',
    story:
      'A daughter breaks down at her mother’s bedside. The volunteer doesn’t hurry to comfort her or say it will be all right. She pulls up a chair, stays quiet with her, and after a while says: “This is so hard.”',
    phrasing: {
      insteadOf: '“Don’t cry, she’s had a good life.”',
      tryThis: '“This is so hard. I’m staying right here.”',
    },
  },
  'their-own-choices': {
    setting: 'Family',
    story:
      'A month after your mother died, your father wants to clear out the house. You would wait a year. You grieve differently, so you help him sort the boxes and ask which things he wants to keep.',
    phrasing: {
      insteadOf: '“Isn’t it much too soon for that?”',
      tryThis: '“What would you like to keep close?”',
    },
  },
};
