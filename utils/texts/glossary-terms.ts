/**
 * Only what the highlighter matches: each entry's forms (unambiguous and everyday), per
 * language. The content script does not carry them: it asks the background for them once
 * per page ('glossary-forms'), as it does for the card's texts, which keeps it small
 * (entrypoints/background/index.ts). Extension pages (the PDF viewer) import them.
 */
import { glossaryTerms as en } from './en/glossary-terms';
import type { GlossaryId } from './glossary-links';
import type { Lang } from './ids';
import { glossaryTerms as nl } from './nl/glossary-terms';
import type { GlossaryTerm } from './types';

/** Every language's forms, by glossary id. */
export type GlossaryForms = Record<Lang, Record<GlossaryId, GlossaryTerm>>;

export const glossaryTermsByLang: GlossaryForms = { en, nl };
