/**
 * Conventions of the code's shape, checked here instead of remembered (in the manner of
 * refined-github's convention tests):
 * - the plain-TypeScript folders of utils/ import neither WXT, the polyfill, nor
 *   utils/storage/, components/ or entrypoints/;
 * - they follow one flow: a folder imports only folders below it in LAYERS;
 * - they type-check with no DOM and no browser types at all (only what Node has too, such as
 *   URL), so "no browser globals" holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const UTILS = join(ROOT, 'utils');

/** Bottom first: each may import only what stands before it (and itself). */
const LAYERS = [
  ['texts'],
  ['settings'],
  ['my-data'],
  ['highlight'],
  ['search', 'i18n'],
  ['messages.ts'],
  ['pdf'],
] as const;
const PLAIN = LAYERS.flat() as readonly string[];
const rank = (part: string) =>
  LAYERS.findIndex((layer) => (layer as readonly string[]).includes(part));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The first part of a path under utils/ (a folder, or `messages.ts`). */
const partOf = (path: string) => relative(UTILS, path).split(/[\\/]/)[0] ?? '';

const plainFiles = filesUnder(UTILS).filter((file) => PLAIN.includes(partOf(file)));

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] ?? '');
}

describe('the plain-TypeScript core (utils/ but storage)', () => {
  it('is found where the README says it is', () => {
    expect(plainFiles.length).toBeGreaterThan(30);
    // Every folder of utils/ is either plain (and placed in LAYERS above) or the storage layer.
    const parts = new Set(filesUnder(UTILS).map(partOf));
    expect(
      [...parts].filter((p) => !PLAIN.includes(p)),
      'add a new utils/ folder to LAYERS',
    ).toEqual(['storage']);
  });

  it('imports neither WXT, the polyfill, storage, components nor entrypoints', () => {
    const offending: string[] = [];
    for (const file of plainFiles) {
      for (const spec of importsOf(file)) {
        const target = spec.startsWith('.') ? relative(ROOT, resolve(dirname(file), spec)) : spec;
        if (
          /^(wxt|#imports|webextension-polyfill|@wxt-dev)/.test(target) ||
          /^(utils[\\/]storage|components|entrypoints)([\\/]|$)/.test(target)
        )
          offending.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('follows the flow texts → settings → my-data → highlight → search, i18n → messages → pdf', () => {
    const against: string[] = [];
    for (const file of plainFiles) {
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(UTILS)) continue;
        if (rank(partOf(target)) > rank(partOf(file)))
          against.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(against).toEqual([]);
  });

  it('type-checks without the DOM or any browser types (no browser globals)', () => {
    const program = ts.createProgram(plainFiles, {
      lib: ['lib.es2022.d.ts'],
      // Node's own globals (URL, TextDecoder) run everywhere; the DOM and chrome/browser do not.
      types: ['node'],
      noEmit: true,
      strict: true,
      target: ts.ScriptTarget.ESNext,
      module: ts.ModuleKind.Preserve,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noUncheckedIndexedAccess: true,
      verbatimModuleSyntax: true,
      skipLibCheck: true,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
    // And the check is real: the DOM is not among what it read.
    expect(program.getSourceFiles().some((f) => f.fileName.endsWith('lib.dom.d.ts'))).toBe(false);
  }, 60_000);
});
