import { describe, expect, it } from 'vitest';
import { buildCardTexts } from '../../utils/texts/build-card-texts';
import { fillTemplate } from '../../utils/texts/card-texts';
import { glossaryLinks, GLOSSARY_IDS } from '../../utils/texts/glossary-links';
import { TIP_IDS } from '../../utils/texts/ids';
import { content } from '../../utils/texts';

const LANGS = ['en', 'nl'] as const;

describe('buildCardTexts', () => {
  it.each(LANGS)(
    'has a card for every glossary entry with its term and explanation (%s)',
    (lang) => {
      const texts = buildCardTexts(lang);
      expect(texts.lang).toBe(lang);
      expect(Object.keys(texts.entries).sort()).toEqual([...GLOSSARY_IDS].sort());
      for (const id of GLOSSARY_IDS) {
        const entry = texts.entries[id]!;
        expect(entry.term.trim(), `${lang} ${id}`).not.toBe('');
        expect(entry.explanation.trim(), `${lang} ${id}`).not.toBe('');
        expect(entry.term).toBe(content[lang].glossary[id].term);
        expect(entry.explanation).toBe(content[lang].glossary[id].explanation);
      }
    },
  );

  it('uses the language asked for', () => {
    expect(buildCardTexts('en').entries.rescuing!.term).toBe('rescuing');
    expect(buildCardTexts('nl').entries.rescuing!.term).toBe('redden');
  });

  it.each(LANGS)('labels related tips "Tip <number>: <title>" (%s)', (lang) => {
    const texts = buildCardTexts(lang);
    for (const id of GLOSSARY_IDS) {
      const entry = texts.entries[id]!;
      expect(entry.tips.map((tip) => tip.id)).toEqual(glossaryLinks[id].tips);
      for (const tip of entry.tips) {
        const number = TIP_IDS.indexOf(tip.id) + 1;
        expect(number).toBeGreaterThan(0);
        expect(tip.label).toBe(`Tip ${number}: ${content[lang].tips[tip.id].title}`);
      }
    }
  });

  it('numbers tips by their place in the list of eight', () => {
    const [first] = buildCardTexts('en').entries.rescuing!.tips;
    expect(first?.id).toBe('leave-their-power');
    expect(first?.label).toBe(`Tip 3: ${content.en.tips['leave-their-power'].title}`);
  });

  it.each(LANGS)('names the source of entries that have one, and only those (%s)', (lang) => {
    const texts = buildCardTexts(lang);
    const sourceLabel = content[lang].ui.glossarySource;
    for (const id of GLOSSARY_IDS) {
      const source = glossaryLinks[id].source;
      if (source) expect(texts.entries[id]!.source).toBe(`${sourceLabel}: ${source}`);
      else expect(texts.entries[id]!).not.toHaveProperty('source');
    }
  });

  it('shows the source in the card language', () => {
    expect(buildCardTexts('en').entries['drama-triangle']!.source).toBe(
      'Source: Stephen Karpman, 1968',
    );
    expect(buildCardTexts('nl').entries['drama-triangle']!.source).toBe(
      'Bron: Stephen Karpman, 1968',
    );
  });

  it.each(LANGS)('has the hover card and announcement texts (%s)', (lang) => {
    const texts = buildCardTexts(lang);
    for (const text of [
      texts.relatedTip,
      texts.hideTerm,
      texts.announceNone,
      texts.announceSiteOff,
      texts.announceSiteOn,
      texts.announceTermTemplate,
    ]) {
      expect(text.trim()).not.toBe('');
    }
    expect(texts.announceTermTemplate).toContain('{term}');
  });
});

describe('fillTemplate', () => {
  it('fills term, position, total and explanation', () => {
    expect(
      fillTemplate('{term}, {position} of {total}. {explanation}', {
        term: 'rescuing',
        position: 2,
        total: 5,
        explanation: 'Doing for someone what they can do.',
      }),
    ).toBe('rescuing, 2 of 5. Doing for someone what they can do.');
  });

  it('fills the announcement template of each language', () => {
    const values = { term: 'redden', position: 1, total: 3, explanation: 'Uitleg.' };
    expect(fillTemplate(buildCardTexts('nl').announceTermTemplate, values)).toBe(
      'redden, 1 van 3. Uitleg.',
    );
    expect(fillTemplate(buildCardTexts('en').announceTermTemplate, values)).toBe(
      'redden, 1 of 3. Uitleg.',
    );
  });

  it('leaves unknown placeholders as they are', () => {
    expect(fillTemplate('{term} {unknown} {total}', { term: 'trigger' })).toBe(
      'trigger {unknown} {total}',
    );
  });

  it('fills a placeholder that appears twice, and a value of 0', () => {
    expect(fillTemplate('{n}/{n}', { n: 0 })).toBe('0/0');
  });
});
