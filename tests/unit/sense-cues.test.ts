import { describe, expect, it } from 'vitest';
import { careWords as enCareWords } from '../../utils/texts/en/care-words';
import { glossaryTermsByLang } from '../../utils/texts/glossary-terms';
import type { GlossaryTerm, SenseCue } from '../../utils/texts/types';
import { LANGS } from '../../utils/texts/ids';
import { careWords as nlCareWords } from '../../utils/texts/nl/care-words';
import { compileTerms, termKey } from '../../utils/highlight/term-matcher';

/**
 * Keeps the sense data honest (utils/texts/<lang>/sense-cues.ts, care-words.ts; see
 * utils/highlight/senses.ts): every everyday form is covered by its entry's cues, or by a
 * written reason why the text around it decides alone; every cue has its reason and is a
 * valid pattern; care words and page cues never take a term's place.
 */
const careWords = { en: enCareWords, nl: nlCareWords };
const cuesOf = (entry: GlossaryTerm): SenseCue[] => [
  ...(entry.senses?.careNear ?? []),
  ...(entry.senses?.otherNear ?? []),
  ...(entry.senses?.careOnPage ?? []),
  ...(entry.senses?.otherOnPage ?? []),
];

describe.each(LANGS)('sense cues (%s)', (lang) => {
  const glossary = glossaryTermsByLang[lang];

  it('every entry with everyday forms has cues, or says why the text around it is enough', () => {
    const uncovered = Object.entries(glossary)
      .filter(([, entry]) => (entry.everyday ?? []).length > 0)
      .filter(
        ([, entry]) =>
          cuesOf(entry).length === 0 &&
          !entry.senses?.careWith &&
          !(entry.senses?.contextOnly ?? '').trim(),
      )
      .map(([id]) => id);
    expect(uncovered).toEqual([]);
  });

  it('every cue and every care-word group carries its reason and at least one cue', () => {
    const groups = [
      ...Object.values(glossary).flatMap(cuesOf),
      ...careWords[lang],
      ...Object.values(glossary).flatMap((e) => (e.senses?.careWith ? [e.senses.careWith] : [])),
    ];
    for (const group of groups) {
      expect(group.reason.trim().length, JSON.stringify(group)).toBeGreaterThan(5);
      expect('cues' in group ? group.cues.length : group.ids.length).toBeGreaterThan(0);
    }
  });

  it('every near cue is a valid pattern that matches no empty text', () => {
    for (const [id, entry] of Object.entries(glossary)) {
      for (const cue of [...(entry.senses?.careNear ?? []), ...(entry.senses?.otherNear ?? [])]) {
        for (const source of cue.cues) {
          const pattern = new RegExp(`^(?:${source})$`, 'iu');
          expect(pattern.test(''), `${id}: ${source}`).toBe(false);
        }
      }
    }
  });

  it('a page cue or a care word is never a form of a glossary entry (a term always wins)', () => {
    const forms = new Set(
      Object.values(glossary).flatMap((e) => [...e.variants, ...(e.everyday ?? [])].map(termKey)),
    );
    const signals = [
      ...careWords[lang].flatMap((group) => group.cues),
      ...Object.values(glossary).flatMap((e) =>
        [...(e.senses?.careOnPage ?? []), ...(e.senses?.otherOnPage ?? [])].flatMap((c) => c.cues),
      ),
    ];
    expect(signals.filter((word) => forms.has(termKey(word)))).toEqual([]);
    // …and every one of them can be matched as a whole word.
    const matcher = compileTerms([{ id: 'signal', variants: signals }]);
    expect(matcher.size).toBe(new Set(signals.map(termKey)).size);
  });

  it('careWith names entries whose forms are unambiguous somewhere (a page can name them)', () => {
    for (const [id, entry] of Object.entries(glossary)) {
      for (const other of entry.senses?.careWith?.ids ?? []) {
        expect(glossary[other], `${id} → ${other}`).toBeDefined();
        expect(glossary[other].variants.length, `${id} → ${other}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('near cues are written in lower case (sentences are lower-cased before they are read)', () => {
  it.each(LANGS)('%s', (lang) => {
    for (const [id, entry] of Object.entries(glossaryTermsByLang[lang])) {
      for (const cue of [...(entry.senses?.careNear ?? []), ...(entry.senses?.otherNear ?? [])]) {
        for (const source of cue.cues) {
          // Upper-case letters outside escapes (\\w, \\d) would never match.
          expect(source.replace(/\\[a-zA-Z]/g, ''), `${id}: ${source}`).toBe(
            source.replace(/\\[a-zA-Z]/g, '').toLowerCase(),
          );
        }
      }
    }
  });
});
