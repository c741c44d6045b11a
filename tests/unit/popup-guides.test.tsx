import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../components/app/App';
import type { PageServices } from '../../components/ThisPagePanel';
import type { MyTip, OwnTerm } from '../../utils/my-data/model';
import { content } from '../../utils/texts';
import { LIMITED_CHOICE_IDS, SELF_CARE_IDS, TIP_IDS } from '../../utils/texts/ids';
import { memoryStore } from './support/memory-store';
import { DEFAULT_HIGHLIGHT_SETTINGS } from '../../utils/settings/highlight-settings';

afterEach(cleanup);

/** The "This page" tab is not opened here: its services are never answered. */
const noPage: PageServices = {
  askPageTerms: () => Promise.resolve(null),
  revealTerm: () => undefined,
  showEveryday: () => Promise.resolve(),
};

const renderApp = (lang: 'en' | 'nl' = 'en') =>
  render(
    <App
      initialLang={lang}
      onLanguageChosen={() => undefined}
      pageServices={noPage}
      myTips={memoryStore<MyTip[]>([])}
      ownTerms={memoryStore<OwnTerm[]>([])}
      settings={memoryStore({ ...DEFAULT_HIGHLIGHT_SETTINGS })}
      newId={() => `id-${Math.random()}`}
      today={new Date(2026, 10, 24)}
    />,
  );

describe.each(['en', 'nl'] as const)('popup, %s: the new content', (lang) => {
  const c = content[lang];

  it('an opened tip shows its everyday example and its "instead of … try …"', () => {
    renderApp(lang);
    for (const [index, id] of TIP_IDS.entries()) {
      const example = c.tipExamples[id];
      fireEvent.click(
        screen.getByRole('button', { name: `${c.ui.tipNumber(index + 1)}: ${c.tips[id].title}` }),
      );
      const body = within(document.getElementById(`tip-body-${id}`)!);
      expect(body.getByRole('heading', { name: c.ui.exampleHeading })).toBeTruthy();
      expect(body.getByText(example.setting)).toBeTruthy();
      expect(body.getByText(example.story)).toBeTruthy();
      if (example.phrasing) {
        expect(body.getByText(example.phrasing.insteadOf)).toBeTruthy();
        expect(body.getByText(example.phrasing.tryThis)).toBeTruthy();
        expect(body.getByText(c.ui.insteadOf).tagName).toBe('DT');
      }
    }
  });

  it('"Holding space for yourself" is a section of its own, opened from the header', () => {
    renderApp(lang);
    const button = screen.getByRole('button', { name: c.ui.selfCareButton });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: c.selfCare.title })).toBeTruthy();
    for (const id of SELF_CARE_IDS) {
      const part = c.selfCare.parts[id];
      expect(screen.getByRole('heading', { level: 3, name: part.title })).toBeTruthy();
      for (const point of part.points) expect(screen.getByText(point)).toBeTruthy();
    }
    // Like About, it is not one of the tabs: none is selected while it is open.
    for (const tab of screen.getAllByRole('tab')) {
      expect(tab.getAttribute('aria-selected')).toBe('false');
    }
    fireEvent.click(screen.getByRole('tab', { name: c.ui.tabTips }));
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('heading', { name: c.selfCare.title })).toBeNull();
  });

  it('"When choice is limited" follows the principles, every part shown', () => {
    renderApp(lang);
    fireEvent.click(screen.getByRole('tab', { name: c.ui.tabPrinciples }));
    const panel = within(screen.getByRole('tabpanel'));
    expect(panel.getByRole('heading', { level: 2, name: c.limitedChoice.title })).toBeTruthy();
    for (const id of LIMITED_CHOICE_IDS) {
      expect(
        panel.getByRole('heading', { level: 3, name: c.limitedChoice.parts[id].title }),
      ).toBeTruthy();
    }
    expect(panel.getByText(c.principles['safety'].title)).toBeTruthy();
  });

  it('search shows the parts of both guides that were found', () => {
    renderApp(lang);
    fireEvent.input(screen.getByRole('searchbox'), {
      target: { value: lang === 'en' ? 'duty to report' : 'meldcode' },
    });
    const part = document.querySelector('[data-result-guide="limited-choice-duty-to-report"]');
    expect(part?.textContent).toContain(c.limitedChoice.parts['duty-to-report'].points[0]);
    fireEvent.input(screen.getByRole('searchbox'), {
      target: { value: lang === 'en' ? 'intervision' : 'intervisie' },
    });
    expect(screen.getByRole('heading', { level: 3, name: c.selfCare.title })).toBeTruthy();
    expect(document.querySelector('[data-result-guide="self-care-support"]')).not.toBeNull();
  });

  it('the tips tab links to the pocket card, opening in a new tab', () => {
    renderApp(lang);
    const link = screen.getByRole('link', { name: `${c.ui.pocketCardLink} ${c.ui.opensInNewTab}` });
    expect(link.getAttribute('href')).toBe('/pocket-card.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});
