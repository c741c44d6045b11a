/**
 * Moves focus to `selector` once the view has re-rendered (after the next frame), so that
 * when a button disappears under the user's focus (a form closes, an item moves or goes),
 * keyboard and screen-reader users stay where they were instead of back at the top.
 */
export function focusSoon(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}
