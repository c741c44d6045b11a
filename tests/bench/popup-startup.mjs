// Popup start-up benchmark (`npm run bench:popup`, after `npm run build`).
// In real Chromium with the built extension: how long until the popup has rendered
// (its own `popup-rendered` mark, counted from navigation start; and how much of that is
// our own code: from `popup-script-start` to `popup-rendered`) and until first
// contentful paint, median of several
// opens, against a baseline measured in the same run: a static page with the same eight
// tip titles and no script. The target is a first render well under 100 ms.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_FLAGS,
  chromiumPath,
  loadExtensionFlags,
  unpackedExtensionId,
} from '../support/browsers.mjs';

const RUNS = 7;
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const extension = join(root, '.output/chrome-mv3');
const extensionId = unpackedExtensionId(extension);
const profile = mkdtempSync(join(tmpdir(), 'hsc-bench-'));
const baselineFile = join(profile, 'baseline.html');
writeFileSync(
  baselineFile,
  `<!doctype html><meta charset="utf-8"><body style="width:380px;font:14px system-ui"><ol>${Array.from(
    { length: 8 },
    (_, i) => `<li><h3>Tip ${i + 1}: a short title in plain words</h3></li>`,
  ).join('')}</ol></body>`,
);

const launchedAt = Date.now();
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless: true,
  viewport: { width: 380, height: 600 },
  args: [...loadExtensionFlags(extension), ...CHROMIUM_FLAGS],
});

async function measure(url, waitFor, runs = RUNS) {
  const figures = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(waitFor).first().waitFor();
    await page.waitForTimeout(100);
    figures.push(
      await page.evaluate(() => ({
        rendered: performance.getEntriesByName('popup-rendered')[0]?.startTime ?? null,
        scriptStart: performance.getEntriesByName('popup-script-start')[0]?.startTime ?? null,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      })),
    );
    await page.close();
  }
  const median = (values) => {
    const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
    return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
  };
  return {
    rendered: median(figures.map((f) => f.rendered)),
    ownCode: median(
      figures.map((f) =>
        f.rendered !== null && f.scriptStart !== null ? f.rendered - f.scriptStart : null,
      ),
    ),
    fcp: median(figures.map((f) => f.fcp)),
  };
}

// Just after install, before the background has read the organisation's policy once
// (Chromium answers the first read only ~3 s after it starts), a view waits up to 250 ms
// for it to pick its starting language (utils/storage/managed-policy.ts). Measured apart:
// the first open, at once.
const firstOpen = await measure(`chrome-extension://${extensionId}/popup.html`, '.tip-card', 1);
// Every later open: the background's copy of the policy is there.
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const copyDeadline = Date.now() + 15_000;
while (
  !(await worker.evaluate(async () =>
    Object.hasOwn(await chrome.storage.local.get('managedPolicyCopy'), 'managedPolicyCopy'),
  ))
) {
  if (Date.now() > copyDeadline) throw new Error('The background never kept its policy copy.');
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const copyAfterMs = Date.now() - launchedAt;
// One warm-up open, so both sides are measured with a warm browser.
await measure(`chrome-extension://${extensionId}/popup.html`, '.tip-card');
const popup = await measure(`chrome-extension://${extensionId}/popup.html`, '.tip-card');
const baseline = await measure(pathToFileURL(baselineFile).href, 'h3');
await context.close();
rmSync(profile, { recursive: true, force: true });

const round = (n) => (n === null ? null : Math.round(n * 10) / 10);
const result = {
  date: new Date().toISOString(),
  runs: RUNS,
  popupFirstRenderMs: round(popup.rendered),
  firstOpenAfterInstallRenderMs: round(firstOpen.rendered),
  policyCopyKeptAfterLaunchMs: copyAfterMs,
  popupOwnCodeMs: round(popup.ownCode),
  popupFirstContentfulPaintMs: round(popup.fcp),
  baselineFirstContentfulPaintMs: round(baseline.fcp),
  fcpRatioToBaseline: popup.fcp && baseline.fcp ? round(popup.fcp / baseline.fcp) : null,
  targetFirstRenderMs: 100,
};
console.table({
  'popup first render (ms)': result.popupFirstRenderMs,
  'the very first open after install (ms)': result.firstOpenAfterInstallRenderMs,
  'background kept its policy copy after (ms)': result.policyCopyKeptAfterLaunchMs,
  'of which our code, script start → rendered (ms)': result.popupOwnCodeMs,
  'popup first contentful paint (ms)': result.popupFirstContentfulPaintMs,
  'baseline static page FCP (ms)': result.baselineFirstContentfulPaintMs,
  'popup FCP / baseline FCP': result.fcpRatioToBaseline,
});
mkdirSync(join(root, 'tests/bench/results'), { recursive: true });
writeFileSync(
  join(root, 'tests/bench/results/popup-startup.json'),
  JSON.stringify(result, null, 2) + '\n',
);
const ok =
  result.popupFirstRenderMs !== null && result.popupFirstRenderMs < result.targetFirstRenderMs;
console.log(
  ok ? 'Target met: first render under 100 ms.' : 'Target missed: first render not under 100 ms.',
);
process.exitCode = ok ? 0 : 1;
