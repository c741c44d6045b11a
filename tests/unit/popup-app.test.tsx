import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../components/app/App';
import { content } from '../../utils/texts';
import { SELF_CHECK_IDS, TIP_IDS } from '../../utils/texts/ids';
import { selfCheckRules } from '../../utils/texts/self-check-rules';
import type { PageServices } from '../../components/ThisPagePanel';
import type { PageTermsReply } from '../../utils/messages';
import { DEFAULT_HIGHLIGHT_SETTINGS } from '../../utils/settings/highlight-settings';
import type { HighlightSettings } from '../../utils/settings/highlight-settings';
import type { MyTip, OwnTerm } from '../../utils/my-data/model';
import { memoryStore } from './support/memory-store';
import type { Store } from '../../components/stored-value';

afterEach(cleanup);

const en = content.en;
const nl = content.nl;
function fakeServices(
  reply: PageTermsReply | null = null,
): PageServices & { settings: HighlightSettings; settingsStore: Store<HighlightSettings> } {
  const store = memoryStore<HighlightSettings>({ ...DEFAULT_HIGHLIGHT_SETTINGS });
  return {
    askPageTerms: vi.fn(() => Promise.resolve(reply)),
    revealTerm: vi.fn(),
    showEveryday: vi.fn(() => Promise.resolve()),
    /** The settings as stored now. */
    get settings() {
      return store.value;
    },
    settingsStore: store,
  };
}

const renderApp = (
  lang: 'en' | 'nl' = 'en',
  onLanguageChosen = vi.fn(),
  services = fakeServices(),
  myTips = memoryStore<MyTip[]>([]),
) =>
  render(
    <App
      initialLang={lang}
      onLanguageChosen={onLanguageChosen}
      pageServices={services}
      myTips={myTips}
      ownTerms={memoryStore<OwnTerm[]>([])}
      settings={services.settingsStore}
      newId={() => `id-${Math.random()}`}
      today={new Date(2026, 10, 24)}
    />,
  );

describe('popup', () => {
  it('opens on the eight tips, collapsed, in order', () => {
    renderApp();
    const toggles = screen
      .getAllByRole('button', { expanded: false })
      .filter((b) => b.id.startsWith('tip-toggle-'));
    expect(toggles.map((b) => b.id)).toEqual(TIP_IDS.map((id) => `tip-toggle-${id}`));
    expect(screen.getByRole('tab', { name: en.ui.tabTips }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('expands a tip in place to its essence, cues, watch-out and question', () => {
    renderApp();
    const tip = en.tips['leave-their-power'];
    const toggle = screen.getByRole('button', { name: `${en.ui.tipNumber(3)}: ${tip.title}` });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const body = document.getElementById('tip-body-leave-their-power')!;
    expect(body.hidden).toBe(false);
    for (const text of [tip.essence, ...tip.cues, tip.watchOut, tip.question]) {
      expect(within(body).getByText(text)).toBeTruthy();
    }
    fireEvent.click(toggle);
    expect(body.hidden).toBe(true);
  });

  it('reaches the crisis lines in one tap from the tips, in both languages', () => {
    for (const lang of ['en', 'nl'] as const) {
      const { unmount } = renderApp(lang);
      const t = content[lang];
      const summary = screen.getByText(t.ui.inDanger);
      const details = summary.closest('details')!;
      expect(details.open).toBe(false);
      fireEvent.click(summary);
      details.open = true; // happy-dom does not toggle <details> on a click
      expect(within(details).getByText(t.safety.title)).toBeTruthy();
      expect(details.querySelector('[data-crisis-line="nl-suicide"]')?.textContent).toContain(
        '113',
      );
      expect(within(details).getByText(t.safety.talkTitle)).toBeTruthy();
      unmount();
    }
  });

  it('copies a tip as plain text', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp();
    const tip = en.tips['ego-aside'];
    fireEvent.click(screen.getByRole('button', { name: en.ui.copyTipLabel(tip.title) }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining(tip.watchOut));
    expect(await screen.findByText(en.ui.copied)).toBeTruthy();
  });

  it('shows the tip of the day and opens it', () => {
    renderApp();
    const region = screen.getByRole('region', { name: en.ui.tipOfTheDay });
    fireEvent.click(within(region).getByRole('button', { name: en.ui.openTip }));
    const expanded = screen.getAllByRole('button', { expanded: true });
    expect(expanded).toHaveLength(1);
    expect(document.activeElement).toBe(expanded[0]);
  });

  it('searches instantly and opens a tip from the results', () => {
    renderApp();
    const tip = en.tips['safe-to-fail'];
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: tip.title.toUpperCase() } });
    const result = screen.getByRole('button', { name: tip.title });
    fireEvent.click(result);
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('');
    expect(document.getElementById('tip-toggle-safe-to-fail')!.getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('says kindly when nothing is found', () => {
    renderApp();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'qqqzzz' } });
    expect(screen.getByText(en.ui.noResults('qqqzzz'))).toBeTruthy();
  });

  it('switches language and reports the choice so it can be remembered', () => {
    const chosen = vi.fn();
    renderApp('en', chosen);
    fireEvent.click(screen.getByRole('button', { name: 'NL' }));
    expect(chosen).toHaveBeenCalledWith('nl');
    expect(screen.getByText(nl.tips['trust-their-wisdom'].title)).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
    expect(screen.getByRole('button', { name: 'NL' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('moves between sections with the arrow keys', () => {
    renderApp();
    const tips = screen.getByRole('tab', { name: en.ui.tabTips });
    fireEvent.keyDown(tips, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: en.ui.tabMyTips }).getAttribute('aria-selected')).toBe(
      'true',
    );
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByText(en.principles['presence-over-doing'].title)).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tab', { name: en.ui.tabThisPage }).getAttribute('aria-selected')).toBe(
      'true',
    );
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByRole('heading', { name: en.ui.selfCheckTitle })).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(screen.getByRole('tab', { name: en.ui.tabTips }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('opens About from the header', () => {
    renderApp();
    const about = screen.getByRole('button', { name: en.ui.aboutButton });
    fireEvent.click(about);
    expect(about.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('heading', { name: en.ui.aboutTitle })).toBeTruthy();
    expect(screen.queryAllByRole('tab', { selected: true })).toEqual([]);
    // The tab list stays reachable with Tab: the first tab takes the tab stop.
    expect(screen.getByRole('tab', { name: en.ui.tabTips }).tabIndex).toBe(0);
  });

  it('the self-check ends in a kind read-out that points to fitting tips', () => {
    renderApp();
    fireEvent.click(screen.getByRole('tab', { name: en.ui.tabSelfCheck }));
    for (const id of SELF_CHECK_IDS) {
      const group = screen.getByRole('group', { name: en.selfCheck[id].question });
      const answer =
        id === 'whose-need'
          ? en.ui.answerYes
          : selfCheckRules[id].concern === 'yes'
            ? en.ui.answerNo
            : en.ui.answerYes;
      fireEvent.click(within(group).getByLabelText(answer));
    }
    fireEvent.click(screen.getByRole('button', { name: en.ui.showReadout }));
    const readout = screen.getByRole('region', { name: en.ui.readoutTitle });
    expect(within(readout).getByText(en.selfCheck['whose-need'].ifConcern)).toBeTruthy();
    const tipButton = within(readout).getByRole('button', { name: en.tips['ego-aside'].title });
    expect(document.activeElement?.id).toBe('readout-heading');
    fireEvent.click(tipButton);
    expect(document.getElementById('tip-toggle-ego-aside')!.getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('shows the introduction, credits with links and the kind note', () => {
    renderApp('nl');
    fireEvent.click(screen.getByRole('button', { name: nl.ui.aboutButton }));
    expect(screen.getByText(nl.about.disclaimer)).toBeTruthy();
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toContain(
      'https://heatherplett.com/2015/03/hold-space/',
    );
    for (const link of links) expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('opens a tip given in the address (from a hover card)', () => {
    render(
      <App
        initialLang="en"
        onLanguageChosen={vi.fn()}
        pageServices={fakeServices()}
        myTips={memoryStore<MyTip[]>([])}
        ownTerms={memoryStore<OwnTerm[]>([])}
        settings={memoryStore({ ...DEFAULT_HIGHLIGHT_SETTINGS })}
        newId={() => 'x'}
        initialTip="container-for-emotions"
      />,
    );
    const toggle = document.getElementById('tip-toggle-container-for-emotions')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(toggle);
  });
});

describe('popup: My tips', () => {
  it('search covers My tips, and a result opens it in My tips', async () => {
    const tips = memoryStore<MyTip[]>([
      {
        id: 'm1',
        text: 'Silence is fine',
        note: 'from supervision',
        tags: ['pause'],
        order: 0,
        createdAt: 1,
        updatedAt: 1,
      },
    ]);
    renderApp('en', vi.fn(), fakeServices(), tips);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'supervision' } });
    const result = await screen.findByRole('button', { name: 'Silence is fine' });
    fireEvent.click(result);
    expect(screen.getByRole('tab', { name: en.ui.tabMyTips }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await vi.waitFor(() =>
      expect(document.activeElement?.closest('[data-my-tip="m1"]')).not.toBeNull(),
    );
  });

  it('keeps a built-in tip in My tips', async () => {
    const tips = memoryStore<MyTip[]>([]);
    renderApp('en', vi.fn(), fakeServices(), tips);
    const title = en.tips['safe-to-fail'].title;
    fireEvent.click(screen.getByRole('button', { name: `${en.ui.tipNumber(5)}: ${title}` }));
    fireEvent.click(screen.getByRole('button', { name: en.ui.keepTipLabel(title) }));
    await vi.waitFor(() => expect(tips.value).toHaveLength(1));
    expect(tips.value[0]).toMatchObject({ builtIn: 'safe-to-fail', text: '' });
    await vi.waitFor(() => expect(screen.getByText(`✓ ${en.ui.keptTip}`)).toBeTruthy());
  });
});

describe('popup: this page', () => {
  const reply: PageTermsReply = {
    on: true,
    paused: false,
    siteDisabled: false,
    hostname: 'example.org',
    terms: [
      { id: 'self-direction', count: 3 },
      { id: 'rescuing', count: 1 },
    ],
    heldBack: 0,
  };

  it('lists the terms found on the page with counts, and goes to one', async () => {
    const services = fakeServices(reply);
    renderApp('en', vi.fn(), services);
    fireEvent.click(screen.getByRole('tab', { name: en.ui.tabThisPage }));
    const term = en.glossary['self-direction'].term;
    const button = await screen.findByRole('button', { name: en.ui.goToTerm(term, 3) });
    fireEvent.click(button);
    expect(services.revealTerm).toHaveBeenCalledWith('self-direction');
  });

  it('says when everyday words were held back, and shows them on this page', async () => {
    const services = fakeServices({ ...reply, heldBack: 4 });
    renderApp('en', vi.fn(), services);
    fireEvent.click(screen.getByRole('tab', { name: en.ui.tabThisPage }));
    expect(await screen.findByText(en.ui.thisPageHeldBack(4))).toBeTruthy();
    vi.mocked(services.askPageTerms).mockClear();
    fireEvent.click(screen.getByRole('button', { name: en.ui.showEverydayHere }));
    expect(services.showEveryday).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(services.askPageTerms).toHaveBeenCalled());
  });

  it('says nothing about everyday words when none were held back', async () => {
    renderApp('en', vi.fn(), fakeServices(reply));
    fireEvent.click(screen.getByRole('tab', { name: en.ui.tabThisPage }));
    await screen.findByRole('button', { name: en.ui.goToTerm(en.glossary.rescuing.term, 1) });
    expect(screen.queryByRole('button', { name: en.ui.showEverydayHere })).toBeNull();
  });

  it('lets the user choose where everyday words are highlighted', async () => {
    const services = fakeServices(reply);
    renderApp('en', vi.fn(), services);
    fireEvent.click(screen.getByRole('tab', { name: en.ui.tabThisPage }));
    const everywhere = await screen.findByRole('radio', {
      name: en.ui.everydayWordsOptions.everywhere,
    });
    const carePages = screen.getByRole<HTMLInputElement>('radio', {
      name: en.ui.everydayWordsOptions['care-pages'],
    });
    expect(carePages.checked).toBe(true);
    fireEvent.click(everywhere);
    expect(services.settings.everydayWords).toBe('everywhere');
  });

  it('says kindly when the page cannot be highlighted', async () => {
    renderApp('nl', vi.fn(), fakeServices(null));
    fireEvent.click(screen.getByRole('tab', { name: nl.ui.tabThisPage }));
    expect(await screen.findByText(nl.ui.thisPageUnavailable)).toBeTruthy();
  });

  it('shows a site the organisation keeps off as off, locked, and says who set it', async () => {
    const services = fakeServices({
      ...reply,
      on: false,
      terms: [],
      siteDisabledByOrganisation: true,
    });
    renderApp('en', vi.fn(), services);
    fireEvent.click(screen.getByRole('tab', { name: en.ui.tabThisPage }));
    const site = await screen.findByLabelText<HTMLInputElement>(
      en.ui.highlightOnThisSite('example.org'),
    );
    expect(site.checked).toBe(false);
    expect(site.disabled).toBe(true);
    expect(screen.getByText(en.teamLists.setByOrganisation).id).toBe(
      site.getAttribute('aria-describedby'),
    );
    expect(services.settings.disabledSites).toEqual([]);
  });

  it('pauses everywhere, switches this site off, and picks a style and colour', async () => {
    const services = fakeServices(reply);
    renderApp('en', vi.fn(), services);
    fireEvent.click(screen.getByRole('tab', { name: en.ui.tabThisPage }));
    fireEvent.click(await screen.findByLabelText(en.ui.highlightOnThisSite('example.org')));
    expect(services.settings.disabledSites).toEqual(['example.org']);
    fireEvent.click(screen.getByLabelText(en.ui.styleBackground));
    fireEvent.click(screen.getByLabelText(en.ui.colourNames.violet));
    expect(services.settings).toMatchObject({ style: 'background', colour: 'violet' });
    fireEvent.click(screen.getByLabelText(en.ui.highlightOnPages));
    expect(services.settings.paused).toBe(true);
  });
});
