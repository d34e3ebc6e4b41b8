/**
 * No network, no remote code, checked on the bundles users get (a fresh production build for Chrome and
 * Firefox): no `eval`, `new Function` or `importScripts`, no network API other than the one `fetch` in
 * Vite's module-preload polyfill and the `fetch` of the extension's own files, no `import()` of a URL, and no http(s) URL outside a justified
 * allow-list. The CSP (`tests/unit/manifest.test.ts`) stops these at run time; this stops them shipping.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildExtension, REPO_ROOT, type BuiltExtension } from './support/build-extension';
import { INT8_DOTS_WASM } from '../../src/match/int8-dots-wasm';

/** One thing the scanner objects to, with enough context to find it in the bundle. */
interface Finding {
  rule: string;
  context: string;
}

/** Calls that run strings as code or reach the network. Each is a finding wherever it appears. */
const FORBIDDEN: Array<{ rule: string; pattern: RegExp }> = [
  { rule: 'eval', pattern: /(?<![\w$])eval\s*\(/g },
  { rule: 'new Function', pattern: /\bnew\s+Function\s*\(/g },
  { rule: 'Function constructor', pattern: /(?<![\w$.])Function\s*\(\s*["'`]/g },
  { rule: 'string timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g },
  { rule: 'importScripts', pattern: /\bimportScripts\s*\(/g },
  { rule: 'import() of a URL', pattern: /\bimport\s*\(\s*["'`](?:https?:)?\/\//g },
  { rule: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/g },
  { rule: 'WebSocket', pattern: /\bWebSocket\b/g },
  { rule: 'EventSource', pattern: /\bEventSource\b/g },
  { rule: 'sendBeacon', pattern: /\bsendBeacon\b/g },
  { rule: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/g },
  { rule: 'fetch', pattern: /(?<![\w$.])fetch\s*\(/g },
];

/**
 * Vite's module-preload polyfill (in every page chunk): it `fetch`es `<link rel=modulepreload>` hrefs of
 * the page itself, i.e. files inside the extension, and only in browsers without native modulepreload.
 * Its one `fetch` call is allowed; any other `fetch` is a finding.
 */
const MODULEPRELOAD_FETCH = /\bfetch\s*\(\s*[\w$]+\.href\s*,\s*[\w$]+\s*\)/g;

/**
 * The engine's files read from the extension's own package (src/platform/packaged-files.ts): a `fetch`
 * whose argument is `runtime.getURL(…)`, a URL inside the extension whatever the path.
 */
const PACKAGE_FETCH = /\bfetch\s*\(\s*[\w$]+(?:\.default)?\.runtime\.getURL\(/g;

/**
 * Namespace names: XML's, used by DOM code (Readability, the DOM itself), and JSON-LD's schema.org
 * context: identifiers, never fetched.
 */
const NAMESPACE_URLS = new Set([
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
  // The JSON-LD context a ClaimReview export names (src/claims/export-claimreview.ts): an identifier the
  // file carries, never fetched.
  'https://schema.org',
]);

/** Source links in the embedded dataset: data the popup shows as links a reader may click, never fetched. */
function datasetUrls(): Set<string> {
  const dataset = JSON.parse(readFileSync(join(REPO_ROOT, 'assets', 'default-dataset.json'), 'utf8')) as {
    sources: Array<{ url: string | null }>;
  };
  return new Set(dataset.sources.map((source) => source.url).filter((url): url is string => url !== null));
}

/** License and doc comments (`/*! … *\/`, `/** … *\/`) may name URLs; they are not code. */
function withoutBlockComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, ' ');
}

function around(code: string, index: number): string {
  return code.slice(Math.max(0, index - 40), index + 60).replace(/\s+/g, ' ');
}

/** Everything in `code` (one bundle) that runs strings as code, reaches the network, or names a remote URL. */
function scanSource(code: string, allowedUrls: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  const source = withoutBlockComments(code)
    .replace(MODULEPRELOAD_FETCH, 'PRELOAD_FETCH')
    .replace(PACKAGE_FETCH, 'PACKAGE_FETCH(');
  for (const { rule, pattern } of FORBIDDEN) {
    for (const match of source.matchAll(pattern)) findings.push({ rule, context: around(source, match.index) });
  }
  // At least one character after the scheme: a bare `http://` (help text, a label's prefix) names no
  // place to connect to; `http://${host}` is still flagged.
  for (const match of source.matchAll(/https?:\/\/[^\s"'`)\\<>]+/g)) {
    const url = match[0].replace(/[.,;]+$/, '');
    if (!NAMESPACE_URLS.has(url) && !allowedUrls.has(url))
      findings.push({ rule: 'remote URL', context: around(source, match.index) });
  }
  return findings;
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the scanner itself', () => {
  test.each([
    ['eval', 'a=1;eval("x")'],
    ['new Function', 'const f = new Function("return 1")'],
    ['importScripts', 'importScripts("a.js")'],
    ['import() of a URL', 'await import("https://cdn.example/x.js")'],
    ['fetch', 'fetch("https://api.example/x")'],
    ['fetch', 'const r = await fetch(url)'],
    ['fetch', 'fetch(u);t.runtime.getURL("/a")'],
    ['XMLHttpRequest', 'new XMLHttpRequest()'],
    ['WebSocket', 'new WebSocket(u)'],
    ['sendBeacon', 'navigator.sendBeacon(u, d)'],
    ['remote URL', 'const u = "https://tracker.example/p.gif"'],
    ['remote URL', 'const u = `http://${host}`; const v = "http://x"'],
  ])('flags %s', (rule, code) => {
    expect(scanSource(code, new Set()).map((finding) => finding.rule)).toContain(rule);
  });

  test('lets through what is safe: comments, namespaces, the module-preload polyfill, a read of the package, lookalike names', () => {
    const safe = [
      '/*! @license MIT https://example.org/license */',
      'document.createElementNS("http://www.w3.org/2000/svg","svg")',
      'function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}',
      'const n=await fetch(t.runtime.getURL(`/${ic}/${e}`))',
      'const retrieval = 1; x.evaluate(y); prefetch(z); myFunction(1)',
      'const help = `Secure pages only, unless you type http:// (or https://)`; const prefix = `http://`;',
    ].join('\n');
    expect(scanSource(safe, new Set())).toEqual([]);
  });
});

describe.each(['chrome', 'firefox'] as const)('the %s production bundles', (browser) => {
  let built: BuiltExtension;
  beforeAll(async () => {
    built = await buildExtension({ browser, mode: 'production' });
  }, 120_000);
  afterAll(() => built?.remove());

  test('contain no eval, no Function constructor, no network call, no remote URL', () => {
    const allowed = datasetUrls();
    const scripts = filesUnder(built.dir, '.js');
    expect(scripts.length).toBeGreaterThanOrEqual(3); // background, popup, the extraction content script
    const findings = scripts.flatMap((file) =>
      scanSource(readFileSync(file, 'utf8'), allowed).map((finding) => ({
        file: relative(built.dir, file),
        ...finding,
      })),
    );
    expect(findings).toEqual([]);
  });

  test('ship no WebAssembly but the search’s own module, and no page that loads a script from elsewhere or inline', () => {
    expect(filesUnder(built.dir, '.wasm')).toEqual([]);
    // The one module is int8-dots.wat's bytes (tests/unit/int8-dots.test.ts checks them against the text),
    // inside the code that compiles it: no other module's bytes ("\0asm" in base64) and no other compiler.
    for (const file of filesUnder(built.dir, '.js')) {
      const code = readFileSync(file, 'utf8');
      const modules = code.match(/AGFzbQ[A-Za-z0-9+/=]*/g) ?? [];
      expect(
        modules.filter((bytes) => bytes !== INT8_DOTS_WASM),
        relative(built.dir, file),
      ).toEqual([]);
      if (/\bWebAssembly\b/.test(code)) expect(modules, relative(built.dir, file)).toContain(INT8_DOTS_WASM);
    }
    for (const file of filesUnder(built.dir, '.html')) {
      const html = readFileSync(file, 'utf8');
      for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        expect(attributes, `${file}: scripts come from the package`).toMatch(/\bsrc="\/[^/]/);
        expect(body!.trim(), `${file}: no inline script`).toBe('');
      }
      expect(html, `${file}: no remote stylesheet or image`).not.toMatch(/(?:href|src)="(?:https?:)?\/\//);
    }
  });
});
