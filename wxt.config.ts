import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
// The word vectors, read from assets/ for the sentence encoder that packs the claims' vectors by meaning;
// importing it also validates the shipped lexicon and built-in dataset, so an invalid one stops the build.
import './src/assets/node-assets';
import { BUILT_IN_INDEX_FILE, PACKAGED_MODELS_DIR, SHIPPED_FILES } from './src/assets/shipped-assets';
import { defaultDataset } from './src/claims/default-dataset';
import { encodeIndexFile } from './src/match/index-file';
import { packClaimIndex } from './src/match/pack-claim-index';
import { defaultSentenceEncoder } from './src/match/default-sentence-encoder';

/**
 * The built-in dataset's claim index, packed now rather than by every waking worker: the dataset
 * ships with this build, so the index made from it by this code fits it (the worker still checks).
 */
function packBuiltInIndex(): string {
  const dir = resolve(import.meta.dirname, 'node_modules', '.cache', 'provenance-build');
  mkdirSync(dir, { recursive: true });
  const path = resolve(dir, BUILT_IN_INDEX_FILE);
  writeFileSync(path, encodeIndexFile(packClaimIndex([defaultDataset], defaultSentenceEncoder())));
  return path;
}

/** The engine's files this build packages, by their path in the package, packed once per build. */
let packagedFiles: Array<{ absoluteSrc: string; relativeDest: string }> | null = null;
function enginePackagedFiles() {
  packagedFiles ??= [
    ...Object.values(SHIPPED_FILES).map((name) => ({
      absoluteSrc: resolve(import.meta.dirname, 'assets', name),
      relativeDest: `${PACKAGED_MODELS_DIR}/${name}`,
    })),
    { absoluteSrc: packBuiltInIndex(), relativeDest: `${PACKAGED_MODELS_DIR}/${BUILT_IN_INDEX_FILE}` },
  ];
  return packagedFiles;
}

/**
 * A hash of those files' bytes, once per build (WXT asks for the Vite config once per entrypoint group,
 * and the files are 4.5 MB): the worker keeps copies of them in IndexedDB, read faster than the
 * package, and a copy tagged with another build's hash is never read (src/platform/engine-files.ts).
 */
let filesBuild: string | null = null;
function engineFilesBuild(): string {
  if (filesBuild === null) {
    const hash = createHash('sha256');
    for (const file of enginePackagedFiles()) hash.update(file.relativeDest).update(readFileSync(file.absoluteSrc));
    filesBuild = hash.digest('hex').slice(0, 16);
  }
  return filesBuild;
}

/**
 * The extension pages' policy (popup, side panel, background worker): code and styles only from the
 * package, no plugins, and no network at all. `connect-src 'self'` lets the worker fetch the engine's
 * own files from the package (the word vectors and the pair model in models/); 'self' is this
 * extension's origin only, so nothing can be sent anywhere.
 * `img-src` allows `data:` because Vite inlines small images into CSS; such images load nothing.
 * `'wasm-unsafe-eval'` lets the worker compile the WebAssembly module that is part of its own code
 * (src/match/int8-dots.ts, assembled from int8-dots.wat): it allows no `eval` of JavaScript, and with
 * `script-src 'self'` the only module there is to compile is the package's.
 * Loosen only for a feature that needs it, and update docs/security.md and tests/unit/manifest.test.ts.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "object-src 'none'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * One manifest for every build. `--mode e2e` (npm run build:e2e) adds host access to 127.0.0.1 only,
 * because Playwright cannot click the toolbar button that grants activeTab; production never has it.
 * `browser_specific_settings` is Firefox's key: Chrome warns about unknown keys, so only Firefox gets it.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The engine's large data ships as files beside the code (src/assets/shipped-assets.ts), read once
    // per worker: a small background script starts faster on every wake. So does the built-in dataset's
    // packed index, made here.
    'build:publicAssets': (_wxt, files) => {
      files.push(...enginePackagedFiles());
    },
  },
  vite: () => ({ define: { 'import.meta.env.PROVENANCE_FILES_BUILD': JSON.stringify(engineFilesBuild()) } }),
  imports: false,
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    // The name and description in the reader's language (public/_locales; English when theirs is missing).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: imported datasets live in IndexedDB (src/platform/dataset-store.ts); CheckThat's
    // 14,231 claims alone are ~6 MB, and an import must not fail on the default quota.
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    // "Check automatically on these sites" (options page): nothing is granted at install; each site the
    // reader lists is requested then, from their click (src/platform/site-access.ts). Web pages only.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // The side panel's shortcut. Firefox opens its sidebar itself (`_execute_sidebar_action`); Chrome has
    // no built-in for side panels, so the background opens it on a named command (src/platform/side-panel.ts).
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+P' },
              description: 'Compare the article with its sources side by side',
            },
          }
        : {
            'open-side-panel': {
              suggested_key: { default: 'Alt+Shift+P' },
              description: 'Compare the article with its sources side by side',
            },
          },
    // The toolbar tooltip comes from the popup's <meta name="manifest.title"> (WXT reads it from there).
    action: {},
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // Empty lists: no other extension and no web page may message Provenance. Firefox does not support
    // the key (it warns), and there our worker never listens to onMessageExternal, which has the same effect.
    ...(browser === 'firefox' ? {} : { externally_connectable: { ids: [], matches: [] } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'provenance@provenance.dev',
              // 140 (the current ESR): the first to read data_collection_permissions and to have the
              // CSS Custom Highlight API the side panel's in-page highlights use.
              strict_min_version: '140.0',
              // Nothing leaves the device: the analysis runs locally over the embedded dataset.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
