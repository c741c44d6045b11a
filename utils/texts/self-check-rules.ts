import type { SelfCheckId } from './ids';
import type { SelfCheckRule } from './types';

/**
 * For each self-check question: the answer that leans towards rescuing (for some, only
 * together with another), and the tips and principles the read-out points to. Together the
 * questions reach all eight tips.
 */
export const selfCheckRules: Record<SelfCheckId, SelfCheckRule> = {
  // Not being asked is no reason by itself to stay away: someone may be too lost to ask
  // (Plett's nurse offered to take on the hard tasks). It leans towards rescuing only with
  // help that may not fit: not knowing their need, offering too much, or serving your own.
  'did-they-ask': {
    concern: 'no',
    onlyWith: ['what-they-need', 'too-much', 'whose-need'],
    tips: ['humble-guidance', 'leave-their-power'],
    principles: ['their-own-wisdom'],
  },
  'what-they-need': {
    concern: 'no',
    tips: ['trust-their-wisdom', 'humble-guidance'],
    principles: ['presence-over-doing'],
  },
  'too-much': {
    concern: 'yes',
    tips: ['right-amount-of-information'],
    principles: ['no-fixing'],
  },
  'whose-need': {
    concern: 'yes',
    tips: ['ego-aside'],
    principles: ['no-fixing'],
  },
  'stay-without-fixing': {
    concern: 'no',
    tips: ['container-for-emotions', 'safe-to-fail'],
    principles: ['presence-over-doing', 'no-fixing'],
  },
  'their-choice': {
    concern: 'no',
    tips: ['their-own-choices', 'safe-to-fail'],
    principles: ['without-judgement', 'their-own-wisdom'],
  },
  'my-reserves': {
    concern: 'no',
    tips: ['container-for-emotions'],
    principles: ['helper-boundaries'],
  },
};
