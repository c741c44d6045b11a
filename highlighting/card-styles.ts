/**
 * Styles of the hover card, inside its own shadow root: page CSS cannot reach it. Written
 * in ./card.css and bundled minified, as a string (Vite's `?inline`).
 */
import cardCss from './card.css?inline';

export const CARD_CSS: string = cardCss;
