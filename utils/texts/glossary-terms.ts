/**
 * Only what the highlighter matches: each entry's forms (unambiguous and everyday) with
 * their sense cues, per language, and the care words that tell a text is about care. The
 * content script does not carry them: it asks the background for them once per page
 * ('glossary-forms'), as it does for the card's texts, which keeps it small
 * (entrypoints/background/index.ts). Extension pages (the PDF viewer) import them.
 */
import { careWordsByLang } from './care-words';
import type { CareWordsByLang } from './types';
import { glossaryTerms as en } from './en/glossary-terms';
import { senseCues as enSenses } from './en/sense-cues';
import { senseCues as nlSenses } from './nl/sense-cues';
import type { SenseCues } from './types';
import type { GlossaryId } from './glossary-links';
import type { Lang } from './ids';
import { glossaryTerms as nl } from './nl/glossary-terms';
import type { GlossaryTerm } from './types';

/** Every language's forms, by glossary id. */
export type GlossaryForms = Record<Lang, Record<GlossaryId, GlossaryTerm>>;

/** Each entry's forms with its sense cues (./en/sense-cues.ts), as the highlighter takes them. */
function withSenses(
  terms: Record<GlossaryId, GlossaryTerm>,
  cues: Partial<Record<GlossaryId, SenseCues>>,
): Record<GlossaryId, GlossaryTerm> {
  const entries = Object.entries(terms) as [GlossaryId, GlossaryTerm][];
  return Object.fromEntries(
    entries.map(([id, term]) => [id, cues[id] ? { ...term, senses: cues[id] } : term]),
  ) as Record<GlossaryId, GlossaryTerm>;
}

export const glossaryTermsByLang: GlossaryForms = {
  en: withSenses(en, enSenses),
  nl: withSenses(nl, nlSenses),
};

/** What the highlighter needs of the glossary: the answer to 'glossary-forms'. */
export interface PageGlossary {
  forms: GlossaryForms;
  careWords: CareWordsByLang;
}

export const pageGlossary: PageGlossary = {
  forms: glossaryTermsByLang,
  careWords: careWordsByLang,
};
