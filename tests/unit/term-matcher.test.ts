import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTerms, termKey } from '../../utils/highlight/term-matcher';
import type { TermMatch, TermSource } from '../../utils/highlight/term-matcher';

const isWordChar = (char: string | undefined) =>
  char !== undefined && /[\p{L}\p{N}\p{M}_-]/u.test(char);

/**
 * The reference: the rules written out as slowly and plainly as possible. At each place
 * where a word may start, try every variant, longest first, with its own small pattern.
 */
function referenceFind(sources: TermSource[], text: string): TermMatch[] {
  const variants: { key: string; id: string; pattern: RegExp }[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    for (const variant of source.variants) {
      const key = termKey(variant);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const body = [...key]
        .map((c) =>
          c === ' ' ? '\\s+' : c === "'" ? "['’]" : c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'),
        )
        .join('');
      variants.push({ key, id: source.id, pattern: new RegExp(`^(?:${body})`, 'iu') });
    }
  }
  const found: TermMatch[] = [];
  let i = 0;
  while (i < text.length) {
    if (isWordChar(text[i - 1])) {
      i++;
      continue;
    }
    let best: TermMatch | undefined;
    for (const v of variants) {
      const m = v.pattern.exec(text.slice(i));
      if (!m) continue;
      const end = i + m[0].length;
      if (isWordChar(text[end])) continue;
      if (!best || end > best.end) best = { start: i, end, id: v.id, everyday: false };
    }
    if (best) {
      found.push(best);
      i = best.end;
    } else i++;
  }
  return found;
}

const sources: TermSource[] = [
  { id: 'holding-space', variants: ['holding space', 'hold space'] },
  { id: 'rescuing', variants: ['redden', 'redt', 'gered', 'rescue', 'rescuing'] },
  { id: 'rescuer', variants: ['redder', 'redders', 'reddersrol', 'rescuer'] },
  { id: 'trigger', variants: ['trigger', 'triggers', 'getriggerd'] },
  { id: 'trauma-informed', variants: ['trauma-informed', 'trauma-informed werken'] },
  { id: 'winners', variants: ["winner's triangle"] },
  { id: 'intuition', variants: ['intuïtie'] },
  { id: 'compulsory', variants: ['gedwongen kader', 'dwang en drang'] },
];
const matcher = compileTerms(sources);
const texts = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

describe('term matcher', () => {
  it('ignores case and maps every variant to its entry', () => {
    expect(matcher.find('Hij REDT haar; zij werd gered.').map((m) => m.id)).toEqual([
      'rescuing',
      'rescuing',
    ]);
    expect(texts('De Reddersrol en een redder.')).toEqual(['Reddersrol', 'redder']);
  });

  it('matches whole words only, with Unicode-aware edges', () => {
    expect(texts('triggerhappy, trigger-happy, retrigger, trigger.')).toEqual(['trigger']);
    expect(texts('intuïtie en intuïties')).toEqual(['intuïtie']);
    expect(texts('éredden reddenë redden')).toEqual(['redden']);
    expect(texts('trauma-informed care; trauma informed')).toEqual(['trauma-informed']);
  });

  it('matches multi-word terms across white space and line breaks', () => {
    expect(texts('Holding\n   space is')).toEqual(['Holding\n   space']);
    expect(texts('in een gedwongen\tkader')).toEqual(['gedwongen\tkader']);
  });

  it('lets the longest term win and never overlaps', () => {
    expect(texts('trauma-informed werken is')).toEqual(['trauma-informed werken']);
    expect(texts('redders')).toEqual(['redders']);
  });

  it("treats ' and ’ alike", () => {
    expect(texts("the Winner’s Triangle and winner's triangle")).toEqual([
      'Winner’s Triangle',
      "winner's triangle",
    ]);
  });

  it('keeps offsets right where lower-casing would change the length of the text', () => {
    const text = 'İSTANBUL: zij REDT haar';
    expect('İ'.toLowerCase().length).toBe(2);
    expect(texts(text)).toEqual(['REDT']);
    expect(matcher.find(text)[0]).toMatchObject({ start: 14, end: 18 });
  });

  it('says which matches were found by an everyday form', () => {
    const withEveryday = compileTerms([
      { id: 'rescuing', variants: ['rescuing behaviour'], everyday: ['rescue', 'rescuing'] },
      { id: 'own:1', variants: ['rescue dog'] },
    ]);
    expect(
      withEveryday
        .find('Rescuing behaviour; a rescue; rescuing; a rescue dog.')
        .map((m) => [m.id, m.everyday]),
    ).toEqual([
      ['rescuing', false],
      ['rescuing', true],
      ['rescuing', true],
      ['own:1', false],
    ]);
  });

  it('gives a form listed twice to its first source, everyday or not', () => {
    const first = compileTerms([
      { id: 'own:1', variants: ['container'] },
      { id: 'container', variants: [], everyday: ['container'] },
    ]);
    expect(first.find('a container')).toEqual([
      { start: 2, end: 11, id: 'own:1', everyday: false },
    ]);
  });

  it('finds nothing with no terms', () => {
    expect(compileTerms([]).find('anything')).toEqual([]);
  });

  it('copes with a thousand extra terms', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({
      id: `user-${i}`,
      variants: [`eigen term ${i}`],
    }));
    const big = compileTerms([...sources, ...many]);
    expect(big.size).toBe(1000 + sources.flatMap((s) => s.variants).length);
    const text = 'een eigen term 417 en een trigger';
    expect(big.find(text).map((m) => m.id)).toEqual(['user-417', 'trigger']);
  });

  it('agrees with the reference implementation on any text', () => {
    const alphabet = fc.constantFrom(
      ...'aeirdtngsvkolpwh'.split(''),
      'A',
      'R',
      'é',
      'ï',
      ' ',
      ' ',
      '\n',
      '-',
      "'",
      '’',
      '.',
      ',',
    );
    const word = fc.array(alphabet, { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));
    const variantsArb = fc.uniqueArray(
      word
        .map((w) => w.replace(/\s+/g, ' ').trim())
        .filter((w) => /^[\p{L}].*[\p{L}]$/u.test(w) || /^\p{L}$/u.test(w)),
      { minLength: 1, maxLength: 8, selector: termKey },
    );
    const known = sources.flatMap((s) => s.variants);
    const textArb = fc
      .array(fc.oneof(word, fc.constantFrom(...known, ' ', '\n', 'Redden', 'TRIGGER')), {
        maxLength: 20,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(variantsArb, textArb, (variants, text) => {
        const srcs: TermSource[] = [
          ...sources,
          ...variants.map((v, i) => ({ id: `x${i}`, variants: [v] })),
        ];
        expect(compileTerms(srcs).find(text)).toEqual(referenceFind(srcs, text));
      }),
      { numRuns: 400 },
    );
  }, 30_000);
});
