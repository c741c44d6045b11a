import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PocketCardApp } from '../../entrypoints/pocket-card/App';
import { content } from '../../utils/texts';
import { SELF_CHECK_IDS, TIP_IDS } from '../../utils/texts/ids';
import type { Lang } from '../../utils/texts/ids';
import { memoryStore } from './support/memory-store';

afterEach(cleanup);

const renderCard = (stored: Lang | null, browserLang: Lang = 'en', onPrint = vi.fn()) => {
  const language = memoryStore<Lang | null>(stored);
  render(
    <PocketCardApp
      language={language}
      browserLang={browserLang}
      initialLang={stored ?? browserLang}
      onPrint={onPrint}
    />,
  );
  return { language, onPrint };
};

describe('pocket card page', () => {
  it.each(['en', 'nl'] as const)(
    'holds the eight tips (title and essence), the questions and the credits: %s',
    (lang) => {
      renderCard(lang);
      const c = content[lang];
      const tips = within(screen.getByRole('region', { name: c.ui.pocketCardTips }));
      expect(tips.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
        TIP_IDS.map((id) => c.tips[id].title),
      );
      for (const id of TIP_IDS) expect(tips.getByText(c.tips[id].essence)).toBeTruthy();
      const questions = within(screen.getByRole('region', { name: c.ui.selfCheckTitle }));
      for (const id of SELF_CHECK_IDS) {
        expect(questions.getByText(c.selfCheck[id].question)).toBeTruthy();
      }
      expect(questions.getByText(c.safety.beforeCheck)).toBeTruthy();
      for (const credit of c.about.credits) {
        expect(questions.getByText(credit.title, { selector: 'cite' })).toBeTruthy();
      }
      expect(document.documentElement.lang).toBe(lang);
      expect(document.title).toBe(c.ui.pocketCardTitle);
    },
  );

  it('shows the stored language, else the browser’s, and follows a change', async () => {
    const { language } = renderCard(null, 'nl');
    expect(
      screen.getByRole('heading', { level: 2, name: content.nl.ui.pocketCardTips }),
    ).toBeTruthy();
    // Once the page's own first read has landed (its promise was queued before this one):
    await language.get();
    await language.update(() => 'en');
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { level: 2, name: content.en.ui.pocketCardTips }),
      ).toBeTruthy(),
    );
  });

  it('prints from its button', () => {
    const { onPrint } = renderCard('en');
    fireEvent.click(screen.getByRole('button', { name: content.en.ui.pocketCardPrint }));
    expect(onPrint).toHaveBeenCalledOnce();
  });
});
