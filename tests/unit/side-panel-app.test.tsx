import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../components/app/App';
import type { Section } from '../../components/app/App';
import { content } from '../../utils/texts';
import type { PageServices } from '../../components/ThisPagePanel';
import type { PageTermsReply } from '../../utils/messages';
import { DEFAULT_HIGHLIGHT_SETTINGS } from '../../utils/settings/highlight-settings';
import type { HighlightSettings } from '../../utils/settings/highlight-settings';
import type { MyTip, OwnTerm } from '../../utils/my-data/model';
import { readPanelSection } from '../../utils/storage/panel-section';
import { memoryStore } from './support/memory-store';

afterEach(cleanup);

const en = content.en;

const reply = (terms: PageTermsReply['terms']): PageTermsReply => ({
  on: true,
  paused: false,
  siteDisabled: false,
  hostname: 'example.org',
  terms,
  heldBack: 0,
});

function renderPanel(
  services: PageServices,
  extra: { initialSection?: Section; onSectionChange?: (s: Section) => void } = {},
) {
  return render(
    <App
      surface="panel"
      initialLang="en"
      onLanguageChosen={vi.fn()}
      pageServices={services}
      myTips={memoryStore<MyTip[]>([])}
      ownTerms={memoryStore<OwnTerm[]>([])}
      settings={memoryStore<HighlightSettings>({ ...DEFAULT_HIGHLIGHT_SETTINGS })}
      newId={() => `id-${Math.random()}`}
      today={new Date(2026, 10, 24)}
      {...extra}
    />,
  );
}

const services = (ask: () => Promise<PageTermsReply | null>): PageServices => ({
  askPageTerms: vi.fn(ask),
  revealTerm: vi.fn(),
  showEveryday: vi.fn(() => Promise.resolve()),
});

describe('side panel (the popup App, surface "panel")', () => {
  it('opens in the remembered section and reports each change', () => {
    const onSectionChange = vi.fn();
    renderPanel(
      services(() => Promise.resolve(null)),
      { initialSection: 'principles', onSectionChange },
    );
    expect(
      screen.getByRole('tab', { name: en.ui.tabPrinciples }).getAttribute('aria-selected'),
    ).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: en.ui.tabSelfCheck }));
    expect(onSectionChange).toHaveBeenLastCalledWith('self-check');
  });

  it('focuses nothing on open: the page keeps the focus', () => {
    renderPanel(services(() => Promise.resolve(null)));
    expect(document.activeElement).toBe(document.body);
  });

  it('has no "keep open beside the page" button of its own', () => {
    renderPanel(services(() => Promise.resolve(null)));
    expect(screen.queryByRole('button', { name: en.ui.openSidePanel })).toBeNull();
  });

  it('offers a copy button on every practice cue, which copies the cue and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPanel(services(() => Promise.resolve(null)));
    const tip = en.tips['leave-their-power'];
    fireEvent.click(screen.getByRole('button', { name: `${en.ui.tipNumber(3)}: ${tip.title}` }));
    const body = document.getElementById('tip-body-leave-their-power')!;
    const copy = within(body).getByRole('button', { name: en.ui.copyCueLabel(2, tip.title) });
    fireEvent.click(copy);
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(tip.cues[1]));
    await waitFor(() => expect(copy.textContent).toContain(en.ui.copiedShort));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(en.ui.copied));
  });

  it('This page asks again when the followed tab changes', async () => {
    let listener: (() => void) | undefined;
    let answer = reply([{ id: 'drama-triangle', count: 2 }]);
    const page = {
      ...services(() => Promise.resolve(answer)),
      onPageChange: (l: () => void) => {
        listener = l;
        return () => (listener = undefined);
      },
    };
    renderPanel(page, { initialSection: 'this-page' });
    await screen.findByText(en.glossary['drama-triangle'].term);
    answer = reply([{ id: 'compassion-fatigue', count: 1 }]);
    listener?.();
    await screen.findByText(en.glossary['compassion-fatigue'].term);
    expect(screen.queryByText(en.glossary['drama-triangle'].term)).toBeNull();
  });
});

describe('the remembered section as stored', () => {
  it('reads a string back, anything else as nothing', () => {
    expect(readPanelSection('self-check')).toBe('self-check');
    expect(readPanelSection(3)).toBeNull();
    expect(readPanelSection({})).toBeNull();
    expect(readPanelSection('x'.repeat(100))).toBeNull();
  });
});
