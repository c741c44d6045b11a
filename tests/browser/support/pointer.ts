import type { Page } from 'playwright-core';

/**
 * Moves the real pointer onto `word`: onto the middle of its first `letters` letters, in
 * the first text node under `within` (a selector) that holds it, as a user's mouse would.
 * Returns the point, to move near it again.
 */
export async function hoverWord(
  page: Page,
  word: string,
  { within = 'body', letters = 4 }: { within?: string; letters?: number } = {},
): Promise<{ x: number; y: number }> {
  const at = await page.evaluate(
    ([word, within, letters]) => {
      const root = document.querySelector(within)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        const i = text.data.indexOf(word);
        if (i === -1) continue;
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + letters);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`"${word}" is not in ${within}`);
    },
    [word, within, letters] as const,
  );
  await page.mouse.move(at.x, at.y);
  return at;
}
