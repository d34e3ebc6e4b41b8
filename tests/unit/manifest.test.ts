/**
 * Least privilege, checked on the manifests the build really produces (Chrome, Firefox and the e2e
 * build): every key, permission and CSP directive is compared with an allow-list. Widening any of them
 * must be a deliberate change here and in docs/security.md, never a side effect. The same builds are
 * checked for what a worker wake costs: a small background script, the engine's data in files.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildExtension, type BuiltExtension } from './support/build-extension';
import { ASSETS_DIR } from '../../src/assets/node-assets';
import { BUILT_IN_INDEX_FILE, PACKAGED_MODELS_DIR, SHIPPED_FILES } from '../../src/assets/shipped-assets';
import { defaultDataset } from '../../src/claims/default-dataset';
import { decodeIndexFile } from '../../src/match/index-file';
import { fitsDatasets } from '../../src/match/pack-claim-index';

/**
 * Every top-level key a Provenance manifest may have. `side_panel` / `sidebar_action` / `commands` are for
 * the side panel, `options_ui` for the dataset settings page (extension pages, under the same CSP);
 * `host_permissions` (e2e only) and `optional_host_permissions` are allowed by this list but checked
 * exactly below.
 */
const ALLOWED_KEYS = new Set([
  'manifest_version',
  'name',
  'short_name',
  'description',
  'default_locale',
  'version',
  'version_name',
  'author',
  'homepage_url',
  'icons',
  'default_locale',
  'minimum_chrome_version',
  'action',
  'background',
  'permissions',
  'host_permissions',
  'content_security_policy',
  'externally_connectable',
  'browser_specific_settings',
  'side_panel',
  'sidebar_action',
  'commands',
  'options_ui',
  'optional_host_permissions',
]);

/**
 * "Check automatically on these sites": web pages only, each site requested at run time from the reader's
 * click, never granted at install. Nothing else may be optional.
 */
const OPTIONAL_HOST_PERMISSIONS = ['https://*/*', 'http://*/*'];

/** The API permissions Provenance may hold. `unlimitedStorage` comes with dataset import, `sidePanel` with the side panel. */
const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'sidePanel'];
/** Without these the product does not work at all. */
const REQUIRED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];

/** The extension-page CSP directives that must be exactly this (order of sources ignored). */
const REQUIRED_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  // 'wasm-unsafe-eval': the worker compiles its own WebAssembly (src/match/int8-dots.ts); no JavaScript eval.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'object-src': ["'none'"],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};
/** Directives the policy may also set, with the sources each may list. */
const OPTIONAL_CSP: Record<string, string[]> = {
  'img-src': ["'self'", 'data:'],
  'style-src': ["'self'"],
  'font-src': ["'self'"],
};

/** "a 'b'; c d" → { a: ["'b'"], c: ["d"] }. */
function parseCsp(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = sources;
  }
  return directives;
}

let chrome: BuiltExtension;
let firefox: BuiltExtension;
let e2e: BuiltExtension;

beforeAll(async () => {
  [chrome, firefox, e2e] = await Promise.all([
    buildExtension({ browser: 'chrome', mode: 'production' }),
    buildExtension({ browser: 'firefox', mode: 'production' }),
    buildExtension({ browser: 'chrome', mode: 'e2e' }),
  ]);
}, 120_000);

afterAll(() => {
  for (const built of [chrome, firefox, e2e]) built?.remove();
});

const builds = (): Array<[string, BuiltExtension]> => [
  ['chrome', chrome],
  ['firefox', firefox],
  ['e2e', e2e],
];

describe('built manifests against the allow-list', () => {
  test.each(['chrome', 'firefox', 'e2e'])('%s: only allow-listed top-level keys', (name) => {
    const manifest = builds().find(([n]) => n === name)![1].manifest;
    const extra = Object.keys(manifest).filter((key) => !ALLOWED_KEYS.has(key));
    expect(extra, 'new manifest keys need a security review: add them to ALLOWED_KEYS and docs/security.md').toEqual(
      [],
    );
    expect(manifest.manifest_version).toBe(3);
  });

  test.each(['chrome', 'firefox', 'e2e'])(
    '%s: permissions are a subset of the allow-list and include the core three',
    (name) => {
      const { permissions } = builds().find(([n]) => n === name)![1].manifest as { permissions: string[] };
      expect(permissions.filter((p) => !ALLOWED_PERMISSIONS.includes(p))).toEqual([]);
      expect(permissions).toEqual(expect.arrayContaining(REQUIRED_PERMISSIONS));
    },
  );

  test('production builds ask for no host access, no optional API permissions, no web-accessible resources, no static content scripts', () => {
    for (const { manifest } of [chrome, firefox]) {
      for (const key of ['host_permissions', 'optional_permissions', 'web_accessible_resources', 'content_scripts']) {
        expect(manifest, `production manifest must not have ${key}`).not.toHaveProperty(key);
      }
    }
  });

  test.each(['chrome', 'firefox', 'e2e'])(
    '%s: web pages are optional host permissions, for the opt-in automatic check, and nothing else is',
    (name) => {
      const manifest = builds().find(([n]) => n === name)![1].manifest;
      expect(manifest.optional_host_permissions).toEqual(OPTIONAL_HOST_PERMISSIONS);
    },
  );

  test('the e2e build adds host access to 127.0.0.1 and nothing else', () => {
    expect(e2e.manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
    const { host_permissions: _, ...rest } = e2e.manifest;
    const { host_permissions: __, ...production } = chrome.manifest;
    expect(rest).toEqual(production);
  });

  test.each(['chrome', 'firefox', 'e2e'])('%s: extension pages have the strict CSP', (name) => {
    const manifest = builds().find(([n]) => n === name)![1].manifest;
    const csp = manifest.content_security_policy as Record<string, string>;
    expect(Object.keys(csp), 'no sandbox pages and their looser policy').toEqual(['extension_pages']);
    const directives = parseCsp(csp.extension_pages!);
    for (const [directive, sources] of Object.entries(REQUIRED_CSP)) {
      expect([...(directives[directive] ?? [])].sort(), directive).toEqual([...sources].sort());
    }
    for (const [directive, sources] of Object.entries(directives)) {
      if (directive in REQUIRED_CSP) continue;
      const allowed = OPTIONAL_CSP[directive];
      expect(allowed, `unexpected CSP directive ${directive}`).toBeDefined();
      expect(
        sources.filter((source) => !allowed!.includes(source)),
        directive,
      ).toEqual([]);
    }
    // No unsafe source but WebAssembly's (which compiles no JavaScript), no host, no wildcard.
    expect(csp.extension_pages?.replace(" 'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-|https?:|\*/);
  });

  test('Chrome: no other extension and no web page can connect', () => {
    expect(chrome.manifest.externally_connectable).toEqual({ ids: [], matches: [] });
    expect(e2e.manifest.externally_connectable).toEqual({ ids: [], matches: [] });
  });

  test('Firefox: declares that it collects no data, and gets no key it does not support', () => {
    const gecko = (firefox.manifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // Versions that ignore data_collection_permissions would install without the declaration.
    expect(Number.parseFloat(String(gecko.strict_min_version))).toBeGreaterThanOrEqual(140);
    const android = (firefox.manifest.browser_specific_settings as { gecko_android?: Record<string, unknown> })
      .gecko_android;
    expect(Number.parseFloat(String(android?.strict_min_version))).toBeGreaterThanOrEqual(142);
    expect(firefox.manifest).not.toHaveProperty('externally_connectable');
    expect(chrome.manifest).not.toHaveProperty('browser_specific_settings');
  });
});

describe('what the builds ship', () => {
  /** Issue 15: the worker parses its script on every wake; the model and vectors are files it reads once. */
  const BACKGROUND_LIMIT_BYTES = 500_000;

  test.each(['chrome', 'firefox', 'e2e'])(
    '%s: background.js is at most 500 kB; the word vectors and pair model are files beside it, identical to assets/, with the built-in dataset’s packed index',
    (name) => {
      const { dir } = builds().find(([n]) => n === name)![1];
      expect(statSync(join(dir, 'background.js')).size).toBeLessThanOrEqual(BACKGROUND_LIMIT_BYTES);
      for (const file of Object.values(SHIPPED_FILES)) {
        expect(
          readFileSync(join(dir, PACKAGED_MODELS_DIR, file)).equals(readFileSync(join(ASSETS_DIR, file))),
          file,
        ).toBe(true);
      }
      // The built-in dataset's index, packed at build time, fits the dataset the build ships (else every worker would pack it again).
      const index = readFileSync(join(dir, PACKAGED_MODELS_DIR, BUILT_IN_INDEX_FILE));
      expect(
        fitsDatasets(
          decodeIndexFile(index.buffer.slice(index.byteOffset, index.byteOffset + index.byteLength) as ArrayBuffer),
          [defaultDataset],
        ),
      ).toBe(true);
    },
  );
});

describe('parseCsp', () => {
  test('splits directives and sources', () => {
    expect(parseCsp("script-src 'self'; object-src 'none';")).toEqual({
      'script-src': ["'self'"],
      'object-src': ["'none'"],
    });
  });
});
