import { content } from '../../../utils/texts';
import { PRINCIPLE_IDS, TIP_IDS } from '../../../utils/texts/ids';
import type { Lang } from '../../../utils/texts/ids';

/**
 * Each section of the side panel (Chrome) or sidebar (Firefox), how to get to it, and a text
 * it shows in `lang`: what both browsers' tests go through.
 */
export function panelSections(lang: Lang): { open: string; text: string }[] {
  const c = content[lang];
  return [
    { open: '#tab-tips', text: c.tips[TIP_IDS[0]].title },
    { open: '#tab-my-tips', text: c.ui.myTipsIntro },
    { open: '#tab-principles', text: c.principles[PRINCIPLE_IDS[0]].title },
    { open: '#tab-self-check', text: c.ui.selfCheckTitle },
    { open: '#tab-this-page', text: c.ui.highlightSettingsTitle },
    { open: '.about-button', text: c.ui.aboutTitle },
    { open: '.self-care-button', text: c.selfCare.title },
  ];
}
