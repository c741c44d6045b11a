import { describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { glossaryTermsByLang } from '../../utils/texts/glossary-terms';
import { unambiguousWords as en } from '../../utils/texts/en/unambiguous-words';
import { LANGS } from '../../utils/texts/ids';
import { unambiguousWords as nl } from '../../utils/texts/nl/unambiguous-words';

/**
 * Keeps the glossary's sense data honest (see "What gets highlighted" in the README):
 * a single word is highlighted wherever it stands only when someone wrote down why it has
 * no common everyday sense; every other single word waits for a page about care.
 */
const justified = { en, nl };
const isSingleWord = (variant: string) => !/\s/.test(variant.trim());
const key = (variant: string) => variant.toLowerCase();

describe.each(LANGS)('glossary senses (%s)', (lang) => {
  const glossary = glossaryTermsByLang[lang];
  const reasons = justified[lang];

  it('every single-word variant is marked everyday or justified as unambiguous', () => {
    const unjustified: string[] = [];
    for (const [id, entry] of Object.entries(glossary)) {
      for (const variant of entry.variants.filter(isSingleWord)) {
        if (!(reasons[key(variant)] ?? '').trim()) unjustified.push(`${id}: ${variant}`);
      }
    }
    expect(unjustified).toEqual([]);
  });

  it('every justification belongs to a single-word variant that is not marked everyday', () => {
    const single = new Set(
      Object.values(glossary).flatMap((entry) => entry.variants.filter(isSingleWord).map(key)),
    );
    const everyday = new Set(
      Object.values(glossary).flatMap((entry) => (entry.everyday ?? []).map(key)),
    );
    for (const word of Object.keys(reasons)) {
      expect(single.has(word), `${word}: no such single-word variant`).toBe(true);
      expect(everyday.has(word), `${word}: justified but also marked everyday`).toBe(false);
    }
  });

  it('a form is either unambiguous or everyday, never both', () => {
    for (const [id, entry] of Object.entries(glossary)) {
      const plain = new Set(entry.variants.map(key));
      for (const variant of entry.everyday ?? []) {
        expect(plain.has(key(variant)), `${id}: ${variant}`).toBe(false);
      }
    }
  });

  it('the headword is one of the forms', () => {
    for (const [id, entry] of Object.entries(content[lang].glossary)) {
      const forms = [...entry.variants, ...(entry.everyday ?? [])].map(key);
      expect(forms, id).toContain(key(entry.term));
    }
  });
});

describe('words with a common everyday sense wait for context', () => {
  const everydayOf = (lang: 'en' | 'nl') =>
    new Set(Object.values(glossaryTermsByLang[lang]).flatMap((e) => (e.everyday ?? []).map(key)));
  const plainOf = (lang: 'en' | 'nl') =>
    new Set(Object.values(glossaryTermsByLang[lang]).flatMap((e) => e.variants.map(key)));

  // The senses met on real pages that nobody here wrote (news, software, court cases).
  it.each([
    [
      'en',
      [
        'rescue',
        'rescued',
        'rescuer',
        'trigger',
        'triggered',
        'triggers',
        'container',
        'presence',
        'boundaries',
        'overwhelmed',
        'supervision',
        'containment',
        'self-regulation',
      ],
    ],
    [
      'nl',
      [
        'redden',
        'gered',
        'redders',
        'veiligheid',
        'grenzen',
        'oordeel',
        'aanklager',
        'container',
        'afstemmen',
        'trigger',
        'autonomie',
      ],
    ],
  ] as const)('%s', (lang, words) => {
    const everyday = everydayOf(lang);
    const plain = plainOf(lang);
    for (const word of words) {
      expect(plain.has(word), `${word} is found everywhere`).toBe(false);
      if (!everyday.has(word)) expect.soft(word, 'dropped rather than marked').toBeTruthy();
    }
  });

  it('forms whose main sense is another are not in the glossary at all', () => {
    const dutch = [...everydayOf('nl'), ...plainOf('nl')];
    expect(dutch).not.toContain('beschamen');
    expect(dutch).not.toContain('red'); // "ik red het wel": coping alone, the opposite sense
    // An English "redder sky" is not the Dutch rescuer: Dutch forms are matched only in Dutch text.
  });
});
