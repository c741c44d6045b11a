import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OwnTermsPanel } from '../../components/OwnTermsPanel';
import { AnnounceContext, LiveRegion, useAnnouncer } from '../../components/announcer';
import type { Store } from '../../utils/storage/store';
import { content } from '../../utils/texts';
import type { OwnTerm } from '../../utils/my-data/model';
import { addTerm, visibleTerms } from '../../utils/my-data/terms-ops';
import { memoryStore } from './support/memory-store';

afterEach(cleanup);

/** The panel inside an app's live region, as the popup and options page have it. */
function Harness({ store }: { store: Store<OwnTerm[]> }) {
  const [announcement, announce] = useAnnouncer();
  return (
    <AnnounceContext.Provider value={announce}>
      <OwnTermsPanel content={content.en} store={store} newId={newId} />
      <LiveRegion announcement={announcement} />
    </AnnounceContext.Provider>
  );
}
const { ui } = content.en;
let counter = 0;
const newId = () => `term-${++counter}`;

function seeded() {
  let terms: OwnTerm[] = [];
  terms = addTerm(terms, { term: 'check-in', variants: [], explanation: 'A short talk.' }, 1, 'a');
  terms = addTerm(
    terms,
    { term: 'co-regulation', variants: [], explanation: 'Calm together.' },
    2,
    'b',
  );
  return memoryStore(terms);
}

describe('own terms panel', () => {
  it('edits a term in place and gives focus back to its Edit button', async () => {
    const store = seeded();
    render(<OwnTermsPanel content={content.en} store={store} newId={newId} />);
    fireEvent.click(await screen.findByRole('button', { name: ui.editTermLabel('check-in') }));
    const explanation = screen.getByDisplayValue('A short talk.');
    fireEvent.input(explanation, { target: { value: 'A short, planned talk.' } });
    fireEvent.submit(explanation.closest('form')!);
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: ui.editTermLabel('check-in') }),
      ),
    );
    expect(visibleTerms(store.value).find((t) => t.id === 'a')?.explanation).toBe(
      'A short, planned talk.',
    );
  });

  it('after a delete, focus goes to the next term, and to the form when none is left', async () => {
    const store = seeded();
    render(<OwnTermsPanel content={content.en} store={store} newId={newId} />);
    const first = visibleTerms(store.value)[0]!.term;
    const second = visibleTerms(store.value)[1]!.term;
    fireEvent.click(await screen.findByRole('button', { name: ui.deleteTermLabel(first) }));
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: ui.editTermLabel(second) }),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: ui.deleteTermLabel(second) }));
    await vi.waitFor(() => expect(screen.getByText(ui.ownTermsEmpty)).toBeTruthy());
    await vi.waitFor(() =>
      expect((document.activeElement as HTMLInputElement | null)?.name).toBe('term'),
    );
  });
  it('refuses a term with no letter or digit, kindly, and saves nothing', async () => {
    const store = seeded();
    render(<Harness store={store} />);
    const [termInput] = await screen.findAllByLabelText(ui.termLabel);
    fireEvent.input(termInput!, { target: { value: '?!' } });
    const [explanation] = screen.getAllByLabelText(ui.explanationLabel);
    fireEvent.input(explanation!, { target: { value: 'Nothing' } });
    fireEvent.submit(termInput!.closest('form')!);
    // On screen, not only read out: a sighted user sees why nothing happened.
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(ui.termNeedsLetters),
    );
    expect(screen.getByRole('status').className).toBe('notice-bar');
    expect(visibleTerms(store.value)).toHaveLength(2);
  });
});
