import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './paths';

/**
 * Saves a screenshot for the README in assets/screenshots/<name>.png, once every running
 * transition (a chevron turning, a card fading in) has finished, so it shows what stays.
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished)),
  );
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), clip });
}
