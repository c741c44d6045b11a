/**
 * Why each single English word in `variants` (./glossary-terms.ts) may be highlighted wherever
 * it stands: a single word easily has an everyday sense (a "rescue" of a whale, a "trigger" in
 * software), so one is found on any page only when its reason is written down here; every
 * other single word goes in `everyday` and waits for a page about care.
 *
 * Read only by tests/unit/glossary-senses.test.ts, never by the content script: this keeps the
 * sense decisions honest and reviewable without adding a byte to what the pages carry.
 */
export const unambiguousWords: Record<string, string> = {
  'holding-space': 'Hyphenated form of the care practice; storage areas are not written this way.',
  'space-holder': 'The person who holds space; a stand-in for content is called a placeholder.',
  'self-direction': 'Steering your own life or learning; no common sense outside that.',
  'autonomy-supportive': 'A term of motivation psychology and care; machines are not so called.',
  'strengths-based': 'Working from what people can do; used in care, education and coaching alike.',
  paternalism: 'Deciding for others for their own good; in politics it means the same thing.',
  paternalistic: 'Adjective of paternalism, with the same single sense.',
  paternalistically: 'Adverb of paternalism, with the same single sense.',
  'trauma-informed': 'Exists only as a name for care that takes trauma into account.',
  'trauma-sensitive': 'Only used for care, teaching or yoga that takes trauma into account.',
  'trauma-aware': 'Only used for people or services that keep trauma in mind.',
  reexperiencing: 'This closed-up spelling is clinical: reliving a trauma, as in PTSD criteria.',
  retraumatisation: 'Being hurt again by what recalls a trauma; no other sense.',
  retraumatization: 'American spelling of retraumatisation.',
  're-traumatisation': 'Hyphenated spelling of retraumatisation.',
  're-traumatization': 'Hyphenated American spelling of retraumatisation.',
  retraumatise: 'Verb of retraumatisation; no other sense.',
  retraumatize: 'American spelling of retraumatise.',
  retraumatised: 'Past form of retraumatise; no other sense.',
  retraumatized: 'American past form of retraumatise.',
  're-traumatised': 'Hyphenated past form of retraumatise.',
  're-traumatized': 'Hyphenated American past form of retraumatise.',
  retraumatising: 'Present participle of retraumatise; no other sense.',
  retraumatizing: 'American present participle of retraumatise.',
  'non-judgement': 'Not judging the person you are with; no other sense.',
  'non-judgment': 'American spelling of non-judgement.',
  'non-judgemental': 'Accepting without judging people; the everyday use is the same sense.',
  'non-judgmental': 'American spelling of non-judgemental.',
  nonjudgemental: 'Closed-up spelling of non-judgemental.',
  nonjudgmental: 'Closed-up American spelling of non-judgemental.',
  'non-judging': 'Not judging the person in front of you; no other sense.',
  judgemental: 'Quick to judge people; unlike "judgement" it has no court or common-sense use.',
  judgmental: 'American spelling of judgemental, with the same single sense.',
  judgementally: 'Adverb of judgemental, with the same single sense.',
  judgmentally: 'American adverb of judgemental.',
  psychoeducation: 'Exists only as teaching people about their own mental health.',
  'psycho-education': 'Hyphenated spelling of psychoeducation.',
  psychoeducational: 'Adjective of psychoeducation (also school assessments: still care).',
  'psycho-educational': 'Hyphenated spelling of psychoeducational.',
  'boundary-setting': 'Setting personal limits; for borders one speaks of drawing boundaries.',
  'recovery-oriented': 'Used for mental-health and addiction care that supports personal recovery.',
  sfbt: 'Abbreviation of solution-focused brief therapy; no other common use.',
  bereavement: 'The loss of someone close by death, and the grief after it; no other sense.',
  bereaved: 'Having lost someone close by death; no other sense.',
  'harm-reduction': 'Hyphenated name of the public-health approach; no other sense.',
};
