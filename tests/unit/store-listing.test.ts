/**
 * The store listing (store/, see store/README.md) stays true to the extension: both languages
 * have every field, the summaries are within the stores' limits and match the package, every
 * permission the manifest asks for has a reason in each language (and none it does not ask for
 * is listed), AMO's data collection agrees with the manifest, and the screenshots named are
 * there, 1280×800.
 *
 * The manifest is read from wxt.config.ts, for Chrome and for Firefox, with the content
 * script's matches from its definition; when there is a build (npm test builds first), the
 * built manifests in .output/ are checked as well.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const ROOT = resolve(__dirname, '../..');
const LANGS = ['en', 'nl'] as const;
type Lang = (typeof LANGS)[number];

const FIELDS = [
  'name',
  'chrome-summary',
  'amo-summary',
  'description',
  'single-purpose',
  'privacy-policy',
  'remote-code',
  'amo-data-collection',
] as const;
type Field = (typeof FIELDS)[number];

/** The stores' limits, in characters. */
const LIMITS: Partial<Record<Field, number>> = {
  'chrome-summary': 132,
  'amo-summary': 250,
  description: 16_000,
  'single-purpose': 1_000,
};
/** Chrome's justification field per permission. */
const REASON_LIMIT = 1_000;

interface ManifestPermissions {
  permissions: string[];
  optionalHosts: string[];
  contentMatches: string[];
  dataCollection: string[] | undefined;
}

interface ManifestLike {
  permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[] } } };
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The content script's matches, as its definition declares them. */
function contentScriptMatches(): string[] {
  const source = read('entrypoints/content/index.ts');
  const list = /defineContentScript\(\{[\s\S]*?\bmatches:\s*\[([^\]]*)\]/.exec(source)?.[1];
  if (list === undefined) throw new Error('No matches found in entrypoints/content/index.ts');
  return [...list.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
}

function fromManifest(manifest: ManifestLike): ManifestPermissions {
  return {
    permissions: [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])],
    optionalHosts: manifest.optional_host_permissions ?? [],
    contentMatches: (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
    dataCollection:
      manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required,
  };
}

/** What wxt.config.ts's manifest asks for in one browser. */
async function configured(browser: 'chrome' | 'firefox'): Promise<ManifestPermissions> {
  const manifest = config.manifest;
  const resolved = (
    typeof manifest === 'function'
      ? await manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' })
      : await manifest
  ) as ManifestLike;
  expect(resolved.host_permissions ?? [], 'host_permissions need rows of their own').toEqual([]);
  return { ...fromManifest(resolved), contentMatches: contentScriptMatches() };
}

const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv3' } as const;

/** The built manifest of one browser, when there is a build. */
function built(browser: 'chrome' | 'firefox'): ManifestPermissions | null {
  const path = join(ROOT, BUILDS[browser], 'manifest.json');
  if (!existsSync(path)) return null;
  return fromManifest(JSON.parse(readFileSync(path, 'utf8')) as ManifestLike);
}

interface Listing {
  fields: Partial<Record<Field, string>>;
  rows: { subject: string; names: string[]; reason: string }[];
  screenshots: string[];
}

/** Reads a listing: `<!-- field: x -->` before a ```text block, and the permissions table. */
function listing(lang: Lang): Listing {
  const text = read(`store/${lang}/listing.md`);
  const fields: Partial<Record<Field, string>> = {};
  for (const match of text.matchAll(/<!-- field: ([\w-]+) -->\s*```text\n([\s\S]*?)\n```/g)) {
    fields[match[1] as Field] = match[2]!;
  }
  const table = /<!-- field: permissions -->\s*((?:\|.*\|\n?)+)/.exec(text)?.[1] ?? '';
  const rows = table
    .trim()
    .split('\n')
    .slice(2) // the header and its rule
    .map((line) => {
      const [subject = '', reason = ''] = line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim());
      return {
        subject,
        names: [...subject.matchAll(/`([^`]+)`/g)].map((match) => match[1]!),
        reason,
      };
    });
  const screenshots = [...text.matchAll(/`(store\/screenshots\/[\w.-]+\.png)`/g)].map(
    (match) => match[1]!,
  );
  return { fields, rows, screenshots };
}

const locale = (lang: Lang) =>
  JSON.parse(read(`public/_locales/${lang}/messages.json`)) as Record<string, { message: string }>;

/** The listing's rows of one kind: a permission by name, or the hosts of a manifest key. */
const rowsNaming = (l: Listing, name: string) => l.rows.filter((row) => row.names.includes(name));

/**
 * What is wrong with a listing for one browser's manifest. A row may name a permission that
 * only the other browser asks for (`sidePanel`, Chrome's): `anyBrowser` is what either asks.
 */
function problems(
  l: Listing,
  wanted: ManifestPermissions,
  anyBrowser: string[] = wanted.permissions,
): string[] {
  const found: string[] = [];
  for (const permission of wanted.permissions) {
    if (rowsNaming(l, permission).length !== 1) found.push(`no one row for \`${permission}\``);
  }
  const hostRows: [string, string[]][] = [
    ['optional_host_permissions', wanted.optionalHosts],
    ['content_scripts', wanted.contentMatches],
  ];
  for (const [key, hosts] of hostRows) {
    if (hosts.length === 0) continue;
    const [row, ...more] = rowsNaming(l, key);
    if (!row || more.length > 0) {
      found.push(`no one row for \`${key}\``);
      continue;
    }
    for (const host of hosts) if (!row.names.includes(host)) found.push(`${key}: ${host}`);
    for (const name of row.names) {
      if (name !== key && !hosts.includes(name)) found.push(`${key} lists ${name}, not asked`);
    }
  }
  for (const row of l.rows) {
    const [first] = row.names;
    const known =
      first !== undefined &&
      (anyBrowser.includes(first) ||
        (first === 'optional_host_permissions' && wanted.optionalHosts.length > 0) ||
        (first === 'content_scripts' && wanted.contentMatches.length > 0));
    if (!known) found.push(`row "${row.subject}" names nothing the manifest asks for`);
    if (!row.reason) found.push(`row "${row.subject}" has no reason`);
    if (row.reason.length > REASON_LIMIT) found.push(`row "${row.subject}": reason too long`);
  }
  return found;
}

/** Width and height from a PNG's header. */
function pngSize(path: string): { width: number; height: number } | null {
  const bytes = readFileSync(join(ROOT, path));
  if (bytes.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('store listing', () => {
  for (const lang of LANGS) {
    describe(lang, () => {
      const l = listing(lang);

      it('has every field, none empty, within the stores’ limits', () => {
        for (const field of FIELDS) {
          const value = l.fields[field];
          expect(value?.trim(), field).toBeTruthy();
          const limit = LIMITS[field];
          if (limit) expect([...value!].length, field).toBeLessThanOrEqual(limit);
        }
        expect(Object.keys(l.fields).sort()).toEqual([...FIELDS].sort());
      });

      it('has the name and the Chrome summary the package has (Chrome reads them from it)', () => {
        const messages = locale(lang);
        expect(l.fields.name).toBe(messages.extName?.message);
        expect(l.fields['chrome-summary']).toBe(messages.extDescription?.message);
      });

      it('gives a reason for every permission the manifest asks for, and for nothing else', async () => {
        const browsers = ['chrome', 'firefox'] as const;
        const asked = await Promise.all(browsers.map(configured));
        const anyBrowser = [...new Set(asked.flatMap((m) => m.permissions))];
        for (const [i, browser] of browsers.entries()) {
          expect(problems(l, asked[i]!, anyBrowser), `wxt.config.ts, ${browser}`).toEqual([]);
          const fromBuild = built(browser);
          if (fromBuild) {
            expect(problems(l, fromBuild, anyBrowser), `${BUILDS[browser]}`).toEqual([]);
          }
        }
      });

      it('says what the Firefox manifest declares about data collection', async () => {
        const { dataCollection } = await configured('firefox');
        expect(dataCollection).toEqual(['none']);
        expect(l.fields['amo-data-collection']).toContain('["none"]');
      });

      it('names its own screenshots, each there and 1280×800', () => {
        expect(l.screenshots.length).toBeGreaterThan(0);
        for (const path of l.screenshots) {
          expect(path.endsWith(`-${lang}.png`), path).toBe(true);
          expect(existsSync(join(ROOT, path)), path).toBe(true);
          expect(pngSize(path), path).toEqual({ width: 1280, height: 800 });
        }
      });
    });
  }

  it('both languages list the same permissions and the same screenshots', () => {
    const [en, nl] = LANGS.map(listing) as [Listing, Listing];
    expect(nl.rows.map((row) => row.names)).toEqual(en.rows.map((row) => row.names));
    expect(nl.screenshots.map((path) => path.replace(/-nl\.png$/, ''))).toEqual(
      en.screenshots.map((path) => path.replace(/-en\.png$/, '')),
    );
  });
});
