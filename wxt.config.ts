import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * PDF.js (viewer.html): its worker, character maps, standard fonts, colour profiles and
 * image decoders are shipped inside the extension under pdfjs/, so the viewer loads nothing
 * from anywhere else. The folder names are the ones entrypoints/viewer/pdf-view.ts uses.
 */
const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const PDFJS_FOLDERS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'];
const pdfjsFiles = () => [
  {
    absoluteSrc: join(PDFJS_ROOT, 'build/pdf.worker.min.mjs'),
    relativeDest: 'pdfjs/pdf.worker.min.mjs',
  },
  { absoluteSrc: join(PDFJS_ROOT, 'LICENSE'), relativeDest: 'pdfjs/LICENSE' },
  ...PDFJS_FOLDERS.flatMap((folder) =>
    readdirSync(join(PDFJS_ROOT, folder)).map((name) => ({
      absoluteSrc: join(PDFJS_ROOT, folder, name),
      relativeDest: `pdfjs/${folder}/${name}`,
    })),
  ),
];

// Gecko id: fixed so Firefox keeps the user's data across updates, and so the browser
// tests can give the extension a known internal UUID.
export const GECKO_ID = 'holding-space-companion@hsc.example';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Imports are written out in full: a reader sees where everything comes from.
  imports: false,
  // One source, Manifest V3 for both browsers (WXT would build MV2 for Firefox otherwise).
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  // `npm run zip`: the Chrome/Edge package, the Firefox package and the sources package the
  // Firefox add-on store asks for. The sources are an allowlist (what the build reads, and
  // the steps to rebuild: SOURCE_CODE_REVIEW.md); tests/release/check-release.mjs rebuilds
  // from that package and compares the result with the Firefox package file by file.
  zip: {
    includeSources: [
      'SOURCE_CODE_REVIEW.md',
      'README.md',
      'CHANGELOG.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'entrypoints/**',
      'components/**',
      'highlighting/**',
      'utils/**',
      'assets/**',
      'public/**',
    ],
    excludeSources: ['assets/screenshots/**'],
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsFiles());
    },
    // WXT takes the toolbar tooltip from the popup's <title>; ours is localised instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action as { default_title?: string } | undefined;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the user's tips, terms and settings. contextMenus: "Add to My tips" and
    // "Highlight this term" on selected text, "Open with highlights" on a link to a PDF.
    // activeTab: the popup sees the address of the tab it was opened on (only that tab, only
    // then), to offer "Open this PDF with highlights". sidePanel (Chrome and Edge): the side
    // panel beside the page (entrypoints/sidepanel/; WXT would add it too); Firefox's sidebar
    // needs no permission. See README "Permissions".
    permissions: [
      'storage',
      'contextMenus',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The PDF viewer reads a PDF from a site only with the user's yes for exactly that site,
    // asked at that moment (permissions.request). See README "PDFs".
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Keyboard route through the highlights (see README "Keyboard"); users can change the
    // keys in the browser's shortcut settings.
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNext__',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPrevious__',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleSite__',
      },
      // The side panel (entrypoints/sidepanel/): Firefox opens and closes its sidebar by
      // itself for this name; in Chrome the background opens the panel.
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSidePanel__',
      },
    },
    // "Highlight this term" is an extension page shown in a frame inside the page's card
    // (the page can't see what is typed there). It must be loadable in http(s) pages; in
    // Chrome only through a per-session URL, so no page can probe for the extension with it
    // (Firefox gives every install its own random address anyway).
    web_accessible_resources: [
      {
        resources: ['ask-term.html', 'term-card.html'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // What an organisation may set through Chrome's policy for extensions (team lists, sites
    // kept off, sync allowed, the default language): storage.managed, read-only. Firefox
    // reads its enterprise policies without a schema. See README "For administrators".
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              // Firefox's built-in data consent: this extension collects nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
