import { storage } from 'wxt/utils/storage';
import { PANEL_SECTION_KEY } from './keys';
import { withDataLock } from './data-lock';
import type { Store } from './store';

/**
 * The section the side panel showed last (a tab, About or For you), so it opens where the
 * user left it; null until they move. Any string: the panel checks it against its sections.
 */
export const panelSection = storage.defineItem<string | null>(`local:${PANEL_SECTION_KEY}`, {
  fallback: null,
  version: 1,
});

/** The stored section from any stored value: a string, or null. */
export function readPanelSection(raw: unknown): string | null {
  return typeof raw === 'string' && raw.length <= 40 ? raw : null;
}

export const panelSectionStore: Store<string | null> = {
  get: () => panelSection.getValue().then(readPanelSection),
  watch: (listener) => panelSection.watch((value) => listener(readPanelSection(value))),
  update: (change) =>
    withDataLock(async () => {
      const current = readPanelSection(await panelSection.getValue());
      await panelSection.setValue(change(current));
    }),
};
