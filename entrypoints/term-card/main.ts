import { browser } from 'wxt/browser';
import { TERM_CARD_HELLO, isPrivateCard } from '../../utils/messages';
import type { CardSize, PrivateCard, ToBackground } from '../../utils/messages';
import { fillCard } from '../../highlighting/card-content';
import '../../highlighting/card.css';
import './style.css';

/**
 * The card of one of the user's own terms or a team term, in a frame of the extension's own
 * origin inside the page's card (highlighting/hover-card.ts). Text in the card's
 * closed shadow root is still reached by the page's `window.find` (in Chromium and Firefox
 * alike); a frame of another origin is not, nor by the page's selection, so the user's own
 * notes and their team's texts never stand in the page's document.
 *
 * The frame's address carries a token after `#`, unknown to the page (the frame is in a
 * closed shadow root). For each card the content script that made it posts a port; the
 * frame gives its token on it, the script sends the card, and the frame answers its size.
 */
const token = location.hash.slice(1);
const card = document.getElementById('card');
const send = (message: ToBackground) => {
  browser.runtime.sendMessage(message).catch(() => undefined);
};

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  // From the page that holds this frame, where the content script that made it runs: a
  // port to talk on. The frame says its token; only that script knows it, and only then
  // does it send the card.
  const port = event.ports[0];
  if (!card || token === '' || event.source !== window.parent || !port) return;
  if (event.data !== TERM_CARD_HELLO) return;
  port.onmessage = (sent: MessageEvent<unknown>) => {
    const message = sent.data;
    if (isPrivateCard(message) && message.token === token) {
      show(message);
      const box = card.getBoundingClientRect();
      const size: CardSize = { width: Math.ceil(box.width), height: Math.ceil(box.height) };
      port.postMessage(size);
    }
    port.close();
  };
  port.postMessage({ token });
});

function show(message: PrivateCard) {
  if (!card) return;
  document.documentElement.lang = message.texts.lang;
  fillCard(
    card,
    message.id,
    message.texts,
    {
      openTip: (tip) => send({ type: 'open-tip', tip }),
      // The page's card closes when the settings change (content/index.ts).
      hideTerm: (id) => send({ type: 'hide-term', id }),
    },
    () => undefined,
  );
  card.hidden = false;
}
