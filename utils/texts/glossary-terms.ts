/**
 * Only what the highlighter matches: each entry's forms (unambiguous and everyday), per
 * language. The content script imports this and not ./index.ts, which keeps it small; the
 * headwords and the card's texts come from the background (entrypoints/background/index.ts).
 */
import { glossaryTerms as en } from './en/glossary-terms';
import type { GlossaryId } from './glossary-links';
import type { Lang } from './ids';
import { glossaryTerms as nl } from './nl/glossary-terms';
import type { GlossaryTerm } from './types';

export const glossaryTermsByLang: Record<Lang, Record<GlossaryId, GlossaryTerm>> = { en, nl };
