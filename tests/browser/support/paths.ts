import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
export const SCREENSHOTS = join(ROOT, 'assets/screenshots');

/** Chromium: $CHROMIUM_PATH, else Debian's binary (its /usr/bin/chromium is a wrapper script). */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium found: install it (see README) or set CHROMIUM_PATH.');
  return found;
}

/** Firefox ESR: $FIREFOX_PATH, else Debian's firefox-esr. */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found)
    throw new Error('No Firefox found: install firefox-esr (see README) or set FIREFOX_PATH.');
  return found;
}

export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run "npm run build" first (npm test does).`);
  }
  return dir;
}
