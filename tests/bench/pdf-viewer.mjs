// PDF viewer benchmark (`npm run bench:pdf`, after `npm run build`). Not a timed test: it
// prints figures. In real Chromium with the built extension, a generated report of 300 pages
// (and one of 30, to compare) is opened through the viewer's file input; measured, median of
// 3 opens each:
// - from choosing the file to the first page painted (its canvas drawn) and to its first
//   highlight (painted through the CSS Custom Highlight API);
// - after scrolling to the last page, a screen and a half a frame: the JS heap in use, the
//   canvases that hold pixels and their memory (width × height × 4), the text layers in
//   the page, and the DOM nodes still alive (in the page, or cut off and still held). Targets: first page with highlights within 1 s; memory not growing with the
//   page count (300 pages against 30).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_FLAGS,
  chromiumPath,
  loadExtensionFlags,
  unpackedExtensionId,
} from '../support/browsers.mjs';
import { makeLongPdf } from '../support/make-pdf.mjs';

const RUNS = 3;
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const extension = join(root, '.output/chrome-mv3');
const extensionId = unpackedExtensionId(extension);
const profile = mkdtempSync(join(tmpdir(), 'hsc-bench-pdf-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless: true,
  viewport: { width: 1000, height: 800 },
  args: [...loadExtensionFlags(extension), ...CHROMIUM_FLAGS, '--enable-precise-memory-info'],
});

async function openOnce(pages, buffer) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/viewer.html`);
  await page.locator('.viewer-toolbar').waitFor();
  // Watches, from inside the page, for the first painted canvas and the first highlight.
  await page.evaluate(() => {
    const w = window;
    w.__bench = { start: 0, painted: null, highlighted: null };
    const tick = () => {
      const b = w.__bench;
      if (b.start && b.painted === null) {
        const canvas = document.querySelector('.page canvas');
        if (canvas && canvas.width > 0 && canvas.closest('.page').dataset.loaded === 'true')
          b.painted = performance.now() - b.start;
      }
      if (b.start && b.highlighted === null) {
        for (const [name, h] of CSS.highlights)
          if (name.startsWith('hsc-') && name !== 'hsc-active' && h.size > 0)
            b.highlighted = performance.now() - b.start;
      }
      if (b.painted === null || b.highlighted === null) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    document
      .querySelector('[data-testid=pdf-file]')
      .addEventListener('change', () => (w.__bench.start = performance.now()), { capture: true });
  });
  await page
    .locator('[data-testid=pdf-file]')
    .setInputFiles({ name: `report-${pages}.pdf`, mimeType: 'application/pdf', buffer });
  await page.waitForFunction(
    () => window.__bench.painted !== null && window.__bench.highlighted !== null,
    null,
    { timeout: 30_000 },
  );
  const first = await page.evaluate(() => ({ ...window.__bench }));
  // To the end, a screen and a half a frame.
  for (let n = 0; n < 5000; n++) {
    const atEnd = await page.evaluate(async () => {
      const c = document.querySelector('.viewer-container');
      c.scrollTop += c.clientHeight * 1.5;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 16)));
      return c.scrollTop + c.clientHeight >= c.scrollHeight - 2;
    });
    if (atEnd) break;
  }
  await page.waitForFunction(
    (n) => document.querySelector(`.page[data-page-number="${n}"]`)?.dataset.loaded === 'true',
    pages,
    { timeout: 30_000 },
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  // Every node still alive, in the page or cut off from it but held by a reference: text
  // layers given back but still held show here (they are Blink's memory, not the JS heap).
  const { nodes: liveNodes } = await cdp.send('Memory.getDOMCounters');
  const end = await page.evaluate(() => {
    const canvases = [...document.querySelectorAll('.page canvas')].filter((c) => c.width > 0);
    return {
      canvases: canvases.length,
      canvasBytes: canvases.reduce((sum, c) => sum + c.width * c.height * 4, 0),
      textLayers: [...document.querySelectorAll('.textLayer')].filter(
        (t) => t.childElementCount > 0,
      ).length,
      domNodes: document.getElementsByTagName('*').length,
    };
  });
  await cdp.detach();
  await page.close();
  return { ...first, heap, liveNodes, ...end };
}

const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};

const results = {};
for (const pages of [30, 300]) {
  const buffer = makeLongPdf(pages);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await openOnce(pages, buffer));
  const pick = (key) => median(runs.map((r) => r[key]));
  results[pages] = {
    fileKB: buffer.length / 1024,
    firstPagePaintedMs: pick('painted'),
    firstHighlightMs: pick('highlighted'),
    heapMB: pick('heap') / 1e6,
    canvasesAtEnd: pick('canvases'),
    canvasMB: pick('canvasBytes') / 1e6,
    textLayersAtEnd: pick('textLayers'),
    domNodesAtEnd: pick('domNodes'),
    liveNodesAtEnd: pick('liveNodes'),
    runs,
  };
}
await context.close();
rmSync(profile, { recursive: true, force: true });

const fmt = (v, unit = '', digits = 0) => (v === null ? '—' : `${v.toFixed(digits)}${unit}`);
const a = results[30];
const b = results[300];
console.log('PDF viewer (median of %d opens each)', RUNS);
console.log('                                   30 pages     300 pages');
const row = (label, key, unit, digits) =>
  console.log(
    `${label.padEnd(34)} ${fmt(a[key], unit, digits).padEnd(12)} ${fmt(b[key], unit, digits)}`,
  );
row('file size', 'fileKB', ' KB', 0);
row('choose file → first page painted', 'firstPagePaintedMs', ' ms', 0);
row('choose file → first highlight', 'firstHighlightMs', ' ms', 0);
row('JS heap after scrolling to the end', 'heapMB', ' MB', 1);
row('canvases holding pixels at the end', 'canvasesAtEnd', '', 0);
row('their memory', 'canvasMB', ' MB', 1);
row('text layers filled at the end', 'textLayersAtEnd', '', 0);
row('elements in the page at the end', 'domNodesAtEnd', '', 0);
row('DOM nodes alive (in the page or held)', 'liveNodesAtEnd', '', 0);
const perPage = (key, scale) =>
  a[key] === null || b[key] === null ? null : ((b[key] - a[key]) * scale) / (300 - 30);
console.log(
  `target: first page with highlights within 1 s — ${b.firstHighlightMs !== null && b.firstHighlightMs <= 1000 ? 'met' : 'not met'} (${fmt(b.firstHighlightMs, ' ms')})`,
);
console.log(
  `target: memory not growing with the page count — canvases ${a.canvasesAtEnd} → ${b.canvasesAtEnd}, heap ${fmt(a.heapMB, ' MB', 1)} → ${fmt(b.heapMB, ' MB', 1)} (${fmt(perPage('heapMB', 1e3), ' KB', 1)} a page more), nodes alive ${fmt(a.liveNodesAtEnd)} → ${fmt(b.liveNodesAtEnd)} (${fmt(perPage('liveNodesAtEnd', 1), '', 1)} a page more)`,
);
const out = join(root, 'tests/bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'pdf-viewer.json'), `${JSON.stringify(results, null, 2)}\n`);
