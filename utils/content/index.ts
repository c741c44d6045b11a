/**
 * The one place the extension's content comes from: tips, principles, self-check,
 * introduction and credits, glossary and UI text, per language. Components receive a
 * `Content` and never import language files themselves.
 */
import { about as aboutEn } from './en/about';
import { glossary as glossaryEn } from './en/glossary';
import { principles as principlesEn } from './en/principles';
import { selfCheck as selfCheckEn } from './en/self-check';
import { tips as tipsEn } from './en/tips';
import { ui as uiEn } from './en/ui';
import type { GlossaryId } from './glossary-links';
import type { Lang } from './ids';
import { about as aboutNl } from './nl/about';
import { glossary as glossaryNl } from './nl/glossary';
import { principles as principlesNl } from './nl/principles';
import { selfCheck as selfCheckNl } from './nl/self-check';
import { tips as tipsNl } from './nl/tips';
import { ui as uiNl } from './nl/ui';
import type { AboutText, GlossaryText, Principles, SelfCheckTexts, Tips } from './types';
import type { UiText } from './ui-types';

export interface Content {
  lang: Lang;
  tips: Tips;
  principles: Principles;
  selfCheck: SelfCheckTexts;
  about: AboutText;
  glossary: Record<GlossaryId, GlossaryText>;
  ui: UiText;
}

export const content: Record<Lang, Content> = {
  en: {
    lang: 'en',
    tips: tipsEn,
    principles: principlesEn,
    selfCheck: selfCheckEn,
    about: aboutEn,
    glossary: glossaryEn,
    ui: uiEn,
  },
  nl: {
    lang: 'nl',
    tips: tipsNl,
    principles: principlesNl,
    selfCheck: selfCheckNl,
    about: aboutNl,
    glossary: glossaryNl,
    ui: uiNl,
  },
};
