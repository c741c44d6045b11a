import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUIET_FIXTURES, quietProblems } from '../browser/support/quiet-fixtures';
import { senseScan } from '../support/sense-scan';

/**
 * The quiet-highlighting fixtures (false friends, one-concept articles, off-topic pages), in
 * Node with the content script's own scan and sense decision: a fast first check of what the
 * browser tests then check in Chromium and Firefox. The fixtures with a language the page
 * does not declare (wrong-lang, mixed-lang) need the browser's detector, so they are left
 * to the browsers.
 */
const FIXTURES = join(__dirname, '../browser/fixtures');
const NEEDS_THE_DETECTOR = new Set(['wrong-lang', 'mixed-lang']);

describe('the quiet fixtures, in Node', () => {
  for (const name of QUIET_FIXTURES.filter((n) => !NEEDS_THE_DETECTOR.has(n))) {
    it(`${name}: every expected term, and no false friend`, async () => {
      const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
      const shown = (await senseScan(html)).filter((form) => form.shown).map((form) => form.form);
      expect(quietProblems(name, shown)).toEqual([]);
    });
  }
});
