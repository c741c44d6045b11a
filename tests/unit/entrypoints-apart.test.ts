/**
 * A convention checked here instead of remembered: no entrypoint imports another's files, and
 * neither do components/, highlighting/ or utils/. What two entrypoints share lives outside
 * entrypoints/ (the page-highlighting engine in highlighting/, the App in components/app/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(tsx?|css)$/.test(entry.name) ? [path] : [];
  });
}

/** The relative imports of a file (`import … from '…'`, `import '…'`, CSS `@import`). */
function relativeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1] ?? '');
}

/** `entrypoints/<name>` of a path inside one, or null. */
function entrypointOf(path: string): string | null {
  const parts = relative(ROOT, path).split(sep);
  return parts[0] === 'entrypoints' && parts.length > 2 ? `entrypoints/${parts[1]}` : null;
}

describe('entrypoints stay apart', () => {
  it('no entrypoint imports from another, and shared code imports none', () => {
    const offending: string[] = [];
    for (const folder of ['entrypoints', 'components', 'highlighting', 'utils']) {
      for (const file of filesUnder(join(ROOT, folder))) {
        const own = entrypointOf(file);
        for (const spec of relativeImports(file)) {
          const target = entrypointOf(resolve(dirname(file), spec));
          if (target !== null && target !== own)
            offending.push(`${relative(ROOT, file)} → ${spec}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
