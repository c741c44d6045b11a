/**
 * Instant search over everything the popup shows. Plain TypeScript: the index is built
 * once per language, and each keystroke is a scan of about a hundred short strings.
 */
import type { Content } from '../texts';
import type { GlossaryId } from '../texts/glossary-links';
import { LIMITED_CHOICE_IDS, PRINCIPLE_IDS, SELF_CARE_IDS, TIP_IDS } from '../texts/ids';
import type { LimitedChoiceId, PrincipleId, SelfCareId, TipId } from '../texts/ids';
import type { GuideText } from '../texts/types';
import { foldForSearch } from './normalize';

export type SearchHit =
  | { kind: 'mytip'; id: string }
  /** A tip or term of a team list: `list` is the list's id, `id` the tip's or term's. */
  | { kind: 'teamtip'; list: string; id: string }
  | { kind: 'teamterm'; list: string; id: string }
  | { kind: 'tip'; id: TipId }
  | { kind: 'principle'; id: PrincipleId }
  | { kind: 'limited-choice'; id: LimitedChoiceId }
  | { kind: 'self-care'; id: SelfCareId }
  | { kind: 'glossary'; id: GlossaryId };

export interface SearchDoc {
  hit: SearchHit;
  /** Folded title (see foldForSearch). */
  title: string;
  /** Folded title and body together. */
  text: string;
}

function doc(hit: SearchHit, title: string, body: string[]): SearchDoc {
  const foldedTitle = foldForSearch(title);
  return { hit, title: foldedTitle, text: foldForSearch([title, ...body].join(' \n ')) };
}

/** The user's own tips, searchable; a kept built-in tip is found by its text in this language. */
export function myTipDocs(
  tips: readonly {
    id: string;
    text: string;
    note: string;
    tags: string[];
    builtIn?: TipId;
    source?: { quote: string };
  }[],
  c: Content,
): SearchDoc[] {
  return tips.map((tip) => {
    const builtIn = tip.builtIn ? c.tips[tip.builtIn] : null;
    return doc({ kind: 'mytip', id: tip.id }, builtIn ? builtIn.title : tip.text, [
      ...(builtIn ? [builtIn.essence] : []),
      tip.note,
      ...tip.tags.map((tag) => `#${tag} ${tag}`),
      tip.source?.quote ?? '',
    ]);
  });
}

/** The tips and terms of the team lists in use, searchable; each also found by its list's name. */
export function teamListDocs(
  lists: readonly {
    id: string;
    name: string;
    tips: readonly { id: string; title: string; note: string; tags: readonly string[] }[];
    terms: readonly {
      id: string;
      term: string;
      variants: readonly string[];
      explanation: string;
    }[];
  }[],
): SearchDoc[] {
  return lists.flatMap((list) => [
    ...list.tips.map((tip) =>
      doc({ kind: 'teamtip', list: list.id, id: tip.id }, tip.title, [
        tip.note,
        ...tip.tags.map((tag) => `#${tag} ${tag}`),
        list.name,
      ]),
    ),
    ...list.terms.map((term) =>
      doc({ kind: 'teamterm', list: list.id, id: term.id }, term.term, [
        ...term.variants,
        term.explanation,
        list.name,
      ]),
    ),
  ]);
}

/**
 * Each part of a guide is found by its own words and by the guide's title; the guide's
 * introduction is found with its first part (not with every part).
 */
function guideDocs<Id extends string>(
  guide: GuideText<Id>,
  ids: readonly Id[],
  hit: (id: Id) => SearchHit,
): SearchDoc[] {
  return ids.map((id, index) => {
    const part = guide.parts[id];
    return doc(hit(id), part.title, [
      part.intro ?? '',
      ...part.points,
      guide.title,
      index === 0 ? guide.intro : '',
    ]);
  });
}

export function buildSearchIndex(c: Content): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const id of TIP_IDS) {
    const tip = c.tips[id];
    const example = c.tipExamples[id];
    docs.push(
      doc({ kind: 'tip', id }, tip.title, [
        tip.essence,
        ...tip.cues,
        tip.watchOut,
        tip.question,
        example.setting,
        example.story,
        example.phrasing?.insteadOf ?? '',
        example.phrasing?.tryThis ?? '',
      ]),
    );
  }
  for (const id of PRINCIPLE_IDS) {
    const principle = c.principles[id];
    docs.push(doc({ kind: 'principle', id }, principle.title, [principle.body]));
  }
  docs.push(
    ...guideDocs(c.limitedChoice, LIMITED_CHOICE_IDS, (id) => ({ kind: 'limited-choice', id })),
    ...guideDocs(c.selfCare, SELF_CARE_IDS, (id) => ({ kind: 'self-care', id })),
  );
  for (const [id, entry] of Object.entries(c.glossary) as [
    GlossaryId,
    Content['glossary'][GlossaryId],
  ][]) {
    docs.push(
      doc({ kind: 'glossary', id }, entry.term, [
        ...entry.variants,
        ...(entry.everyday ?? []),
        entry.explanation,
      ]),
    );
  }
  return docs;
}

/**
 * Every document that contains all words of the query (ignoring case and diacritics),
 * best first: the whole query in the title, then all words in the title, then the rest;
 * ties keep the order of the index (my tips, team lists, tips, principles, when choice is
 * limited, holding space for yourself, terms).
 */
export function search(index: readonly SearchDoc[], query: string): SearchHit[] {
  const folded = foldForSearch(query);
  if (folded === '') return [];
  const words = folded.split(' ');
  const scored: { hit: SearchHit; score: number; order: number }[] = [];
  index.forEach((entry, order) => {
    if (!words.every((word) => entry.text.includes(word))) return;
    const score = entry.title.includes(folded)
      ? 2
      : words.every((word) => entry.title.includes(word))
        ? 1
        : 0;
    scored.push({ hit: entry.hit, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((s) => s.hit);
}
