// Card latency benchmark (`npm run bench:card`, after `npm run build`).
//
// How long after the pointer comes to rest on a term its card is on screen, the first card
// after the browser starts included. Three fresh starts of Chromium with the built extension
// (a new profile each: service worker, caches and the card's texts all cold). In each, a
// page is opened and, as soon as its first term is painted, the pointer rests on a glossary
// term (the first card), then on another one, then on one of the user's own terms (whose
// card is an extension page in a frame, made when first needed). The card is seen through
// the DevTools protocol, in its closed shadow root, polled every few ms.
//
// Baseline, in the same run and measured the same way: the page's own hover box, which a
// page script shows after the same 60 ms rest the extension waits (so that a card does not
// flash up as the pointer passes by). The figure minus the baseline is what the extension
// adds. Target: every card within 200 ms.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, loadExtensionFlags } from '../support/browsers.mjs';

const STARTS = 3;
const TARGET_MS = 200;
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const extension = join(root, '.output/chrome-mv3');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes from a care team</title></head>
<body style="font:18px/1.6 system-ui;max-width:40em;margin:2em">
<p id="a">In supervision we talked about the drama triangle, and how a helper slips into rescuing.</p>
<p id="b">Compassion fatigue is common in care work: we talked about it in the team.</p>
<p id="c">After each visit we take a short walkabout before writing the notes.</p>
<p id="plain">This line has a hover box of the page's own.</p>
<div id="box" hidden style="position:fixed;top:10px;right:10px;padding:8px;border:1px solid #999;background:#fff">The page's own box</div>
<script>
  // The baseline: shown after the same 60 ms rest the extension waits.
  let timer;
  const plain = document.getElementById('plain');
  plain.addEventListener('pointerenter', () => {
    timer = setTimeout(() => (document.getElementById('box').hidden = false), 60);
  });
  plain.addEventListener('pointerleave', () => {
    clearTimeout(timer);
    document.getElementById('box').hidden = true;
  });
</script></body></html>`;

const OWN_TERM = {
  id: 'bench-walkabout',
  term: 'walkabout',
  variants: [],
  explanation: 'A short walk together before writing the notes.',
  createdAt: 1,
  updatedAt: 1,
};

const server = createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/notes.html`;

/** The attributes of a DevTools protocol node, as an object. */
const attributesOf = (node) => {
  const list = node.attributes ?? [];
  const out = {};
  for (let i = 0; i < list.length; i += 2) out[list[i]] = list[i + 1];
  return out;
};

/** Is the card (`card`) or a private term's framed card (`card framed`) shown? */
async function cardShown(cdp, className) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const html = (root.children ?? []).find((node) => node.localName === 'html');
  for (const child of html?.children ?? []) {
    for (const shadow of child.shadowRoots ?? []) {
      if (shadow.shadowRootType !== 'closed') continue;
      for (const element of shadow.children ?? []) {
        const attributes = attributesOf(element);
        if (attributes.class !== className || 'hidden' in attributes) continue;
        if ((attributes.style ?? '').includes('visibility: hidden')) continue;
        return true;
      }
    }
  }
  return false;
}

/** The middle of the first `letters` letters of `word` in the element `id`. */
const pointOf = (page, id, word) =>
  page.evaluate(
    ([id, word]) => {
      const text = document.getElementById(id).firstChild;
      const at = text.data.indexOf(word);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + Math.min(word.length, 5));
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    [id, word],
  );

/** Rests the pointer on `point` and gives the ms until `shown()` is true (polled). */
async function restAndWait(page, point, shown) {
  await page.mouse.move(1, 1);
  await page.waitForTimeout(500); // any card from before is gone
  const started = performance.now();
  await page.mouse.move(point.x, point.y);
  for (;;) {
    if (await shown()) return performance.now() - started;
    if (performance.now() - started > 5000) return Infinity;
    await new Promise((resolve) => setTimeout(resolve, 4));
  }
}

const runs = [];
for (let start = 0; start < STARTS; start++) {
  const profile = mkdtempSync(join(tmpdir(), 'hsc-card-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 900, height: 600 },
    args: [...loadExtensionFlags(extension), ...CHROMIUM_FLAGS],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate((term) => chrome.storage.local.set({ ownTerms: [term] }), OWN_TERM);
    for (const other of context.pages()) await other.close(); // the welcome page
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await page.goto(url);
    // The welcome page opens once after install, maybe only now: the page must be in front
    // (a page in the background gets no frames, and the pointer waits for them).
    for (const other of context.pages()) if (other !== page) await other.close();
    await page.bringToFront();
    // As soon as the first term is painted, the user may point at it.
    await page.waitForFunction(
      () => CSS.highlights.size > 0 && [...CSS.highlights.values()].some((h) => h.size > 0),
      undefined,
      { polling: 'raf' },
    );
    const first = await restAndWait(page, await pointOf(page, 'a', 'drama triangle'), () =>
      cardShown(cdp, 'card'),
    );
    const second = await restAndWait(page, await pointOf(page, 'b', 'Compassion fatigue'), () =>
      cardShown(cdp, 'card'),
    );
    const own = await restAndWait(page, await pointOf(page, 'c', 'walkabout'), () =>
      cardShown(cdp, 'card framed'),
    );
    const baseline = await restAndWait(page, await pointOf(page, 'plain', 'hover box'), () =>
      page.evaluate(() => !document.getElementById('box').hidden),
    );
    runs.push({ first, second, own, baseline });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
server.close();

const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'not shown');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`Card latency, ${STARTS} fresh starts of Chromium (pointer at rest → card on screen)`);
console.log('start | first card | second card | own term (frame) | page’s own box (baseline)');
runs.forEach((run, i) =>
  console.log(
    `${i + 1}     | ${ms(run.first)} | ${ms(run.second)} | ${ms(run.own)} | ${ms(run.baseline)}`,
  ),
);
const kinds = ['first', 'second', 'own'];
const baseline = median(runs.map((run) => run.baseline));
for (const kind of kinds) {
  const value = median(runs.map((run) => run[kind]));
  console.log(
    `median ${kind}: ${ms(value)}, ${(value / baseline).toFixed(2)}× the baseline (${ms(baseline)}), ${ms(value - baseline)} more`,
  );
}
const worst = Math.max(...runs.flatMap((run) => kinds.map((kind) => run[kind])));
console.log(
  `every card within ${TARGET_MS} ms: ${worst <= TARGET_MS ? 'met' : 'NOT met'} (slowest ${ms(worst)})`,
);
