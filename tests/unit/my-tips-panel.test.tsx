import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MyTipsPanel } from '../../components/MyTipsPanel';
import { content } from '../../utils/texts';
import type { MyTip } from '../../utils/my-data/model';
import { addTip, visibleTips } from '../../utils/my-data/tips-ops';
import { memoryStore } from './support/memory-store';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
const { ui } = content.en;
let counter = 0;
const newId = () => `tip-${++counter}`;

function seeded() {
  let tips: MyTip[] = [];
  tips = addTip(tips, { text: 'Silence is fine', tags: ['presence'] }, 1, 'a');
  tips = addTip(tips, { text: 'Ask before advising', tags: ['supervision'] }, 2, 'b');
  return memoryStore(tips);
}
const shownTexts = () => [...document.querySelectorAll('.my-tip-text')].map((p) => p.textContent);

describe('My tips panel', () => {
  it('adds a tip with a note and tags', async () => {
    const store = memoryStore<MyTip[]>([]);
    render(<MyTipsPanel content={content.en} store={store} newId={newId} />);
    expect(await screen.findByText(ui.myTipsEmpty)).toBeTruthy();
    fireEvent.input(screen.getByLabelText(ui.addTipLabel), {
      target: { value: 'Silence is fine' },
    });
    fireEvent.input(screen.getByLabelText(ui.noteLabel), { target: { value: 'From supervision' } });
    fireEvent.input(screen.getByLabelText(ui.tagsLabel), { target: { value: '#presence, pause' } });
    fireEvent.submit(screen.getByRole('button', { name: ui.addTipButton }).closest('form')!);
    expect(await screen.findByText('Silence is fine')).toBeTruthy();
    expect(visibleTips(store.value)[0]).toMatchObject({
      text: 'Silence is fine',
      note: 'From supervision',
      tags: ['presence', 'pause'],
    });
  });

  it('edits in place; Escape cancels', async () => {
    const store = seeded();
    render(<MyTipsPanel content={content.en} store={store} newId={newId} />);
    fireEvent.click(
      await screen.findByRole('button', { name: ui.editTipLabel('Silence is fine') }),
    );
    const input = screen.getByDisplayValue('Silence is fine');
    fireEvent.input(input, { target: { value: 'Silence is more than fine' } });
    fireEvent.submit(input.closest('form')!);
    expect(await screen.findByText('Silence is more than fine')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: ui.editTipLabel('Ask before advising') }));
    fireEvent.keyDown(screen.getByDisplayValue('Ask before advising'), { key: 'Escape' });
    expect(screen.queryByDisplayValue('Ask before advising')).toBeNull();
  });

  it('deletes with a few seconds of undo', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const store = seeded();
    render(<MyTipsPanel content={content.en} store={store} newId={newId} />);
    fireEvent.click(
      await screen.findByRole('button', { name: ui.deleteTipLabel('Silence is fine') }),
    );
    await vi.waitFor(() => expect(shownTexts()).toEqual(['Ask before advising']));
    // Focus moves to Undo, so it is one key away.
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: ui.undo })),
    );
    fireEvent.click(screen.getByRole('button', { name: ui.undo }));
    await vi.waitFor(() =>
      expect(shownTexts()).toEqual(['Ask before advising', 'Silence is fine']),
    );
    fireEvent.click(screen.getByRole('button', { name: ui.deleteTipLabel('Ask before advising') }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: ui.undo })).toBeTruthy());
    // While Undo has focus it waits; once focus moves on, it goes after a few seconds.
    vi.advanceTimersByTime(7000);
    expect(screen.getByRole('button', { name: ui.undo })).toBeTruthy();
    fireEvent.blur(screen.getByRole('button', { name: ui.undo }));
    vi.advanceTimersByTime(7000);
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: ui.undo })).toBeNull());
    expect(shownTexts()).toEqual(['Silence is fine']);
  });

  it('reorders by keyboard with the move buttons', async () => {
    const store = seeded();
    render(<MyTipsPanel content={content.en} store={store} newId={newId} />);
    fireEvent.click(
      await screen.findByRole('button', { name: ui.moveDown('Ask before advising') }),
    );
    await vi.waitFor(() =>
      expect(shownTexts()).toEqual(['Silence is fine', 'Ask before advising']),
    );
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: ui.moveDown('Ask before advising') })
        .disabled,
    ).toBe(true);
  });

  it('filters by tag', async () => {
    const store = seeded();
    render(<MyTipsPanel content={content.en} store={store} newId={newId} />);
    const filter = await screen.findByRole('group', { name: ui.filterByTag });
    fireEvent.click(within(filter).getByRole('button', { name: '#supervision' }));
    expect(shownTexts()).toEqual(['Ask before advising']);
    fireEvent.click(within(filter).getByRole('button', { name: ui.allTags }));
    expect(shownTexts()).toHaveLength(2);
  });

  it('drops a filter once no tip carries its tag, so no tip is ever hidden by it', async () => {
    const store = seeded();
    render(<MyTipsPanel content={content.en} store={store} newId={newId} />);
    fireEvent.click(await screen.findByRole('button', { name: '#presence' }));
    expect(shownTexts()).toEqual(['Silence is fine']);
    fireEvent.click(screen.getByRole('button', { name: ui.editTipLabel('Silence is fine') }));
    const tags = screen.getByDisplayValue('presence');
    fireEvent.input(tags, { target: { value: '' } });
    fireEvent.submit(tags.closest('form')!);
    await vi.waitFor(() =>
      expect(shownTexts()).toEqual(['Ask before advising', 'Silence is fine']),
    );
  });

  it('shows all tips when a new one would be hidden by the filter', async () => {
    const store = seeded();
    render(<MyTipsPanel content={content.en} store={store} newId={newId} />);
    fireEvent.click(await screen.findByRole('button', { name: '#presence' }));
    fireEvent.input(screen.getByLabelText(ui.addTipLabel), { target: { value: 'Breathe first' } });
    fireEvent.submit(screen.getByRole('button', { name: ui.addTipButton }).closest('form')!);
    await vi.waitFor(() => expect(shownTexts()).toContain('Breathe first'));
    expect(shownTexts()).toHaveLength(3);
  });

  it("after saving or cancelling an edit, focus is back on that tip's Edit button", async () => {
    const store = seeded();
    render(<MyTipsPanel content={content.en} store={store} newId={newId} />);
    const edit = () => screen.getByRole('button', { name: ui.editTipLabel('Silence is fine') });
    fireEvent.click(
      await screen.findByRole('button', { name: ui.editTipLabel('Silence is fine') }),
    );
    fireEvent.keyDown(screen.getByDisplayValue('Silence is fine'), { key: 'Escape' });
    await vi.waitFor(() => expect(document.activeElement).toBe(edit()));
    fireEvent.click(edit());
    fireEvent.submit(screen.getByDisplayValue('Silence is fine').closest('form')!);
    await vi.waitFor(() => expect(document.activeElement).toBe(edit()));
  });

  it('shows markup in a tip as text, never as markup', async () => {
    const store = memoryStore(
      addTip([], { text: '<img src=x onerror="alert(1)"> <b>bold</b>' }, 1, 'x'),
    );
    render(<MyTipsPanel content={content.en} store={store} newId={newId} />);
    expect(await screen.findByText('<img src=x onerror="alert(1)"> <b>bold</b>')).toBeTruthy();
    expect(document.querySelector('.my-tip img, .my-tip b')).toBeNull();
  });

  it('two views of the same store stay consistent', async () => {
    const store = seeded();
    const popup = render(<MyTipsPanel content={content.en} store={store} newId={newId} />);
    const options = render(<MyTipsPanel content={content.en} store={store} newId={newId} />);
    fireEvent.click(
      (
        await within(popup.container as HTMLElement).findAllByRole('button', {
          name: ui.deleteTipLabel('Silence is fine'),
        })
      )[0]!,
    );
    await vi.waitFor(() =>
      expect(within(options.container as HTMLElement).queryByText('Silence is fine')).toBeNull(),
    );
  });
});
