// Runs in a page (pass it to page.evaluate, Playwright or Puppeteer): resolves with the
// extension's highlighted texts once its highlights are registered (the highlighter
// started) and have not changed for `quietMs`, or when `timeoutMs` has passed. So a page
// where nothing should be highlighted is judged after the extension has looked at it.
// Shared by the browser tests (tests/browser/support/highlights.ts) and the benchmarks.
export function settleInPage({ quietMs, timeoutMs }) {
  return new Promise((resolve) => {
    const read = () => {
      let started = false;
      const texts = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('hsc-') || name === 'hsc-active') continue;
        started = true;
        for (const r of highlight) {
          const range = document.createRange();
          try {
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
          } catch {
            continue;
          }
          texts.push(range.toString().replace(/\s+/g, ' ').trim().toLowerCase());
        }
      }
      return { started, texts };
    };
    const begun = performance.now();
    let last = null;
    let changedAt = begun;
    const timer = setInterval(() => {
      const now = read();
      const key = now.started ? now.texts.join('\n') : null;
      if (key !== last) {
        last = key;
        changedAt = performance.now();
      } else if (key !== null && performance.now() - changedAt >= quietMs) {
        clearInterval(timer);
        resolve({ ...now, settled: true });
      }
      if (performance.now() - begun > timeoutMs) {
        clearInterval(timer);
        resolve({ ...now, settled: false });
      }
    }, 20);
  });
}
