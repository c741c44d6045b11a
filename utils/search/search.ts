/**
 * Instant search over everything the popup shows. Plain TypeScript: the index is built
 * once per language, and each keystroke is a scan of about a hundred short strings.
 */
import type { Content } from '../texts';
import type { GlossaryId } from '../texts/glossary-links';
import { PRINCIPLE_IDS, TIP_IDS } from '../texts/ids';
import type { PrincipleId, TipId } from '../texts/ids';
import { foldForSearch } from './normalize';

export type SearchHit =
  | { kind: 'mytip'; id: string }
  | { kind: 'tip'; id: TipId }
  | { kind: 'principle'; id: PrincipleId }
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

export function buildSearchIndex(c: Content): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const id of TIP_IDS) {
    const tip = c.tips[id];
    docs.push(
      doc({ kind: 'tip', id }, tip.title, [tip.essence, ...tip.cues, tip.watchOut, tip.question]),
    );
  }
  for (const id of PRINCIPLE_IDS) {
    const principle = c.principles[id];
    docs.push(doc({ kind: 'principle', id }, principle.title, [principle.body]));
  }
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
 * ties keep the order of the index (my tips, tips, principles, terms).
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
