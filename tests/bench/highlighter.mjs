// Highlighter benchmark (`npm run bench`, after `npm run build`).
//
// One generated page (~200,000 words of Dutch/English-like filler, glossary terms at ~2% of
// the words, deterministic), served from 127.0.0.1, measured in real headless Chromium,
// median of 3 runs per scenario:
//
//   1. bare scan (no extension): TreeWalker over every text node + one combined regex,
//      counting matches; nothing painted. The floor for "finding". Run twice: with ~60
//      glossary variants (the terms inserted in the page) and with exactly the forms the
//      page's languages need (its sections are English and Dutch: every form of both
//      glossaries, everyday ones included); the target ratio uses the latter.
//   2. mark.js `markRegExp` with that same regex of the page's languages (no extension):
//      wraps every hit in <mark>; script time, and the time until two frames later (the
//      marks painted).
//   3. the extension's content script, built-in glossary only: time until its highlights
//      settle after DOMContentLoaded, main-thread time spent in its code, longest task.
//   4. the same with 1,000 extra user terms in storage.local `ownTerms` (runs interleaved
//      with 3, so drift over the session does not tilt the ratio).
//   5. the content script's bundle size, gzipped.
//
// How main-thread time is attributed: the V8 CPU profiler (CDP Profiler, 100 µs sampling)
// sees content-script frames (url chrome-extension://<id>/content-scripts/content.js).
// A trace's FunctionCall/EvaluateScript events do not: the content script's work runs in
// promise continuations, which carry no script URL. The trace is still used for the
// tasks ("RunTask" events on the page's main thread); the profile's sample timestamps and
// the trace share one clock, so each task's share of extension samples is known.
//
// It is a report, not a test: it always exits 0, except when there is no build (exit 1).
// Results: console tables + tests/bench/results/highlighter.json.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Buffer } from 'node:buffer';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { foundCount, pageTermsOf } from './support/page-terms.mjs';
import {
  longest,
  median,
  pageMainThread,
  profileSamples,
  profileTimes,
  round,
  startProfiler,
  startTracing,
  stopProfiler,
  stopTracing,
  taskBreakdown,
  tasksOf,
} from './support/cdp.mjs';
import { baselineExtension } from './support/baseline.mjs';
import {
  CHROMIUM_FLAGS as FLAGS,
  chromiumPath,
  loadExtensionFlags,
  unpackedExtensionId,
} from '../support/browsers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const CONTENT_JS = join(EXTENSION, 'content-scripts/content.js');
const MARK_JS = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
const RESULTS = join(ROOT, 'tests/bench/results/highlighter.json');
const CHROMIUM = chromiumPath();

const RUNS = 3; // measured runs per scenario (median)
const WARM_UPS = 2; // unmeasured loads first, per browser
const SEED = 20150301;
const PAGE_WORDS = 200_000;
const TERM_RATE = 0.02; // share of word slots that hold a glossary term
const TERMS_PER_LANGUAGE = 30; // ~60 terms in all
const DUTCH_PAGE_WORDS = 200_000; // the long Dutch page (scenario 6)
const USER_TERM_COUNT = 1000;
const SETTLE_QUIET_MS = 300; // highlights count as settled after this long without change
const SETTLE_TIMEOUT_MS = 10_000; // after DOMContentLoaded; then "no highlights appeared"
const HARNESS_URL = 'hsc-bench-harness.js'; // sourceURL of our in-page bench code
// HSC_BENCH_ONLY=long-dutch: only the long Dutch page, with the extension (while tuning).
const ONLY_DUTCH = process.env.HSC_BENCH_ONLY === 'long-dutch';

const TARGETS = {
  mainThreadRatioToBareScan: { max: 2 },
  markJsRatioToExtension: { min: 5 },
  longestTaskMs: { max: 50 },
  settleMs: { max: 1000 },
  userTermsRatio: { max: 2 },
  bundleGzipKb: { below: 20 },
  dutchSettleMs: { max: 400 },
  dutchLongestTaskMs: { max: 50 },
};

// ---------------------------------------------------------------------------------------
// Preconditions

if (!existsSync(join(EXTENSION, 'manifest.json'))) {
  console.error(`No Chrome build in ${EXTENSION}: run "npm run build" first.`);
  process.exit(1);
}
if (!existsSync(MARK_JS)) {
  console.error(`mark.js is missing (${MARK_JS}): run "npm ci".`);
  process.exit(1);
}
const hasContentScript = existsSync(CONTENT_JS);

// ---------------------------------------------------------------------------------------
// Deterministic inputs: terms, filler vocabulary, the page, the user terms

/** mulberry32: a small seeded PRNG, so every run measures the very same page. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(SEED);
const pick = (list) => list[Math.floor(rand() * list.length)];
const between = (min, max) => min + Math.floor(rand() * (max - min + 1));

/**
 * Every form a language's glossary matches (`variants` and `everyday`), imported from
 * utils/texts/<lang>/glossary-terms.ts itself: transpiled by TypeScript (it has type
 * imports only) and loaded from a data: URL, so the bench reads exactly what is built.
 */
async function readVariants(lang) {
  const file = join(ROOT, 'utils/texts', lang, 'glossary-terms.ts');
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const url = `data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`;
  const { glossaryTerms } = await import(url);
  const forms = Object.values(glossaryTerms).flatMap((entry) => [
    ...entry.variants,
    ...(entry.everyday ?? []),
  ]);
  return [...new Set(forms)];
}

/** `count` different variants, spread over the list by the PRNG. */
function pickTerms(variants, count) {
  const pool = [...variants];
  const chosen = [];
  while (chosen.length < count && pool.length > 0) {
    chosen.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
  }
  return chosen;
}

const variantsEn = await readVariants('en');
const variantsNl = await readVariants('nl');
if (variantsEn.length < TERMS_PER_LANGUAGE || variantsNl.length < TERMS_PER_LANGUAGE) {
  console.error('Could not read the glossary forms from utils/texts/{en,nl}/glossary-terms.ts.');
  process.exit(1);
}
const allVariants = [...new Set([...variantsEn, ...variantsNl])];
const termsEn = pickTerms(variantsEn, TERMS_PER_LANGUAGE);
const termsNl = pickTerms(
  variantsNl.filter((v) => !termsEn.includes(v)),
  TERMS_PER_LANGUAGE,
);
const benchTerms = [...new Set([...termsEn, ...termsNl])];

// Filler words. Left out: any word that is a glossary variant by itself, and any word that
// starts a multi-word variant ("wait" of "wait list"), so the only glossary matches on the
// page are the inserted terms.
const variantKeys = new Set(allVariants.map((v) => v.toLowerCase()));
const firstWords = new Set(
  allVariants.filter((v) => v.includes(' ')).map((v) => v.toLowerCase().split(' ')[0]),
);
const fillerWords = (text) =>
  text.split(/\s+/).filter((w) => w && !variantKeys.has(w) && !firstWords.has(w));
const fillerEn = fillerWords(`the a an and or but of to in on at for with from by about as
  into after before over under again never always often sometimes people person day week
  year time morning evening letter house street garden table window door kitchen school
  office train city village river road book paper story question answer plan list note
  meeting phone friend neighbour family child parent colleague team work job task money
  price weather rain sun light water coffee tea bread dinner lunch walk talk read write
  think know feel see hear bring carry open close start finish wait stay leave arrive
  return change keep give take make find send call ask tell show try use need want like
  small large old new long short early late quiet busy warm cold green blue careful simple
  clear quick slow good better usual ordinary local public private second third next last
  every other`);
const fillerNl = fillerWords(`de het een en of maar van naar in op aan voor met uit door
  over bij na voordat onder weer nooit altijd vaak soms mensen persoon dag week jaar tijd
  ochtend avond brief huis straat tuin tafel raam deur keuken school kantoor trein stad
  dorp rivier weg boek papier verhaal vraag antwoord plan lijst notitie vergadering
  telefoon vriend buurman familie kind ouder collega team werk baan taak geld prijs weer
  regen zon licht water koffie thee brood avondeten lunch lopen praten lezen schrijven
  denken weten voelen zien horen brengen dragen openen sluiten beginnen afmaken wachten
  blijven vertrekken aankomen terugkeren veranderen houden geven nemen maken vinden sturen
  bellen vragen vertellen tonen proberen gebruiken nodig willen klein groot oud nieuw lang
  kort vroeg laat stil druk warm koud groen blauw zorgvuldig eenvoudig helder snel
  langzaam goed beter gewoon lokaal openbaar tweede derde volgende laatste elke andere`);

/**
 * The bench page: sections with a heading, paragraphs of 40–120 words, now and then a list,
 * some words in <em>/<strong>/<a>; each section in English or Dutch, with that language's
 * terms at TERM_RATE of the word slots (a term takes one slot, whatever its length).
 */
function generatePage() {
  const stats = { words: 0, termsInserted: 0 };
  const html = [];
  const nextWord = (vocab, terms) => {
    stats.words++;
    if (rand() < TERM_RATE) {
      stats.termsInserted++;
      return pick(terms);
    }
    return pick(vocab);
  };
  const inline = (text) => {
    const r = rand();
    if (r < 0.01) return `<em>${text}</em>`;
    if (r < 0.02) return `<strong>${text}</strong>`;
    if (r < 0.03) return `<a href="#s${between(1, 999)}">${text}</a>`;
    return text;
  };
  const sentence = (vocab, terms, length) => {
    const words = [];
    for (let i = 0; i < length; i++) words.push(inline(nextWord(vocab, terms)));
    if (words.length > 6 && rand() < 0.4) words[between(2, words.length - 3)] += ',';
    const first = words[0];
    words[0] = first.startsWith('<') ? first : first[0].toUpperCase() + first.slice(1);
    return words.join(' ') + (rand() < 0.1 ? '?' : '.');
  };
  const block = (vocab, terms, length) => {
    const parts = [];
    for (let left = length; left > 0;) {
      const n = Math.min(left, between(6, 18));
      parts.push(sentence(vocab, terms, n));
      left -= n;
    }
    return parts.join(' ');
  };
  html.push(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Highlighter bench</title>',
    '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em}</style>',
    '</head><body><main><h1>Notes from the field / Notities uit de praktijk</h1>',
  );
  for (let section = 1; stats.words < PAGE_WORDS; section++) {
    const dutch = rand() < 0.5;
    const vocab = dutch ? fillerNl : fillerEn;
    const terms = dutch ? termsNl : termsEn;
    html.push(`<section id="s${section}" lang="${dutch ? 'nl' : 'en'}">`);
    html.push(`<h2>${block(vocab, terms, between(3, 7)).replace(/[.?]$/, '')}</h2>`);
    for (let p = between(3, 7); p > 0; p--) {
      html.push(`<p>${block(vocab, terms, between(40, 120))}</p>`);
      if (rand() < 0.15) {
        const items = [];
        for (let i = between(3, 6); i > 0; i--) {
          items.push(`<li>${block(vocab, terms, between(4, 14))}</li>`);
        }
        html.push(`<ul>${items.join('')}</ul>`);
      }
    }
    html.push('</section>');
  }
  html.push('</main></body></html>');
  return { html: html.join('\n'), ...stats };
}

/**
 * The long Dutch page: DUTCH_PAGE_WORDS words of Dutch filler with Dutch terms at TERM_RATE,
 * `lang` only on <html>, no sections (paragraphs straight in <body>, a heading now and
 * then): the page is one section, and its language is read from the page as a whole.
 */
function generateDutchPage() {
  const stats = { words: 0, termsInserted: 0 };
  const html = [
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Lange pagina</title>',
    '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em}</style>',
    '</head><body><h1>Een lange pagina</h1>',
  ];
  while (stats.words < DUTCH_PAGE_WORDS) {
    const words = [];
    for (let i = between(40, 120); i > 0; i--) {
      stats.words++;
      if (rand() < TERM_RATE) {
        stats.termsInserted++;
        words.push(pick(termsNl));
      } else words.push(pick(fillerNl));
    }
    html.push(`<p>${words.join(' ')}.</p>`);
    if (rand() < 0.05) html.push(`<h2>${pick(fillerNl)} ${pick(fillerNl)}</h2>`);
  }
  html.push('</body></html>');
  return { html: html.join('\n'), ...stats };
}

/** Invented two-word user terms; none of them occurs on the page (pure matcher cost). */
function generateUserTerms() {
  const syllables = 'ka lo mi nu pe ra si to vu ze bra dri flo gru kle pla stro tve wy xo';
  const list = syllables.split(' ');
  const word = () => Array.from({ length: between(2, 3) }, () => pick(list)).join('') + 'q';
  const seen = new Set();
  const terms = [];
  while (terms.length < USER_TERM_COUNT) {
    const term = `${word()} ${word()}`;
    if (seen.has(term)) continue;
    seen.add(term);
    terms.push({
      id: `bench-${terms.length + 1}`,
      term,
      variants: [term, term.replace(' ', '-')],
      explanation: 'A benchmark term.',
    });
  }
  return terms;
}

/** One case-insensitive regex of all terms, longest first, whole words (Unicode edges). */
function combinedRegex(terms) {
  const escape = (term) =>
    term
      .replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
      .replace(/ /g, '\\s+')
      .replace(/'/g, "['’]");
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(escape);
  const edge = '[\\p{L}\\p{N}\\p{M}_-]';
  return { source: `(?<!${edge})(?:${alternatives.join('|')})(?!${edge})`, flags: 'giu' };
}

const page = generatePage();
const dutchPage = generateDutchPage();
const regexDutch = combinedRegex(termsNl);
const regex = combinedRegex(benchTerms);
const regexAllVariants = combinedRegex(allVariants);
const userTerms = generateUserTerms();

// ---------------------------------------------------------------------------------------
// Local HTTP server (loopback only, random port)

const server = createServer((request, response) => {
  const html = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  if (request.url === '/') {
    response.writeHead(200, html).end(page.html);
  } else if (request.url === '/dutch') {
    response.writeHead(200, html).end(dutchPage.html);
  } else if (request.url === '/blank') {
    response.writeHead(200, html).end('<!doctype html><meta charset="utf-8"><title>blank</title>');
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;
const BENCH_URL = `${ORIGIN}/`;
const DUTCH_URL = `${ORIGIN}/dutch`;
const BLANK_URL = `${ORIGIN}/blank`;

// ---------------------------------------------------------------------------------------
// In-page code

// Installed before any page script (addInitScript), in the page's main world: a 10 ms poll
// of CSS.highlights, summing `.size` over the highlights named "hsc-*" (the content
// script's, visible from the main world). `lastChangeAt` is the performance.now() of the
// last change; settled once non-zero and unchanged for SETTLE_QUIET_MS.
const INIT_SCRIPT = `(() => {
  const state = (window.__hscBench = { count: 0, firstAt: null, lastChangeAt: null, settledAt: null });
  if (!(window.CSS && CSS.highlights)) return;
  const timer = setInterval(() => {
    let n = 0;
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('hsc-')) n += highlight.size;
    const now = performance.now();
    if (n !== state.count) {
      state.count = n;
      state.lastChangeAt = now;
      if (n > 0 && state.firstAt === null) state.firstAt = now;
    } else if (n > 0 && now - state.lastChangeAt >= ${SETTLE_QUIET_MS}) {
      state.settledAt = now;
      clearInterval(timer);
    }
  }, 10);
})();`;

// Added to the page as a script with its own sourceURL, so the CPU profiler attributes
// its frames (and mark.js's, which it calls) the way it does the extension's.
const HARNESS = `window.__bench = {
  scan(source, flags) {
    const re = new RegExp(source, flags);
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let nodes = 0, matches = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes++;
      const text = node.data;
      re.lastIndex = 0;
      while (re.exec(text) !== null) matches++;
    }
    return { scriptMs: performance.now() - t0, nodes, matches };
  },
  async mark(source, flags) {
    const re = new RegExp(source, flags);
    let matches = 0;
    const t0 = performance.now();
    new Mark(document.body).markRegExp(re, { done: (n) => { matches = n; } });
    const t1 = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { scriptMs: t1 - t0, paintedMs: performance.now() - t0, matches };
  },
};
//# sourceURL=${HARNESS_URL}`;

// Run in the page after settling: the highlighted ranges (StaticRange or Range) whose text
// is not exactly one match of the bench regex, counted by text.
function unexpectedHighlights([source, flags]) {
  const re = new RegExp(source, flags);
  const textOf = (r) => {
    if (r.startContainer === r.endContainer && r.startContainer.nodeType === Node.TEXT_NODE) {
      return r.startContainer.data.slice(r.startOffset, r.endOffset);
    }
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  };
  const odd = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('hsc-')) continue;
    for (const r of highlight) {
      const text = textOf(r);
      re.lastIndex = 0;
      const m = re.exec(text);
      if (!m || m[0] !== text) odd[text] = (odd[text] ?? 0) + 1;
    }
  }
  return odd;
}

// ---------------------------------------------------------------------------------------
// CDP: CPU profile and trace

/**
 * Script time in the trace whose `args.data.url` matches (FunctionCall, EvaluateScript,
 * v8.compile; nested events counted once). The fallback attribution, and a check on the
 * profiler: for this content script it sees only the first evaluation (~1 ms).
 */
function traceScriptMs(events, thread, matches) {
  const names = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile']);
  const hits = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        names.has(e.name) &&
        e.pid === thread?.pid &&
        e.tid === thread?.tid &&
        matches(e.args?.data?.url ?? ''),
    )
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let coveredUntil = -Infinity;
  for (const e of hits) {
    const end = e.ts + (e.dur ?? 0);
    if (end > coveredUntil) total += end - Math.max(e.ts, coveredUntil);
    coveredUntil = Math.max(coveredUntil, end);
  }
  return { ms: total / 1000, hits };
}

// ---------------------------------------------------------------------------------------
// Browsers

const VIEWPORT = { width: 1280, height: 800 };

/** A new tab on a blank page of the bench origin (same renderer for the bench page). */
async function blankTab(context) {
  const tab = await context.newPage();
  await tab.goto(BLANK_URL);
  return tab;
}

// ---------------------------------------------------------------------------------------
// Scenarios 1 and 2: bare scan and mark.js, in a browser without the extension

/**
 * Loads the bench page, traced: the longest task of the page's own load (parsing, style,
 * layout; no script of ours, no extension) is the reference for the extension's.
 */
async function loadPlain(context) {
  const tab = await blankTab(context);
  const session = await context.newCDPSession(tab);
  const events = await startTracing(session);
  await tab.goto(BENCH_URL, { waitUntil: 'load' });
  await tab.waitForTimeout(300);
  await stopTracing(session, events);
  await session.detach();
  await tab.addScriptTag({ content: HARNESS });
  return {
    tab,
    loadLongestTaskMs: longest(tasksOf(events, pageMainThread(events, BENCH_URL, ORIGIN))),
  };
}

/** One bare scan: in-page script time and the profiler's time in the harness (+ callees). */
async function runBareScan(context, re) {
  const { tab, loadLongestTaskMs } = await loadPlain(context);
  const session = await context.newCDPSession(tab);
  await startProfiler(session);
  const result = await tab.evaluate(([s, f]) => window.__bench.scan(s, f), [re.source, re.flags]);
  const profile = profileTimes(
    profileSamples(await stopProfiler(session), (url) => url === HARNESS_URL),
  );
  await tab.close();
  return {
    ...result,
    profilerMs: profile.inclusiveMs,
    profilerNonIdleMs: profile.nonIdleMs,
    loadLongestTaskMs,
  };
}

/** One mark.js run: script time, time to painted, profiler time, longest task (traced). */
async function runMarkJs(context) {
  const { tab } = await loadPlain(context);
  await tab.addScriptTag({ path: MARK_JS });
  const session = await context.newCDPSession(tab);
  await startProfiler(session);
  const events = await startTracing(session);
  const result = await tab.evaluate(
    ([s, f]) => window.__bench.mark(s, f),
    [regexAllVariants.source, regexAllVariants.flags],
  );
  await tab.waitForTimeout(100);
  await stopTracing(session, events);
  const profile = profileTimes(
    profileSamples(await stopProfiler(session), (url) => url === HARNESS_URL),
  );
  await tab.close();
  // The page was loaded before tracing started: its main thread is found by process.
  const harnessCall = events.find((e) => e.name === 'FireAnimationFrame');
  const thread = harnessCall ? { pid: harnessCall.pid, tid: harnessCall.tid } : null;
  return {
    ...result,
    profilerMs: profile.inclusiveMs,
    profilerNonIdleMs: profile.nonIdleMs,
    longestTaskMs: longest(tasksOf(events, thread)),
  };
}

async function measureWithoutExtension() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    for (let i = 0; i < WARM_UPS; i++) await runBareScan(context, regex);
    const bare = [];
    const bareAll = [];
    const mark = [];
    for (let i = 0; i < RUNS; i++) bare.push(await runBareScan(context, regex));
    for (let i = 0; i < RUNS; i++) bareAll.push(await runBareScan(context, regexAllVariants));
    for (let i = 0; i < RUNS; i++) mark.push(await runMarkJs(context));
    return { bare, bareAll, mark };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------
// Scenarios 3 and 4: the extension's content script

/** Polls the in-page state until the highlights settled or SETTLE_TIMEOUT_MS passed. */
async function waitForSettle(tab) {
  const dcl = await tab.evaluate(
    () => performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
  );
  for (;;) {
    const state = await tab.evaluate(() => ({ ...window.__hscBench, now: performance.now() }));
    if (state.settledAt !== null || state.now - dcl > SETTLE_TIMEOUT_MS) return { state, dcl };
    await tab.waitForTimeout(100);
  }
}

/**
 * One load of the bench page with the extension. CPU profiler and trace run from just
 * before navigation until the highlights settled (or SETTLE_TIMEOUT_MS passed). The tab
 * first opens a blank page on the same origin, so the navigation stays in the same
 * renderer process and the profiler keeps running through it.
 */
async function runExtension(context, url = BENCH_URL, pageRegex = regex) {
  const tab = await blankTab(context);
  await tab.waitForTimeout(200);
  const session = await context.newCDPSession(tab);
  await startProfiler(session);
  const events = await startTracing(session);
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  const { state, dcl } = await waitForSettle(tab);
  const isExtension = (url) => url.startsWith('chrome-extension://');
  const samples = profileSamples(await stopProfiler(session), isExtension);
  await stopTracing(session, events);
  const odd =
    state.count > 0
      ? await tab.evaluate(unexpectedHighlights, [pageRegex.source, pageRegex.flags])
      : {};
  const found = state.count > 0 ? foundCount(await pageTermsOf(await workerOf(context), tab)) : 0;
  await tab.close();

  const profile = profileTimes(samples);
  const thread = pageMainThread(events, url, ORIGIN);
  const trace = traceScriptMs(events, thread, isExtension);
  const tasks = tasksOf(events, thread);
  // Where the extension's code ran: profiler samples if it saw any, else trace events.
  const extensionTimes =
    profile.inclusiveMs > 0
      ? samples.filter((s) => s.inclusive).map((s) => s.time)
      : trace.hits.map((e) => e.ts);
  const ranExtension = (task) => extensionTimes.some((t) => t >= task.start && t < task.end);
  const firstExtension = Math.min(...extensionTimes);
  const settled = state.settledAt !== null;
  return {
    settled,
    // Painted near the viewport when settled, and found on the whole page (the popup's count).
    painted: state.count,
    highlights: found,
    unexpectedHighlights: odd,
    // Milliseconds after DOMContentLoaded (domContentLoadedEventStart) until the highlight
    // count last changed (settle) and first became non-zero.
    settleMs: settled ? state.lastChangeAt - dcl : null,
    firstHighlightMs: state.firstAt === null ? null : state.firstAt - dcl,
    profilerMs: profile.inclusiveMs,
    profilerSelfMs: profile.selfMs,
    topFrames: profile.topFrames,
    profilerUrls: profile.urls,
    traceScriptMs: trace.ms,
    // Longest task on the page's main thread: over the whole load (the page's own layout
    // included), among the tasks that ran extension code, and among all tasks from the
    // extension's first code until the end (its highlights' style/paint work included).
    longestTaskWholeLoadMs: longest(tasks),
    longestTaskWithExtensionCodeMs: longest(tasks.filter(ranExtension)),
    longestTaskWhileHighlightingMs: Number.isFinite(firstExtension)
      ? longest(tasks.filter((t) => t.end > firstExtension))
      : null,
    tasksWithExtensionCode: tasks.filter(ranExtension).length,
    // When the extension's tasks ran, after DOMContentLoaded (ms): where the time to settle goes.
    extensionTaskTimeline: (() => {
      const dclEvent = events.find(
        (e) => e.name === 'MarkDOMContent' && e.pid === thread?.pid && e.args?.data?.isMainFrame,
      );
      if (!dclEvent) return [];
      return tasks
        .filter(ranExtension)
        .map((t) => [round((t.start - dclEvent.ts) / 1000), round(t.ms)]);
    })(),
    // What the longest tasks were made of (script, style, layout, paint…), and how much of
    // each was the extension's own code (profiler samples inside it).
    longestTasks: [
      ['with extension code', tasks.filter(ranExtension)],
      ['while highlighting', tasks.filter((t) => t.end > firstExtension)],
    ].map(([label, list]) => {
      const task = list.reduce((a, b) => (b.ms > (a?.ms ?? -1) ? b : a), null);
      const ownMs = task
        ? samples
            .filter((s) => s.inclusive && s.time >= task.start && s.time < task.end)
            .reduce((total, s) => total + s.duration / 1000, 0)
        : 0;
      const inTask = task ? samples.filter((s) => s.time >= task.start && s.time < task.end) : [];
      return {
        label,
        ms: task ? round(task.ms) : null,
        extensionCodeMs: round(ownMs),
        extensionFrames: profileTimes(inTask).topFrames,
        parts: taskBreakdown(events, thread, task),
      };
    }),
  };
}

/** The extension's service worker in `context`. */
async function workerOf(context) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Stores (or clears) the user terms through the extension's own page. */
async function setOwnTerms(context, extensionId, ownTerms) {
  const tab = await context.newPage();
  await tab.goto(`chrome-extension://${extensionId}/popup.html`);
  await tab.evaluate((terms) => chrome.storage.local.set({ ownTerms: terms }), ownTerms);
  const stored = await tab.evaluate(() => chrome.storage.local.get('ownTerms'));
  await tab.close();
  return stored.ownTerms?.length ?? 0;
}

/** `onlyDutch`: the long Dutch page only; `withoutUserTerms`: not the 1,000 user terms. */
async function measureWithExtension(
  path = EXTENSION,
  onlyDutch = ONLY_DUTCH,
  withoutUserTerms = false,
) {
  const profileDir = mkdtempSync(join(tmpdir(), 'hsc-bench-hl-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    args: [...loadExtensionFlags(path), ...FLAGS],
  });
  await context.addInitScript({ content: INIT_SCRIPT });
  const extensionId = unpackedExtensionId(path);
  const builtIn = [];
  const withUserTerms = [];
  const dutch = [];
  let storedUserTerms = 0;
  try {
    for (let i = 0; i < WARM_UPS; i++) {
      const warmUp = await runExtension(context);
      // No highlights at all: one 10 s wait is enough to say so.
      if (!warmUp.settled) return { builtIn: [warmUp], withUserTerms, storedUserTerms, dutch };
    }
    // Interleaved: built-in only, then with the user terms, then the long Dutch page, RUNS times.
    for (let i = 0; i < RUNS; i++) {
      await setOwnTerms(context, extensionId, []);
      if (!onlyDutch) builtIn.push(await runExtension(context));
      dutch.push(await runExtension(context, DUTCH_URL, regexDutch));
      if (onlyDutch || withoutUserTerms) continue;
      storedUserTerms = await setOwnTerms(context, extensionId, userTerms);
      withUserTerms.push(await runExtension(context));
    }
    return { builtIn, withUserTerms, storedUserTerms, dutch };
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------
// Run

const startedAt = performance.now();
console.log(
  `Page: ${page.words} words, ${page.termsInserted} terms inserted (${benchTerms.length} ` +
    `distinct; the extension knows ${allVariants.length} variants), ` +
    `${(page.html.length / 1e6).toFixed(2)} MB HTML, ${ORIGIN}`,
);
console.log(
  `Long Dutch page: ${dutchPage.words} words, ${dutchPage.termsInserted} terms inserted, ` +
    `lang only on <html>, no sections, ${(dutchPage.html.length / 1e6).toFixed(2)} MB HTML`,
);
const plain = ONLY_DUTCH ? null : await measureWithoutExtension();
const ext = await measureWithExtension();
// The extension as it was at HSC_BASELINE_REF, on the long Dutch page, in this same run.
const baseline = baselineExtension(ROOT);
const baselineRuns = baseline ? await measureWithExtension(baseline.path, ONLY_DUTCH, true) : null;
const baselineDutch = baselineRuns?.dutch ?? null;
server.close();
if (ONLY_DUTCH) {
  for (const run of [
    ...ext.dutch,
    ...(baselineDutch ?? []).map((r) => ({ ...r, baseline: true })),
  ]) {
    if (run.baseline) console.log(`baseline ${baseline.ref}:`);
    console.log(
      `long Dutch page: settled ${round(run.settleMs)} ms after DCL, first ${round(run.firstHighlightMs)} ms, ` +
        `longest task while highlighting ${run.longestTaskWhileHighlightingMs} ms, found ${run.highlights}`,
    );
    const timeline = run.extensionTaskTimeline;
    console.log(
      `  ${timeline.length} tasks with extension code, from ${timeline[0]?.[0]} to ${timeline.at(-1)?.[0]} ms after DCL; ` +
        `first ten: ${timeline
          .slice(0, 10)
          .map(([at, ms]) => `${at}+${ms}`)
          .join(' ')}`,
    );
    for (const task of run.longestTasks) {
      console.log(
        `  ${task.label}: ${task.ms} ms, own code ${task.extensionCodeMs} ms: ` +
          task.extensionFrames.map((f) => `${f.frame} ${f.ms}`).join(', '),
      );
    }
  }
  process.exit(0);
}

// ---------------------------------------------------------------------------------------
// Figures

const ratio = (a, b) => (a === null || b === null || !b ? null : round(a / b, 2));
const med = (runs, key) => round(median(runs.map((r) => r[key])));

const contentJs = hasContentScript ? readFileSync(CONTENT_JS) : null;
const builtInSettled = ext.builtIn.length > 0 && ext.builtIn.every((r) => r.settled);
const userSettled = ext.withUserTerms.length > 0 && ext.withUserTerms.every((r) => r.settled);
// Main-thread time on the extension's behalf: the CPU profiler's when it sees the content
// script's frames, else the trace's script events.
const attribution = ext.builtIn.some((r) => r.profilerMs > 0)
  ? 'profiler'
  : ext.builtIn.some((r) => r.traceScriptMs > 0)
    ? 'tracing'
    : 'none';
const extKey = attribution === 'tracing' ? 'traceScriptMs' : 'profilerMs';
const lastBuiltIn = ext.builtIn.at(-1);

const figures = {
  // 1. bare scan, ~60 terms: in-page script time (performance.now() around the walk), and
  //    the CPU profiler's time in the harness frames plus what they called (the figure the
  //    extension is compared with: same instrument), and all non-idle profile time.
  bareScanScriptMs: med(plain.bare, 'scriptMs'),
  bareScanProfilerMs: med(plain.bare, 'profilerMs'),
  bareScanProfilerNonIdleMs: med(plain.bare, 'profilerNonIdleMs'),
  bareScanMatches: plain.bare[0].matches,
  bareScanTextNodes: plain.bare[0].nodes,
  // the same scan with exactly the forms the page's languages need (the target's baseline)
  bareScanAllVariantsProfilerMs: med(plain.bareAll, 'profilerMs'),
  bareScanAllVariantsMatches: plain.bareAll[0].matches,
  // the page's own load (no script of ours, no extension): its longest task (trace)
  pageLoadLongestTaskMs: med(plain.bare, 'loadLongestTaskMs'),
  // 2. mark.js markRegExp, the page's languages' regex: script time, start → two animation frames later
  //    (marks painted: script + the style/layout/paint the new elements cost), profiler
  //    time in harness + mark.js, longest task (trace)
  markJsScriptMs: med(plain.mark, 'scriptMs'),
  markJsPaintedMs: med(plain.mark, 'paintedMs'),
  markJsProfilerMs: med(plain.mark, 'profilerMs'),
  markJsMatches: plain.mark[0].matches,
  markJsLongestTaskMs: med(plain.mark, 'longestTaskMs'),
  // 3. extension, built-in glossary
  extensionSettled: builtInSettled,
  extensionHighlights: lastBuiltIn?.highlights ?? 0,
  extensionPaintedWhenSettled: lastBuiltIn?.painted ?? 0,
  extensionUnexpectedHighlights: lastBuiltIn?.unexpectedHighlights ?? {},
  extensionSettleMs: builtInSettled ? med(ext.builtIn, 'settleMs') : null,
  extensionFirstHighlightMs: builtInSettled ? med(ext.builtIn, 'firstHighlightMs') : null,
  extensionMainThreadAttribution: attribution,
  extensionMainThreadMs: builtInSettled ? med(ext.builtIn, extKey) : null,
  extensionProfilerMs: med(ext.builtIn, 'profilerMs'),
  extensionProfilerSelfMs: med(ext.builtIn, 'profilerSelfMs'),
  extensionTraceScriptMs: med(ext.builtIn, 'traceScriptMs'),
  extensionLongestTaskWholeLoadMs: builtInSettled
    ? med(ext.builtIn, 'longestTaskWholeLoadMs')
    : null,
  extensionLongestTaskWithCodeMs: builtInSettled
    ? med(ext.builtIn, 'longestTaskWithExtensionCodeMs')
    : null,
  extensionLongestTaskWhileHighlightingMs: builtInSettled
    ? med(ext.builtIn, 'longestTaskWhileHighlightingMs')
    : null,
  extensionTasksWithCode: builtInSettled ? med(ext.builtIn, 'tasksWithExtensionCode') : null,
  extensionTopFrames: lastBuiltIn?.topFrames ?? [],
  extensionLongestTasks: lastBuiltIn?.longestTasks ?? [],
  extensionProfilerUrls: [...new Set(ext.builtIn.flatMap((r) => r.profilerUrls))],
  // 4. extension with 1,000 user terms in storage.local ownTerms
  userTermsStored: ext.storedUserTerms,
  userTermsSettled: userSettled,
  userTermsHighlights: ext.withUserTerms.at(-1)?.highlights ?? null,
  userTermsSettleMs: userSettled ? med(ext.withUserTerms, 'settleMs') : null,
  userTermsMainThreadMs: userSettled ? med(ext.withUserTerms, extKey) : null,
  userTermsLongestTaskWithCodeMs: userSettled
    ? med(ext.withUserTerms, 'longestTaskWithExtensionCodeMs')
    : null,
  // 6. the long Dutch page (lang only on <html>, no sections)
  dutchSettled: ext.dutch.length > 0 && ext.dutch.every((r) => r.settled),
  dutchHighlights: ext.dutch.at(-1)?.highlights ?? null,
  dutchSettleMs: ext.dutch.length > 0 ? med(ext.dutch, 'settleMs') : null,
  dutchSettleMsRuns: ext.dutch.map((r) => round(r.settleMs)),
  dutchLongestTaskWithCodeMs:
    ext.dutch.length > 0 ? med(ext.dutch, 'longestTaskWithExtensionCodeMs') : null,
  dutchLongestTaskWithCodeMsRuns: ext.dutch.map((r) => round(r.longestTaskWithExtensionCodeMs)),
  dutchLongestTaskWhileHighlightingMs:
    ext.dutch.length > 0 ? med(ext.dutch, 'longestTaskWhileHighlightingMs') : null,
  dutchBaseline: baselineDutch
    ? {
        ref: baseline.ref,
        commit: baseline.commit,
        settleMs: med(baselineDutch, 'settleMs'),
        settleMsRuns: baselineDutch.map((r) => round(r.settleMs)),
        longestTaskWithCodeMs: med(baselineDutch, 'longestTaskWithExtensionCodeMs'),
        longestTaskWithCodeMsRuns: baselineDutch.map((r) =>
          round(r.longestTaskWithExtensionCodeMs),
        ),
        highlights: baselineDutch.at(-1)?.highlights ?? null,
        mainPageMainThreadMs: baselineRuns.builtIn.length
          ? med(baselineRuns.builtIn, extKey)
          : null,
        mainPageSettleMs: baselineRuns.builtIn.length
          ? med(baselineRuns.builtIn, 'settleMs')
          : null,
        mainPageLongestTaskMs: baselineRuns.builtIn.length
          ? med(baselineRuns.builtIn, 'longestTaskWhileHighlightingMs')
          : null,
        mainPageHighlights: baselineRuns.builtIn.at(-1)?.highlights ?? null,
      }
    : null,
  // 5. bundle
  contentScriptKb: contentJs ? round(contentJs.length / 1024) : null,
  contentScriptGzipKb: contentJs ? round(gzipSync(contentJs).length / 1024, 2) : null,
};

const ratios = {
  // extension main-thread time / bare scan (both: CPU profiler, attributed incl. callees)
  mainThreadRatioToBareScan: ratio(figures.extensionMainThreadMs, figures.bareScanProfilerMs),
  // the same against the bare scan with the forms of the page's languages (the target)
  mainThreadRatioToBareScanAllVariants: ratio(
    figures.extensionMainThreadMs,
    figures.bareScanAllVariantsProfilerMs,
  ),
  // mark.js start → painted / extension main-thread time
  markJsRatioToExtension: ratio(figures.markJsPaintedMs, figures.extensionMainThreadMs),
  // mark.js script time only / extension main-thread time
  markJsScriptRatioToExtension: ratio(figures.markJsScriptMs, figures.extensionMainThreadMs),
  // main-thread time with 1,000 user terms / built-in only
  userTermsRatio: ratio(figures.userTermsMainThreadMs, figures.extensionMainThreadMs),
};

/** PASS / MISS / n/a for a figure against its target. */
function verdict(value, target) {
  if (value === null || value === undefined) return 'n/a';
  if ('max' in target) return value <= target.max ? 'PASS' : 'MISS';
  if ('min' in target) return value >= target.min ? 'PASS' : 'MISS';
  return value < target.below ? 'PASS' : 'MISS';
}
const targetText = (t) => ('max' in t ? `≤ ${t.max}` : 'min' in t ? `≥ ${t.min}` : `< ${t.below}`);
// The longest task checked against the target is the longest from the extension's first
// code until settled (its own tasks and the rendering of its highlights); the page's own
// load, before the content script runs (document_idle), has long layout tasks of its own.
// The ratio to the bare scan is checked against the bare scan that looks for exactly the
// forms the page's languages need (here both glossaries: the page has English and Dutch
// sections): the fair floor for finding those terms. mark.js runs with that same regex.
// The ratio to the ~60-term scan is reported beside it, for reference.
const checks = {
  mainThreadRatioToBareScan: ratios.mainThreadRatioToBareScanAllVariants,
  markJsRatioToExtension: ratios.markJsRatioToExtension,
  longestTaskMs: figures.extensionLongestTaskWhileHighlightingMs,
  settleMs: figures.extensionSettleMs,
  userTermsRatio: ratios.userTermsRatio,
  bundleGzipKb: figures.contentScriptGzipKb,
  dutchSettleMs: figures.dutchSettleMs,
  // Tasks that ran the extension's code: the page's own first layout of 1.3 MB of HTML
  // (100+ ms without any extension) falls in the window once the script starts early.
  dutchLongestTaskMs: figures.dutchLongestTaskWithCodeMs,
};
const verdicts = Object.fromEntries(
  Object.entries(checks).map(([key, value]) => [
    key,
    { value, target: targetText(TARGETS[key]), result: verdict(value, TARGETS[key]) },
  ]),
);

const notes = [];
if (!hasContentScript) notes.push(`No content script in the build (${CONTENT_JS}).`);
if (!builtInSettled) {
  notes.push(
    `No highlights appeared within ${SETTLE_TIMEOUT_MS / 1000} s after DOMContentLoaded: ` +
      'the extension figures are empty.',
  );
}
if (builtInSettled && attribution === 'none') {
  notes.push('Neither the CPU profiler nor the trace saw any chrome-extension:// code.');
}
if (builtInSettled && figures.extensionHighlights !== figures.bareScanMatches) {
  notes.push(
    `The extension highlighted ${figures.extensionHighlights} ranges; the bare scan found ` +
      `${figures.bareScanMatches} matches. Unexpected: ${JSON.stringify(figures.extensionUnexpectedHighlights)}`,
  );
}
if (contentJs && !contentJs.includes('ownTerms')) {
  notes.push('The content script bundle does not mention "ownTerms": user terms are not read yet.');
}
if (builtInSettled && figures.userTermsStored !== USER_TERM_COUNT) {
  notes.push('The user terms could not be stored.');
}
if (userSettled && ratios.userTermsRatio !== null && Math.abs(ratios.userTermsRatio - 1) < 0.15) {
  notes.push(
    'With 1,000 user terms the main-thread time hardly changed: either the content script ' +
      'does not read storage.local "ownTerms" (yet), or its matcher scales well.',
  );
}

const result = {
  date: new Date().toISOString(),
  chromium: CHROMIUM,
  runs: RUNS,
  page: {
    words: page.words,
    termsInserted: page.termsInserted,
    distinctTerms: benchTerms.length,
    extensionVariants: allVariants.length,
    htmlBytes: page.html.length,
    userTerms: USER_TERM_COUNT,
  },
  figures,
  ratios,
  targets: verdicts,
  notes,
  raw: {
    bareScan: plain.bare,
    bareScanAllVariants: plain.bareAll,
    markJs: plain.mark,
    extension: ext.builtIn,
    extensionWithUserTerms: ext.withUserTerms,
  },
  durationS: round((performance.now() - startedAt) / 1000),
};
mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, JSON.stringify(result, null, 2) + '\n');

console.table({
  'bare scan: in-page script (ms)': figures.bareScanScriptMs,
  'bare scan: profiler, harness + callees (ms)': figures.bareScanProfilerMs,
  'bare scan: matches / text nodes': `${figures.bareScanMatches} / ${figures.bareScanTextNodes}`,
  [`bare scan, the page's languages (${allVariants.length} forms): profiler (ms)`]:
    figures.bareScanAllVariantsProfilerMs,
  'page load alone: longest task (ms)': figures.pageLoadLongestTaskMs,
  'mark.js: script (ms)': figures.markJsScriptMs,
  'mark.js: start → painted (ms)': figures.markJsPaintedMs,
  'mark.js: longest task (ms)': figures.markJsLongestTaskMs,
  'extension: terms found (the popup’s count)': figures.extensionHighlights,
  'extension: ranges painted, near the viewport': figures.extensionPaintedWhenSettled,
  'extension: settled, after DOMContentLoaded (ms)': figures.extensionSettleMs,
  'extension: first highlight, after DCL (ms)': figures.extensionFirstHighlightMs,
  [`extension: main-thread time, ${attribution} (ms)`]: figures.extensionMainThreadMs,
  'extension: trace script events (ms)': figures.extensionTraceScriptMs,
  'extension: longest task running its code (ms)': figures.extensionLongestTaskWithCodeMs,
  'extension: longest task, its start → settled (ms)':
    figures.extensionLongestTaskWhileHighlightingMs,
  'extension: longest task, whole load (ms)': figures.extensionLongestTaskWholeLoadMs,
  '+1,000 user terms: settled (ms)': figures.userTermsSettleMs,
  '+1,000 user terms: main-thread time (ms)': figures.userTermsMainThreadMs,
  'content script (KB, gzip KB)': `${figures.contentScriptKb}, ${figures.contentScriptGzipKb}`,
  'long Dutch page: settled after DCL (ms)': figures.dutchSettleMs,
  'long Dutch page: longest task running its code (ms)': figures.dutchLongestTaskWithCodeMs,
  'long Dutch page: longest task, its start → settled, any (ms)':
    figures.dutchLongestTaskWhileHighlightingMs,
  'long Dutch page: terms found': figures.dutchHighlights,
});
if (figures.dutchBaseline) {
  const b = figures.dutchBaseline;
  console.log(`Before and after, in this run (before: ${b.ref}):`);
  console.table({
    'main page: main-thread time, median (ms)': {
      before: b.mainPageMainThreadMs,
      after: figures.extensionMainThreadMs,
    },
    'main page: settled after DCL, median (ms)': {
      before: b.mainPageSettleMs,
      after: figures.extensionSettleMs,
    },
    'main page: longest task while highlighting, median (ms)': {
      before: b.mainPageLongestTaskMs,
      after: figures.extensionLongestTaskWhileHighlightingMs,
    },
    'main page: terms found': { before: b.mainPageHighlights, after: figures.extensionHighlights },
    'settled after DCL, median (ms)': { before: b.settleMs, after: figures.dutchSettleMs },
    'settled, each run (ms)': {
      before: b.settleMsRuns.join(', '),
      after: figures.dutchSettleMsRuns.join(', '),
    },
    'longest task running extension code, median (ms)': {
      before: b.longestTaskWithCodeMs,
      after: figures.dutchLongestTaskWithCodeMs,
    },
    'terms found': { before: b.highlights, after: figures.dutchHighlights },
  });
}
console.table(
  Object.fromEntries(
    Object.entries(verdicts).map(([key, v]) => [
      key,
      { value: v.value, target: v.target, result: v.result },
    ]),
  ),
);
for (const task of figures.extensionLongestTasks) {
  const parts = task.parts.map((p) => `${p.name} ${p.ms}`).join(', ');
  console.log(
    `Longest task ${task.label} (last run): ${task.ms} ms, of which the extension's code ` +
      `${task.extensionCodeMs} ms; made of: ${parts}; our busiest functions in it: ` +
      task.extensionFrames.map((f) => `${f.frame} ${f.ms}`).join(', '),
  );
}
for (const note of notes) console.log(`Note: ${note}`);
console.log(
  `Main-thread time attributed by: ${attribution}. ` +
    `Written to ${RESULTS} (${result.durationS} s).`,
);
process.exitCode = 0;
