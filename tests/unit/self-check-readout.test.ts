import { describe, expect, it } from 'vitest';
import { SELF_CHECK_IDS } from '../../utils/texts/ids';
import type { SelfCheckId } from '../../utils/texts/ids';
import { readSelfCheck } from '../../utils/texts/self-check-readout';
import type { Answers } from '../../utils/texts/self-check-readout';
import { selfCheckRules } from '../../utils/texts/self-check-rules';

const opposite = (answer: 'yes' | 'no') => (answer === 'yes' ? 'no' : 'yes');
const allAnswers = (pick: (id: SelfCheckId) => 'yes' | 'no' | 'unsure'): Answers =>
  Object.fromEntries(SELF_CHECK_IDS.map((id) => [id, pick(id)]));

describe('readSelfCheck', () => {
  it('is all clear when no answer leans towards rescuing', () => {
    const readout = readSelfCheck(
      allAnswers((id) => opposite(selfCheckRules[id].concern)),
      selfCheckRules,
    );
    expect(readout).toMatchObject({
      allClear: true,
      concerns: [],
      unsure: [],
      tips: [],
      skipped: 0,
    });
  });

  it('points to the tips of each answer that leans towards rescuing, in Plett order, once', () => {
    const answers = allAnswers((id) => selfCheckRules[id].concern);
    const readout = readSelfCheck(answers, selfCheckRules);
    expect(readout.allClear).toBe(false);
    expect(readout.concerns).toEqual([...SELF_CHECK_IDS]);
    expect(new Set(readout.tips).size).toBe(readout.tips.length);
    expect(readout.tips.length).toBe(8);
  });

  it('treats "not sure" as worth a look, without calling it rescuing', () => {
    const readout = readSelfCheck({ 'whose-need': 'unsure' }, selfCheckRules);
    expect(readout.concerns).toEqual([]);
    expect(readout.unsure).toEqual(['whose-need']);
    expect(readout.tips).toEqual(selfCheckRules['whose-need'].tips);
    expect(readout.skipped).toBe(SELF_CHECK_IDS.length - 1);
    expect(readout.allClear).toBe(false);
  });

  it('"they didn\'t ask" alone is not a concern: a kind word and the tip on offering help', () => {
    const readout = readSelfCheck(
      { ...allAnswers((id) => opposite(selfCheckRules[id].concern)), 'did-they-ask': 'no' },
      selfCheckRules,
    );
    expect(readout.concerns).toEqual([]);
    expect(readout.alone).toEqual(['did-they-ask']);
    expect(readout.allClear).toBe(true);
    expect(readout.tips).toContain('humble-guidance');
  });

  it('"they didn\'t ask" leans towards rescuing together with help that may not fit', () => {
    for (const other of selfCheckRules['did-they-ask'].onlyWith ?? []) {
      const readout = readSelfCheck(
        { 'did-they-ask': 'no', [other]: selfCheckRules[other].concern },
        selfCheckRules,
      );
      expect(readout.concerns, other).toEqual(['did-they-ask', other]);
      expect(readout.alone, other).toEqual([]);
    }
    // Not sure about the other question is not enough to make it a concern.
    const unsure = readSelfCheck({ 'did-they-ask': 'no', 'too-much': 'unsure' }, selfCheckRules);
    expect(unsure.concerns).toEqual([]);
    expect(unsure.alone).toEqual(['did-they-ask']);
  });

  it('is not all clear when nothing was answered', () => {
    const readout = readSelfCheck({}, selfCheckRules);
    expect(readout.allClear).toBe(false);
    expect(readout.skipped).toBe(SELF_CHECK_IDS.length);
  });
});
