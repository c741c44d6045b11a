import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { About } from '../../components/About';
import { SelfCheck } from '../../components/SelfCheck';
import { TipCard } from '../../components/TipCard';
import { tipAsText } from '../../components/tip-as-text';
import { compileTerms } from '../../utils/highlight/term-matcher';
import { glossaryTermSources } from '../../utils/highlight/term-sources';
import { glossaryLinks } from '../../utils/texts/glossary-links';
import { glossaryTermsByLang } from '../../utils/texts/glossary-terms';
import { content } from '../../utils/texts';
import { CRISIS_LINE_IDS, CRISIS_LINES, CRISIS_REGIONS } from '../../utils/texts/crisis-lines';
import { LANGS, SELF_CHECK_IDS, TIP_IDS } from '../../utils/texts/ids';
import type { Lang, SelfCheckId } from '../../utils/texts/ids';
import type { Answer, Answers } from '../../utils/texts/self-check-readout';
import { selfCheckRules } from '../../utils/texts/self-check-rules';

afterEach(cleanup);

/**
 * The numbers as checked against the organisations' own pages or news reports (README,
 * Sources and credits); a change here is deliberate. The last three are for talking, not for
 * danger.
 */
const CHECKED_NUMBERS = [
  '112',
  '113',
  '0800-0113',
  '0800-2000',
  '0800-0432',
  '112',
  '101',
  '1813',
  '1712',
  '102',
  '0900-0767',
  '088-0767000',
  '106',
];
const TALK_NUMBERS = ['0900-0767', '088-0767000', '106'];
const DANGER_NUMBERS = CHECKED_NUMBERS.filter((number) => !TALK_NUMBERS.includes(number));

describe('safety content, in every language', () => {
  it('the crisis lines are the checked numbers, for the Netherlands and Flanders', () => {
    expect(CRISIS_LINE_IDS.flatMap((id) => CRISIS_LINES[id].numbers)).toEqual(CHECKED_NUMBERS);
    expect(new Set(CRISIS_LINE_IDS.map((id) => CRISIS_LINES[id].region))).toEqual(
      new Set(CRISIS_REGIONS),
    );
    // Both countries have lines for danger (the children's lines among them) and for talking.
    for (const kind of ['danger', 'talk'] as const) {
      const lines = CRISIS_LINE_IDS.filter((id) => CRISIS_LINES[id].kind === kind);
      expect(new Set(lines.map((id) => CRISIS_LINES[id].region)), kind).toEqual(
        new Set(CRISIS_REGIONS),
      );
    }
    expect(
      CRISIS_LINE_IDS.filter((id) => CRISIS_LINES[id].kind === 'talk').flatMap(
        (id) => CRISIS_LINES[id].numbers,
      ),
    ).toEqual(TALK_NUMBERS);
    expect(CRISIS_LINES['nl-children'].kind).toBe('danger');
    expect(CRISIS_LINES['flanders-children'].kind).toBe('danger');
  });

  it.each(LANGS)('%s names every line and region, and says danger is not rescuing', (lang) => {
    const { safety } = content[lang];
    expect(Object.keys(safety.lines).sort()).toEqual([...CRISIS_LINE_IDS].sort());
    expect(Object.keys(safety.regions).sort()).toEqual([...CRISIS_REGIONS].sort());
    expect(Object.keys(safety.regionNotes).sort()).toEqual([...CRISIS_REGIONS].sort());
    expect(safety.danger).toMatch(lang === 'en' ? /not rescuing/ : /geen redden/);
    expect(safety.elsewhere).toContain('112');
    expect(safety.beforeCheck).toMatch(lang === 'en' ? /not rescuing/ : /geen redden/);
  });

  it('tips 1, 3, 6 and 8, which could be read as "never step in", say that danger is the exception, in both languages', () => {
    for (const lang of LANGS) {
      const withNote = TIP_IDS.filter((id) => content[lang].tips[id].whenInDanger);
      expect(withNote, lang).toEqual([
        'trust-their-wisdom',
        'leave-their-power',
        'humble-guidance',
        'their-own-choices',
      ]);
    }
  });

  it('a question whose answer is not a concern by itself has its kind sentence in every language', () => {
    for (const id of SELF_CHECK_IDS) {
      const rule = selfCheckRules[id];
      if (!rule.onlyWith) continue;
      expect(rule.onlyWith, id).not.toContain(id);
      for (const other of rule.onlyWith) expect(SELF_CHECK_IDS).toContain(other);
      for (const lang of LANGS)
        expect(content[lang].selfCheck[id].ifAlone, `${lang} ${id}`).toBeTruthy();
    }
    expect(selfCheckRules['did-they-ask'].onlyWith).toBeDefined();
  });
});

function SelfCheckHarness({ lang, initial }: { lang: Lang; initial: Answers }) {
  const [answers, setAnswers] = useState<Answers>(initial);
  const [shown, setShown] = useState(false);
  return (
    <SelfCheck
      content={content[lang]}
      answers={answers}
      onAnswer={(id: SelfCheckId, answer: Answer) => setAnswers({ ...answers, [id]: answer })}
      showReadout={shown}
      onShowReadout={() => setShown(true)}
      onReset={() => setAnswers({})}
      onOpenTip={() => undefined}
    />
  );
}

/** Every answer on the helping-hand side, but the ones given. */
const helpingHand = (overrides: Answers): Answers => ({
  ...Object.fromEntries(
    SELF_CHECK_IDS.map((id) => [id, selfCheckRules[id].concern === 'yes' ? 'no' : 'yes']),
  ),
  ...overrides,
});

describe('the self-check, as a helper sees it', () => {
  it.each(LANGS)('%s: says before the questions that danger comes first', (lang) => {
    render(<SelfCheckHarness lang={lang} initial={{}} />);
    const note = screen.getByText(content[lang].safety.beforeCheck);
    const firstQuestion = screen.getByRole('group', {
      name: content[lang].selfCheck['did-they-ask'].question,
    });
    expect(note.compareDocumentPosition(firstQuestion) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it.each(LANGS)(
    '%s: "they didn\'t ask" alone is not a concern: the read-out is kind and points to offering help',
    (lang) => {
      const c = content[lang];
      render(<SelfCheckHarness lang={lang} initial={helpingHand({ 'did-they-ask': 'no' })} />);
      fireEvent.click(screen.getByRole('button', { name: c.ui.showReadout }));
      const readout = screen.getByRole('region', { name: c.ui.readoutTitle });
      expect(within(readout).getByText(c.ui.readoutAllClear)).toBeTruthy();
      expect(within(readout).getByText(c.selfCheck['did-they-ask'].ifAlone!)).toBeTruthy();
      expect(within(readout).queryByText(c.selfCheck['did-they-ask'].ifConcern)).toBeNull();
      expect(
        within(readout).getByRole('button', { name: c.tips['humble-guidance'].title }),
      ).toBeTruthy();
    },
  );

  it('"they didn\'t ask" together with not knowing what they need is worth a second look', () => {
    const c = content.en;
    render(
      <SelfCheckHarness
        lang="en"
        initial={helpingHand({ 'did-they-ask': 'no', 'what-they-need': 'no' })}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: c.ui.showReadout }));
    const readout = screen.getByRole('region', { name: c.ui.readoutTitle });
    expect(within(readout).getByText(c.ui.readoutIntro)).toBeTruthy();
    expect(within(readout).getByText(c.selfCheck['did-they-ask'].ifConcern)).toBeTruthy();
    expect(within(readout).queryByText(c.selfCheck['did-they-ask'].ifAlone!)).toBeNull();
  });

  it.each(LANGS)(
    '%s: the read-out says danger is not rescuing and lists the crisis lines',
    (lang) => {
      const c = content[lang];
      render(<SelfCheckHarness lang={lang} initial={helpingHand({})} />);
      fireEvent.click(screen.getByRole('button', { name: c.ui.showReadout }));
      const readout = screen.getByRole('region', { name: c.ui.readoutTitle });
      expect(within(readout).getByText(c.safety.danger)).toBeTruthy();
      expect(within(readout).getByText(c.safety.askAboutSuicide)).toBeTruthy();
      const text = readout.textContent ?? '';
      for (const number of CHECKED_NUMBERS) expect(text).toContain(number);
      for (const id of CRISIS_LINE_IDS) expect(text).toContain(c.safety.lines[id]);
      for (const region of CRISIS_REGIONS) expect(text).toContain(c.safety.regionNotes[region]);
      expect(text).toContain(c.safety.elsewhere);
      // Plain text: nothing to click out of the extension.
      expect(within(readout).queryAllByRole('link')).toEqual([]);
    },
  );
});

describe('About and the tips', () => {
  it.each(LANGS)('%s: About says danger is not rescuing, with every crisis line', (lang) => {
    const c = content[lang];
    render(<About about={c.about} ui={c.ui} safety={c.safety} />);
    const section = screen.getByRole('region', { name: c.safety.title });
    expect(within(section).getByText(c.safety.danger)).toBeTruthy();
    const text = section.textContent ?? '';
    for (const number of DANGER_NUMBERS) expect(text).toContain(number);
    for (const id of CRISIS_LINE_IDS.filter((id) => CRISIS_LINES[id].kind === 'talk'))
      expect(text).not.toContain(c.safety.lines[id]);
    expect(within(section).queryAllByRole('link')).toEqual([]);
  });

  it.each(LANGS)('%s: About has the lines for talking under a heading of their own', (lang) => {
    const c = content[lang];
    render(<About about={c.about} ui={c.ui} safety={c.safety} />);
    const section = screen.getByRole('region', { name: c.safety.talkTitle });
    const text = section.textContent ?? '';
    for (const number of TALK_NUMBERS) expect(text).toContain(number);
    expect(text).not.toContain(c.safety.danger);
    expect(within(section).queryAllByRole('link')).toEqual([]);
  });

  it.each(LANGS)('%s: tip 6, opened, says that danger is no time to wait to be asked', (lang) => {
    const c = content[lang];
    const tip = c.tips['humble-guidance'];
    render(
      <TipCard
        id="humble-guidance"
        number={6}
        tip={tip}
        ui={c.ui}
        expanded={true}
        onToggle={() => undefined}
        kept={false}
        onKeep={() => undefined}
      />,
    );
    expect(screen.getByText(tip.whenInDanger!)).toBeTruthy();
    expect(tipAsText(tip, c.ui)).toContain(tip.whenInDanger);
  });
});

describe("SAMHSA's six principles, all in the glossary", () => {
  const idsOf = (lang: Lang, text: string) =>
    compileTerms(glossaryTermSources([glossaryTermsByLang[lang]], []))
      .find(text)
      .map((match) => match.id);

  it('the sixth is found as it is written, with or without the last comma, and only as a whole', () => {
    expect(idsOf('en', 'Principle six: Cultural, Historical, and Gender Issues.')).toEqual([
      'cultural-historical-gender',
    ]);
    expect(idsOf('en', 'cultural, historical and gender issues matter')).toEqual([
      'cultural-historical-gender',
    ]);
    expect(idsOf('en', 'The cultural and historical issues of the election.')).toEqual([]);
    expect(idsOf('nl', 'Het zesde: culturele, historische en genderaspecten.')).toEqual([
      'cultural-historical-gender',
    ]);
  });

  it('every principle entry names SAMHSA as its source, empowerment included', () => {
    for (const id of [
      'safety',
      'trustworthiness-transparency',
      'peer-support',
      'collaboration-mutuality',
      'empowerment',
      'voice-and-choice',
      'cultural-historical-gender',
    ] as const) {
      expect(glossaryLinks[id].source, id).toMatch(/SAMHSA/);
    }
  });

  it('"Wzd" finds the Dutch involuntary-care entry', () => {
    expect(idsOf('nl', 'Volgens de Wzd mag dat alleen als laatste middel.')).toEqual([
      'involuntary-care',
    ]);
  });
});
