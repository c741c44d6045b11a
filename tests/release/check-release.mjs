#!/usr/bin/env node
// `npm run check:release`: the packages `npm run zip` makes are the ones the stores can take.
//   1. makes the packages (Chrome/Edge, Firefox, and the Firefox sources);
//   2. the version is in one place: package.json; both manifests and CHANGELOG.md follow it;
//   3. unpacks the sources package in an empty temporary folder, installs (npm ci) and builds
//      it for Firefox, as SOURCE_CODE_REVIEW.md says a reviewer would, and compares the result
//      with the Firefox package file by file (names and bytes);
//   4. `web-ext lint` on the Firefox package itself: no errors.
// Exits non-zero with what differs. Needs `unzip` and the npm registry (for npm ci).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const { name, version } = pkg;
const OUT = join(ROOT, '.output');
const packages = {
  chrome: join(OUT, `${name}-${version}-chrome.zip`),
  firefox: join(OUT, `${name}-${version}-firefox.zip`),
  sources: join(OUT, `${name}-${version}-sources.zip`),
};

const problems = [];
const run = (command, args, cwd = ROOT, quiet = true) =>
  execFileSync(command, args, { cwd, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
const step = (text) => console.log(`check:release — ${text}`);

try {
  run('unzip', ['-v']);
} catch {
  console.error(
    'The release check needs unzip. Install it with:\n\n  sudo apt-get install -y unzip\n',
  );
  process.exit(1);
}

step('making the packages (npm run zip)');
run('npm', ['run', 'zip', '--silent']);
for (const [kind, file] of Object.entries(packages)) {
  if (!existsSync(file)) problems.push(`the ${kind} package is missing: ${relative(ROOT, file)}`);
}
if (problems.length > 0) fail();

const temp = mkdtempSync(join(tmpdir(), 'hsc-release-'));
const unzip = (file, into) => run('unzip', ['-q', file, '-d', into]);
const files = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
const hash = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

try {
  step(`version ${version}: package.json, both manifests, CHANGELOG.md`);
  for (const kind of ['chrome', 'firefox']) {
    const dir = join(temp, kind);
    unzip(packages[kind], dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    if (manifest.version !== version)
      problems.push(
        `the ${kind} manifest says version ${manifest.version}, package.json ${version}`,
      );
  }
  const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  const latest = /^## \[?(\d+\.\d+\.\d+)/m.exec(changelog)?.[1];
  if (latest !== version)
    problems.push(
      `CHANGELOG.md's latest entry is ${latest ?? 'missing'}, package.json says ${version}`,
    );

  step('rebuilding the Firefox package from the sources package, in an empty folder');
  const sources = join(temp, 'sources');
  unzip(packages.sources, sources);
  if (!existsSync(join(sources, 'SOURCE_CODE_REVIEW.md')))
    problems.push('the sources package has no SOURCE_CODE_REVIEW.md');
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], sources);
  run('npx', ['wxt', 'build', '-b', 'firefox'], sources);
  const rebuilt = join(sources, '.output/firefox-mv3');
  const packaged = join(temp, 'firefox');
  const inPackage = files(packaged);
  const inRebuild = files(rebuilt);
  for (const path of inPackage.filter((p) => !inRebuild.includes(p)))
    problems.push(`in the Firefox package, not in the rebuild: ${path}`);
  for (const path of inRebuild.filter((p) => !inPackage.includes(p)))
    problems.push(`in the rebuild, not in the Firefox package: ${path}`);
  let same = 0;
  for (const path of inPackage.filter((p) => inRebuild.includes(p))) {
    if (hash(join(packaged, path)) === hash(join(rebuilt, path))) same++;
    else problems.push(`differs between the package and the rebuild: ${path}`);
  }
  step(`${same} of ${inPackage.length} files of the Firefox package rebuilt byte for byte`);

  step('web-ext lint on the Firefox package');
  try {
    run(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', packaged], ROOT, false);
  } catch {
    problems.push('web-ext lint found errors in the Firefox package (see above)');
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

if (problems.length > 0) fail();
step(
  `passed: ${Object.values(packages)
    .map((file) => relative(ROOT, file))
    .join(', ')}`,
);

function fail() {
  console.error(`check:release failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
