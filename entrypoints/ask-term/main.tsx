import { render } from 'preact';
import { browser } from 'wxt/browser';
import { content } from '../../utils/texts';
import { LANGS } from '../../utils/texts/ids';
import type { Lang } from '../../utils/texts/ids';
import type { ToBackground } from '../../utils/messages';
import '../../assets/views.css';
import './style.css';
import { AskTermApp } from './App';

/**
 * "Highlight this term", shown in a frame of the extension's own origin inside the page's
 * card (see highlighting/hover-card.ts): what the user types here is in another
 * document, so the page's own listeners never see a key of it.
 */
const params = new URLSearchParams(location.search);
const lang: Lang = LANGS.find((l) => l === params.get('lang')) ?? 'en';
document.documentElement.lang = lang;

const send = (message: ToBackground) => browser.runtime.sendMessage(message);
/** The frame whose page asked (see highlighting/page-messages.ts): only it hears the end. */
const frameParam = params.get('frame');
const frameId = frameParam === null ? undefined : Number(frameParam);
const root = document.getElementById('app');
if (root) {
  render(
    <AskTermApp
      content={content[lang]}
      term={params.get('term') ?? ''}
      onSave={async (term, explanation) => {
        const notice: unknown = await send({ type: 'add-own-term', term, explanation }).catch(
          () => null,
        );
        await send({
          type: 'ask-term-done',
          notice: typeof notice === 'string' ? notice : null,
          frameId,
        });
      }}
      onCancel={() => void send({ type: 'ask-term-done', notice: null, frameId })}
    />,
    root,
  );
}
