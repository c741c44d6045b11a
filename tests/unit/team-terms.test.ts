import { describe, expect, it } from 'vitest';
import { glossaryTermsByLang } from '../../utils/texts/glossary-terms';
import { buildCardTexts } from '../../utils/texts/build-card-texts';
import { createMatcherSet } from '../../utils/highlight/matcher-set';
import { activeTeamTerms, withTeamTermCards } from '../../utils/highlight/team-terms';
import { termName } from '../../utils/highlight/term-sources';
import { content } from '../../utils/texts';
import type { OwnTerm } from '../../utils/my-data/model';
import type { TeamList } from '../../utils/my-data/team-list-format';
import type { StoredTeamList } from '../../utils/my-data/team-lists';

const list = (id: string, terms: TeamList['terms'], extra: Partial<TeamList> = {}): TeamList => ({
  id,
  name: `List ${id}`,
  publisher: '',
  version: 2,
  date: '2026-11-30',
  language: 'en',
  tips: [],
  terms,
  ...extra,
});
const term = (id: string, headword: string, language: 'en' | 'nl' = 'en') => ({
  id,
  term: headword,
  variants: [],
  explanation: `About ${headword}.`,
  language,
});
const kept = (l: TeamList, enabled = true): StoredTeamList => ({ list: l, enabled, addedAt: 1 });
const own = (headword: string): OwnTerm => ({
  id: 'mine',
  term: headword,
  variants: [],
  explanation: 'Mine.',
  createdAt: 1,
  updatedAt: 1,
});

const found = (terms: ReturnType<typeof activeTeamTerms>, owns: OwnTerm[], text: string) =>
  createMatcherSet(glossaryTermsByLang, owns, [], terms)
    .forLanguages(['en'])
    .find(text)
    .map((m) => ({ text: text.slice(m.start, m.end), id: m.id }));

describe('team terms', () => {
  const a = list('a', [term('huddle', 'team huddle'), term('drama', 'drama triangle')]);

  it('precedence: own term > team term > glossary', () => {
    const terms = activeTeamTerms([kept(a)], undefined);
    const text = 'A team huddle about the drama triangle.';
    expect(found(terms, [], text)).toEqual([
      { text: 'team huddle', id: 'team:a:huddle' },
      { text: 'drama triangle', id: 'team:a:drama' },
    ]);
    expect(found(terms, [own('drama triangle')], text)).toEqual([
      { text: 'team huddle', id: 'team:a:huddle' },
      { text: 'drama triangle', id: 'own:mine' },
    ]);
    expect(found([], [], text)).toEqual([{ text: 'drama triangle', id: 'drama-triangle' }]);
  });

  it('a team term is matched only in text of its language', () => {
    const terms = activeTeamTerms([kept(list('b', [term('o', 'warme overdracht', 'nl')]))], []);
    const set = createMatcherSet(glossaryTermsByLang, [], [], terms);
    const text = 'Een warme overdracht.';
    expect(
      set
        .forLanguages(['nl'])
        .find(text)
        .map((m) => m.id),
    ).toEqual(['team:b:o']);
    expect(set.forLanguages(['en']).find(text)).toEqual([]);
    expect(set.forLanguages([]).find(text)).toEqual([]);
  });

  it('switched-off lists are not used; the organisation’s come first and win over a user copy', () => {
    const b = list('b', [term('x', 'peer huddle')]);
    expect(activeTeamTerms([kept(a, false), kept(b)], undefined).map((t) => t.id)).toEqual([
      'team:b:x',
    ]);
    const managedA = list('a', [term('huddle', 'shift huddle')], { version: 9 });
    const terms = activeTeamTerms([kept(a)], [managedA]);
    expect(terms.map((t) => [t.id, t.term, t.listVersion])).toEqual([
      ['team:a:huddle', 'shift huddle', 9],
    ]);
  });

  it('reads damaged values without throwing, matching only what has the shape', () => {
    const damaged = [
      null,
      'x',
      { enabled: true },
      { enabled: true, list: { id: 'c', name: 'C', version: 1, terms: [null, { id: 1 }] } },
      kept(list('d', [term('ok', 'good word')])),
    ];
    expect(activeTeamTerms(damaged, { not: 'a list' }).map((t) => t.id)).toEqual(['team:d:ok']);
    expect(activeTeamTerms('broken', [null, 3, list('e', [])])).toEqual([]);
    // As an administrator may write it: no other forms, no explanation.
    const bare = {
      id: 'f',
      name: 'F',
      version: 1,
      language: 'en',
      terms: [{ id: 'x', term: 'shift' }],
    };
    expect(activeTeamTerms([], [bare])).toEqual([
      {
        id: 'team:f:x',
        term: 'shift',
        variants: [],
        explanation: '',
        language: 'en',
        listName: 'F',
        listVersion: 1,
      },
    ]);
  });

  it('the card names the list and its version; This page names the term', () => {
    const terms = activeTeamTerms([kept(a)], []);
    const cards = withTeamTermCards(buildCardTexts('en'), terms);
    expect(cards.entries['team:a:huddle']).toMatchObject({
      term: 'team huddle',
      explanation: 'About team huddle.',
      source: 'From: List a, version 2',
    });
    expect(withTeamTermCards(buildCardTexts('nl'), terms).entries['team:a:huddle']?.source).toBe(
      'Uit: List a, versie 2',
    );
    expect(termName('team:a:huddle', content.en.glossary, [], terms)).toBe('team huddle');
  });
});
