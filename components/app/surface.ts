/**
 * Where the App is shown: the toolbar popup, or the side panel (Chrome) / sidebar (Firefox)
 * that stays open beside the page, from 300 px wide to as wide as the user drags it.
 */
export type Surface = 'popup' | 'panel';
