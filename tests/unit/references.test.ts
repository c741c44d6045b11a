/**
 * Every file a comment or the README names exists: a renamed or removed file leaves no
 * stale pointer behind (a "see" that points at a file no longer there). A path starting with ./ or
 * ../ is read from the file's own folder; one starting with a top-level folder, from the
 * project's root. `../shared/…` (the shared folder next to the project, not part of a
 * clone) is left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git']);
const SOURCE = /\.(ts|tsx|mjs|css|md|sh|html)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

const EXT = '(?:tsx|ts|mjs|css|json|html|md|sh|png|svg)';
const PATH = new RegExp(
  `(?<![\\w@/.-])((?:\\.\\.?/)+[\\w.-][\\w./-]*\\.${EXT}|(?:utils|entrypoints|components|tests|assets|public|store)/[\\w./-]*\\.${EXT})(?![\\w/-])`,
  'g',
);
/** Lines that import: a missing module there is TypeScript's to report. */
const IMPORT = /^\s*(import|export)\b.*\bfrom\s+['"]|\bimport\(/;

function missingReferences(): string[] {
  const missing: string[] = [];
  for (const file of filesUnder(ROOT)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (IMPORT.test(line)) return;
      for (const match of line.matchAll(PATH)) {
        const path = match[1] ?? '';
        // The shared folder next to the project is not part of a clone: not checked.
        if (path.startsWith('../shared/')) continue;
        const target = join(path.startsWith('.') ? dirname(file) : ROOT, path);
        if (!existsSync(target)) missing.push(`${relative(ROOT, file)}:${index + 1} ${path}`);
      }
    });
  }
  return missing;
}

describe('references in comments and docs', () => {
  it('every file named exists', () => {
    expect(missingReferences()).toEqual([]);
  });
});
