import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import { GLOSSARY_IDS, glossaryLinks } from '../../utils/texts/glossary-links';
import {
  LANGS,
  LIMITED_CHOICE_IDS,
  PRINCIPLE_IDS,
  SELF_CARE_IDS,
  SELF_CHECK_IDS,
  TIP_IDS,
} from '../../utils/texts/ids';
import { selfCheckRules } from '../../utils/texts/self-check-rules';

/** Every string anywhere inside a value, with its path, for "nothing empty" checks. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  }
  return [];
}

const keysOf = (record: object) => Object.keys(record).sort();

describe('content in every language', () => {
  it.each(LANGS)('%s has exactly the tip, principle, self-check and glossary ids', (lang) => {
    const c = content[lang];
    expect(Object.keys(c.tips)).toEqual([...TIP_IDS]);
    expect(keysOf(c.principles)).toEqual([...PRINCIPLE_IDS].sort());
    expect(keysOf(c.selfCheck)).toEqual([...SELF_CHECK_IDS].sort());
    expect(keysOf(c.glossary)).toEqual([...GLOSSARY_IDS].sort());
    expect(keysOf(c.ui)).toEqual(keysOf(content.en.ui));
  });

  it.each(LANGS)('%s has no empty or untrimmed text', (lang) => {
    for (const [path, text] of strings(content[lang], lang)) {
      expect(text.trim(), path).not.toBe('');
      expect(text, path).toBe(text.trim());
    }
  });

  it.each(LANGS)('%s text carries no markup', (lang) => {
    for (const [path, text] of strings(content[lang], lang)) {
      expect(text, path).not.toMatch(/<[a-z/!]/i);
    }
  });

  it.each(LANGS)('%s tips have an essence, 2–3 cues, a watch-out and a question', (lang) => {
    for (const id of TIP_IDS) {
      const tip = content[lang].tips[id];
      expect(tip.cues.length, id).toBeGreaterThanOrEqual(2);
      expect(tip.cues.length, id).toBeLessThanOrEqual(3);
      expect(tip.question.endsWith('?'), id).toBe(true);
    }
  });

  it.each(LANGS)('%s self-check questions are questions', (lang) => {
    for (const id of SELF_CHECK_IDS) {
      expect(content[lang].selfCheck[id].question.endsWith('?'), id).toBe(true);
    }
  });

  it('credits link to the same places in both languages, over https', () => {
    const urls = (lang: 'en' | 'nl') => content[lang].about.credits.map((credit) => credit.url);
    expect(urls('nl')).toEqual(urls('en'));
    for (const url of urls('en').filter(Boolean)) expect(url).toMatch(/^https:\/\//);
    const titles = content.en.about.credits.map((credit) => credit.title).join(' | ');
    expect(titles).toContain('hold space');
    expect(titles).toContain('The Art of Holding Space');
    expect(titles).toContain('De kunst van holding space');
    expect(titles).toContain('Redden of steuntje in de rug?');
  });
});

describe('glossary', () => {
  it('has at least 40 entries per language', () => {
    for (const lang of LANGS)
      expect(Object.keys(content[lang].glossary).length).toBeGreaterThanOrEqual(40);
  });

  it('every cross-reference resolves', () => {
    expect(keysOf(glossaryLinks)).toEqual([...GLOSSARY_IDS].sort());
    for (const [id, links] of Object.entries(glossaryLinks)) {
      expect(links.tips.length + links.principles.length, id).toBeGreaterThan(0);
      for (const tip of links.tips) expect(TIP_IDS, id).toContain(tip);
      for (const principle of links.principles) expect(PRINCIPLE_IDS, id).toContain(principle);
    }
  });

  it('no variant belongs to two entries, in any language', () => {
    const owner = new Map<string, string>();
    for (const lang of LANGS) {
      for (const [id, entry] of Object.entries(content[lang].glossary)) {
        for (const variant of [...entry.variants, ...(entry.everyday ?? [])]) {
          const key = variant.toLowerCase().replace(/\s+/g, ' ');
          const previous = owner.get(key);
          expect(
            previous === undefined || previous === id,
            `"${variant}" in ${previous} and ${id}`,
          ).toBe(true);
          owner.set(key, id);
        }
      }
    }
  });

  it('variants are plain words or phrases (a comma only as in a list), headword included', () => {
    for (const lang of LANGS) {
      for (const [id, entry] of Object.entries(content[lang].glossary)) {
        const forms = [...entry.variants, ...(entry.everyday ?? [])];
        const lower = forms.map((variant) => variant.toLowerCase());
        expect(lower, `${lang} ${id}`).toContain(entry.term.toLowerCase());
        for (const variant of forms) {
          // "cultural, historical and gender issues": the matcher takes ", " as it stands.
          expect(variant, `${lang} ${id}`).toMatch(
            /^[\p{L}\p{N}][\p{L}\p{N}' -]*(?:, [\p{L}\p{N}][\p{L}\p{N}' -]*)*[\p{L}\p{N}]$/u,
          );
        }
      }
    }
  });

  it('explanations fit in a small card (one or two sentences)', () => {
    for (const lang of LANGS) {
      for (const [id, entry] of Object.entries(content[lang].glossary)) {
        expect(entry.explanation.length, `${lang} ${id}`).toBeLessThanOrEqual(240);
      }
    }
  });

  it('names the source of the related frameworks', () => {
    const sources = Object.values(glossaryLinks)
      .map((links) => links.source ?? '')
      .join(' | ');
    for (const name of ['Karpman', 'Choy', 'SAMHSA', 'Miller', 'Baart', 'Figley', 'Plett']) {
      expect(sources).toContain(name);
    }
  });
});

describe('self-check rules', () => {
  it('every question has a rule whose references resolve', () => {
    expect(keysOf(selfCheckRules)).toEqual([...SELF_CHECK_IDS].sort());
    for (const [id, rule] of Object.entries(selfCheckRules)) {
      expect(rule.tips.length + rule.principles.length, id).toBeGreaterThan(0);
      for (const tip of rule.tips) expect(TIP_IDS, id).toContain(tip);
      for (const principle of rule.principles) expect(PRINCIPLE_IDS, id).toContain(principle);
    }
  });

  it('every one of the eight tips can be reached from the self-check', () => {
    const reached = new Set(Object.values(selfCheckRules).flatMap((rule) => rule.tips));
    expect([...reached].sort()).toEqual([...TIP_IDS].sort());
  });
});

describe('browser locale files (_locales)', () => {
  const root = join(import.meta.dirname, '../../public/_locales');
  const locales = readdirSync(root);
  const messages = (locale: string) =>
    JSON.parse(readFileSync(join(root, locale, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;

  it('exist for English and Dutch', () => {
    expect(locales.sort()).toEqual(['en', 'nl']);
  });

  it.each(locales)('%s has every key, none empty', (locale) => {
    expect(keysOf(messages(locale))).toEqual(keysOf(messages('en')));
    for (const [key, value] of Object.entries(messages(locale))) {
      expect(value.message.trim(), key).not.toBe('');
    }
  });
});

describe('tip examples (one per tip, shown when a tip is opened)', () => {
  it.each(LANGS)(
    '%s has one example for every tip, with a setting, a story and a phrasing',
    (lang) => {
      const examples = content[lang].tipExamples;
      expect(Object.keys(examples).sort()).toEqual([...TIP_IDS].sort());
      for (const id of TIP_IDS) {
        const example = examples[id];
        expect(example.setting.length, `${lang} ${id}`).toBeLessThanOrEqual(32);
        // Short enough to read in the popup at a glance: three sentences at most.
        expect(example.story.length, `${lang} ${id}`).toBeLessThanOrEqual(300);
        expect(example.story.split(/[.!?](?:\s|$)/).filter(Boolean).length).toBeLessThanOrEqual(4);
        if (example.phrasing) {
          expect(example.phrasing.insteadOf, `${lang} ${id}`).not.toBe(example.phrasing.tryThis);
        }
      }
    },
  );

  it('both languages tell the same examples: a phrasing in one is a phrasing in the other', () => {
    for (const id of TIP_IDS) {
      expect(Boolean(content.nl.tipExamples[id].phrasing), id).toBe(
        Boolean(content.en.tipExamples[id].phrasing),
      );
    }
  });

  it.each(LANGS)('%s examples come from eight different settings', (lang) => {
    const settings = TIP_IDS.map((id) => content[lang].tipExamples[id].setting.toLowerCase());
    expect(new Set(settings).size).toBe(TIP_IDS.length);
  });
});

describe('guides: holding space for yourself, when choice is limited', () => {
  /** Every part of both guides in one language, as [guide title, part id, part]. */
  const parts = (lang: (typeof LANGS)[number]) => {
    const { selfCare, limitedChoice } = content[lang];
    return [
      ...SELF_CARE_IDS.map((id) => [selfCare.title, id, selfCare.parts[id]] as const),
      ...LIMITED_CHOICE_IDS.map(
        (id) => [limitedChoice.title, id, limitedChoice.parts[id]] as const,
      ),
    ];
  };

  it.each(LANGS)('%s has exactly the parts of both guides, each with 2–5 short points', (lang) => {
    expect(keysOf(content[lang].selfCare.parts)).toEqual([...SELF_CARE_IDS].sort());
    expect(keysOf(content[lang].limitedChoice.parts)).toEqual([...LIMITED_CHOICE_IDS].sort());
    for (const [, id, part] of parts(lang)) {
      expect(part.points.length, `${lang} ${id}`).toBeGreaterThanOrEqual(2);
      expect(part.points.length, `${lang} ${id}`).toBeLessThanOrEqual(5);
      for (const point of part.points)
        expect(point.length, `${lang} ${id}`).toBeLessThanOrEqual(200);
    }
  });

  it('both languages give each part the same number of points, and an intro alike', () => {
    const nl = parts('nl');
    parts('en').forEach(([, id, part], index) => {
      const other = nl[index]![2];
      expect(other.points.length, id).toBe(part.points.length);
      expect(Boolean(other.intro), id).toBe(Boolean(part.intro));
    });
  });

  it('holding space for yourself names the strains and who holds space for you', () => {
    const text = (lang: 'en' | 'nl') =>
      strings(content[lang].selfCare, lang)
        .map(([, t]) => t)
        .join(' ')
        .toLowerCase();
    for (const word of [
      'compassion fatigue',
      'secondary traumatic stress',
      'figley',
      'supervision',
      'intervision',
      'peers',
    ])
      expect(text('en')).toContain(word);
    for (const word of [
      'compassiemoeheid',
      'secundaire traumatisering',
      'figley',
      'supervisie',
      'intervisie',
      'collega',
    ])
      expect(text('nl')).toContain(word);
  });

  it('when choice is limited speaks of mandated help and the duty to report in each language’s own terms', () => {
    const text = (lang: 'en' | 'nl') =>
      strings(content[lang].limitedChoice, lang)
        .map(([, t]) => t)
        .join(' ');
    for (const word of ['mandated', 'court-ordered', 'duty to report', 'meldcode'])
      expect(text('en')).toContain(word);
    // "Compulsory framework" is a word-for-word rendering of "gedwongen kader": not in English.
    expect(text('en').toLowerCase()).not.toContain('compulsory framework');
    for (const word of ['gedwongen kader', 'meldcode', 'melden'])
      expect(text('nl')).toContain(word);
  });
});
