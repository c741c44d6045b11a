/**
 * The README's "How the code is laid out" names every source file of entrypoints/,
 * components/ and utils/, so a newcomer finds each one there (a convention checked here
 * instead of remembered). An entrypoint's conventional files (index.html, main.tsx,
 * App.tsx, style.css) are covered by naming its folder; utils/texts/en and nl hold the same
 * files, named once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const CONVENTIONAL = new Set(['index.html', 'main.tsx', 'App.tsx', 'style.css']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function layoutSection(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## How the code is laid out');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe("the README's code layout", () => {
  it('names every source file', () => {
    const layout = layoutSection();
    expect(layout.length).toBeGreaterThan(1000);
    const missing = ['entrypoints', 'components', 'utils']
      .flatMap((folder) => filesUnder(join(ROOT, folder)))
      .filter((file) => !CONVENTIONAL.has(basename(file)) || !file.includes('entrypoints'))
      .filter((file) => !layout.includes(basename(file)))
      .map((file) => relative(ROOT, file));
    expect(missing).toEqual([]);
  });
});
