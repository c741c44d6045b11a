// Renders assets/icon.svg to the PNG sizes the manifests use (public/icon/<size>.png) in
// headless Chromium. Run by hand after changing the SVG: node tests/tools/render-icons.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../support/browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const svg = readFileSync(join(root, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_FLAGS],
});
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: join(root, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
