// Where the test browsers are and how Chromium is started: shared by the browser tests
// (TypeScript, through browsers.d.mts) and the Node scripts (benchmarks, icon renderer).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';

/** Chromium: $CHROMIUM_PATH, else Debian's binary (its /usr/bin/chromium is a wrapper script). */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chromium found: install it (see README) or set CHROMIUM_PATH.');
  return found;
}

/** Firefox ESR: $FIREFOX_PATH, else Debian's firefox-esr. */
export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found)
    throw new Error('No Firefox found: install firefox-esr (see README) or set FIREFOX_PATH.');
  return found;
}

/** Quiet, offline, sandbox-free Chromium, as containers and CI need it. */
export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]);

/** Flags that load one unpacked extension and no other. */
export function loadExtensionFlags(dir) {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}

/**
 * Chrome names an unpacked extension after its folder: the SHA-256 of the absolute path,
 * first 32 hex digits, each written as a letter a–p.
 */
export function unpackedExtensionId(path) {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}
