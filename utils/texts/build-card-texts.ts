import type { CardEntry, CardTexts } from './card-texts';
import { glossaryLinks, GLOSSARY_IDS } from './glossary-links';
import { TIP_IDS } from './ids';
import type { Lang } from './ids';
import { content } from './index';

/**
 * Built by the background and sent to the content script when it first needs them, so the
 * content script itself carries only the terms it matches.
 */
export function buildCardTexts(lang: Lang): CardTexts {
  const { ui, glossary, tips } = content[lang];
  const entries: Record<string, CardEntry> = {};
  for (const id of GLOSSARY_IDS) {
    const links = glossaryLinks[id];
    entries[id] = {
      term: glossary[id].term,
      explanation: glossary[id].explanation,
      ...(links.source ? { source: `${ui.glossarySource}: ${links.source}` } : {}),
      tips: links.tips.map((tip) => ({
        id: tip,
        label: `${ui.tipNumber(TIP_IDS.indexOf(tip) + 1)}: ${tips[tip].title}`,
      })),
    };
  }
  return {
    lang,
    relatedTip: ui.cardRelatedTips,
    hideTerm: ui.cardHideTerm,
    announceNone: ui.announceNone,
    announceSiteOff: ui.announceSiteOff,
    announceSiteOn: ui.announceSiteOn,
    announceTermTemplate: ui.announceTermTemplate,
    ownTermLabel: ui.ownTermLabel,
    teamTermLabel: content[lang].teamLists.fromList,
    askTermTitle: ui.askTermTitle,
    entries,
  };
}
