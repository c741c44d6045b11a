import { storage } from 'wxt/utils/storage';
import { HIGHLIGHT_SETTINGS_KEY } from './keys';
import { ListFullError } from '../my-data/model';
import {
  DEFAULT_HIGHLIGHT_SETTINGS,
  completeSettings,
  settingsListsGrowPastLimit,
} from '../settings/highlight-settings';
import type { HighlightSettings } from '../settings/highlight-settings';
import { withDataLock } from './data-lock';

/** The stored highlight settings; their model is in ../settings/highlight-settings.ts. */
export const highlightSettings = storage.defineItem<HighlightSettings>(
  `local:${HIGHLIGHT_SETTINGS_KEY}`,
  {
    fallback: DEFAULT_HIGHLIGHT_SETTINGS,
    version: 1,
  },
);

/**
 * Reads the stored settings, applies `change` and stores the result, under the data lock.
 * Rejects with a ListFullError, writing nothing, when a list would pass its limit.
 */
export async function updateHighlightSettings(
  change: (current: HighlightSettings) => HighlightSettings,
): Promise<void> {
  await withDataLock(async () => {
    const current = completeSettings(await highlightSettings.getValue());
    const next = change(current);
    if (settingsListsGrowPastLimit(current, next)) throw new ListFullError('highlightSettings');
    await highlightSettings.setValue(next);
  });
}
