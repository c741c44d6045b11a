import { PRINCIPLE_IDS, SELF_CHECK_IDS, TIP_IDS } from './ids';
import type { PrincipleId, SelfCheckId, TipId } from './ids';
import type { SelfCheckRule } from './types';

export type Answer = 'yes' | 'no' | 'unsure';
export type Answers = Partial<Record<SelfCheckId, Answer>>;

export interface Readout {
  /** Questions whose answer leans towards rescuing, in the order asked. */
  concerns: SelfCheckId[];
  /** Questions answered "not sure", in the order asked. */
  unsure: SelfCheckId[];
  /**
   * Questions whose concern answer is not a concern by itself (a rule with `onlyWith`) and
   * stands alone: worth a kind word (`ifAlone`), not a second look. "They didn't ask" is one:
   * someone may be too overwhelmed to ask, and an offer can be the helping hand.
   */
  alone: SelfCheckId[];
  skipped: number;
  /** Tips that fit the concerns and doubts, in Plett's order, each once. */
  tips: TipId[];
  principles: PrincipleId[];
  /** True when something was answered and nothing leans towards rescuing or is unsure. */
  allClear: boolean;
}

/**
 * Turns the helper's answers into a read-out: which answers are worth a second look and
 * which tips fit them. There is no score and no verdict: only pointers.
 */
export function readSelfCheck(
  answers: Answers,
  rules: Record<SelfCheckId, SelfCheckRule>,
): Readout {
  const concerns: SelfCheckId[] = [];
  const unsure: SelfCheckId[] = [];
  const alone: SelfCheckId[] = [];
  const tips = new Set<TipId>();
  const principles = new Set<PrincipleId>();
  let skipped = 0;
  for (const id of SELF_CHECK_IDS) {
    const answer = answers[id];
    const rule = rules[id];
    if (answer === undefined) {
      skipped++;
      continue;
    }
    const leansToRescue =
      answer === rule.concern &&
      (rule.onlyWith === undefined ||
        rule.onlyWith.some((other) => answers[other] === rules[other].concern));
    if (answer === rule.concern && !leansToRescue) alone.push(id);
    else if (leansToRescue) concerns.push(id);
    else if (answer === 'unsure') unsure.push(id);
    else continue;
    rule.tips.forEach((tip) => tips.add(tip));
    rule.principles.forEach((principle) => principles.add(principle));
  }
  return {
    concerns,
    unsure,
    alone,
    skipped,
    tips: TIP_IDS.filter((id) => tips.has(id)),
    principles: PRINCIPLE_IDS.filter((id) => principles.has(id)),
    allClear: skipped < SELF_CHECK_IDS.length && concerns.length === 0 && unsure.length === 0,
  };
}
