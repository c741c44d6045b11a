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
  skipped: number;
  /** Tips that fit the concerns and doubts, in Plett's order, each once. */
  tips: TipId[];
  principles: PrincipleId[];
  /** True when something was answered and nothing leans towards rescuing. */
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
    const leansToRescue = answer === rule.concern;
    if (!leansToRescue && answer !== 'unsure') continue;
    (leansToRescue ? concerns : unsure).push(id);
    rule.tips.forEach((tip) => tips.add(tip));
    rule.principles.forEach((principle) => principles.add(principle));
  }
  return {
    concerns,
    unsure,
    skipped,
    tips: TIP_IDS.filter((id) => tips.has(id)),
    principles: PRINCIPLE_IDS.filter((id) => principles.has(id)),
    allClear: skipped < SELF_CHECK_IDS.length && concerns.length === 0 && unsure.length === 0,
  };
}
