/**
 * No network, no remote code, in the real browser. Every request the browser makes during a full
 * analysis of seed 000 is recorded (pages and the extension's service worker alike), from the import of
 * the invented restated-seed-000 dataset through the options page on (so the analysis has conflicts to
 * show whatever the judge finds between the seeds): the article page loads only its own files from
 * 127.0.0.1, the popup only files from the extension package, and the worker only the engine's files
 * from its own package (models/). The
 * extension-page CSP is then shown to hold: even with the e2e build's host access to 127.0.0.1, the
 * popup and the worker cannot fetch it, and cannot run a string as code.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/fixture-server';
import {
  CHROMIUM_PATH,
  EXTENSION_DIR,
  launchExtensionBrowser,
  type ExtensionBrowser,
} from './support/extension-browser';
import { importDatasetsThroughOptions, RESTATED_SEED_000 } from './support/import-file';
import { BUILT_IN_INDEX_FILE, PACKAGED_MODELS_DIR, SHIPPED_FILES } from '../../src/assets/shipped-assets';

/** A second extension, written as a stranger's would be (tests/fixtures/hostile/stranger-extension). */
const STRANGER_DIR = resolve(import.meta.dirname, '..', 'fixtures', 'hostile', 'stranger-extension');

interface Recorded {
  url: string;
  /** Who asked: the extension's worker, one of the known pages, or something else. */
  by: 'worker' | Page | 'other';
  failure: string | null;
}

let server: FixtureServer;
let browser: ExtensionBrowser;
const recorded: Recorded[] = [];
const byRequest = new Map<Request, Recorded>();
let article: Page;
let popup: Page;

function record(request: Request): void {
  let by: Recorded['by'] = 'other';
  if (request.serviceWorker()) by = 'worker';
  else {
    try {
      by = request.frame().page();
    } catch {
      by = 'other';
    }
  }
  const entry: Recorded = { url: request.url(), by, failure: null };
  recorded.push(entry);
  byRequest.set(request, entry);
}

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchExtensionBrowser();
  browser.context.on('request', record);
  browser.context.on('requestfailed', (request) => {
    const entry = byRequest.get(request);
    if (entry) entry.failure = request.failure()?.errorText ?? 'failed';
  });
  await importDatasetsThroughOptions(browser, RESTATED_SEED_000);
  const opened = await browser.openTab(`${server.baseUrl}seed-000.html`);
  article = opened.page;
  popup = await browser.openPopup(opened.tabId);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const extensionOrigin = (): string => `chrome-extension://${browser.extensionId}/`;

describe('a full analysis of seed 000', () => {
  test('ends with the report a reader expects (so the recording covers real work)', async () => {
    await expect(popup.locator('.counts').textContent()).resolves.toMatch(/[1-9]\d* conflicting$/);
  });

  test('the article page loads only its own files from 127.0.0.1', () => {
    const byPage = recorded.filter((entry) => entry.by === article).map((entry) => entry.url);
    expect(byPage).toContain(`${server.baseUrl}seed-000.html`);
    expect(byPage.filter((url) => !url.startsWith(server.baseUrl))).toEqual([]);
  });

  test('the popup loads only files from the extension package', () => {
    const byPopup = recorded.filter((entry) => entry.by === popup).map((entry) => entry.url);
    expect(byPopup.length).toBeGreaterThan(0);
    expect(byPopup.filter((url) => !url.startsWith(extensionOrigin()))).toEqual([]);
  });

  test('the service worker requests only the engine’s files from its own package, and nobody else requests anything', () => {
    const byWorker = recorded.filter((entry) => entry.by === 'worker').map((entry) => entry.url);
    const files = [...Object.values(SHIPPED_FILES), BUILT_IN_INDEX_FILE];
    expect([...new Set(byWorker)].sort()).toEqual(
      files.map((file) => `${extensionOrigin()}${PACKAGED_MODELS_DIR}/${file}`).sort(),
    );
    expect(recorded.filter((entry) => entry.by === 'other' && !entry.url.startsWith(extensionOrigin()))).toEqual([]);
  });
});

describe('the extension-page CSP', () => {
  test('stops the worker from fetching, even a host it has permission for; its own package it may read', async () => {
    const worker = await browser.worker();
    const fetchFrom = (url: string) =>
      worker.evaluate(
        (u) =>
          fetch(u).then(
            (r) => `fetched ${r.status}`,
            (error: unknown) => `blocked: ${String(error)}`,
          ),
        url,
      );
    expect(await fetchFrom(`${server.baseUrl}from-worker.txt`)).toMatch(/^blocked/);
    // connect-src 'self': the engine's files (models/) are read from the extension's own origin.
    expect(await fetchFrom(`${extensionOrigin()}models/pair-model.json`)).toBe('fetched 200');
  });

  test('stops the popup from fetching, and reports the violation', async () => {
    const violations = await popup.evaluate(async (url) => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
      const outcome = await fetch(url).then(
        () => 'fetched',
        () => 'blocked',
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { outcome, seen };
    }, `${server.baseUrl}from-popup.txt`);
    expect(violations).toEqual({ outcome: 'blocked', seen: ['connect-src'] });
  });

  test('runs no injected inline script, inline handler or remote script', async () => {
    // What an HTML injection into the popup would try. (eval and new Function cannot be tested from here:
    // DevTools evaluation is exempt from CSP; the manifest test forbids 'unsafe-eval' and the bundle scan
    // forbids eval in the code.)
    const outcome = await popup.evaluate(async (url) => {
      const state = globalThis as unknown as Record<string, unknown>;
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
      const inline = document.createElement('script');
      inline.textContent = 'window.inlineRan = true';
      document.head.append(inline);
      const image = document.createElement('div');
      image.innerHTML = '<img src="data:," onload="window.handlerRan = true" onerror="window.handlerRan = true">';
      document.body.append(image);
      const remote = document.createElement('script');
      remote.src = url;
      const loaded = await new Promise<string>((resolve) => {
        remote.onload = () => resolve('remote script ran');
        remote.onerror = () => resolve('remote script blocked');
        document.head.append(remote);
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      image.remove();
      return {
        inline: state.inlineRan ?? false,
        handler: state.handlerRan ?? false,
        loaded,
        seen: [...new Set(seen)].sort(),
      };
    }, `${server.baseUrl}remote.js`);
    expect(outcome).toEqual({
      inline: false,
      handler: false,
      loaded: 'remote script blocked',
      seen: ['script-src-attr', 'script-src-elem'],
    });
  });

  test('every extension page (popup, side panel, options) loads with no CSP violation of its own', async () => {
    // Each page listens from its first script on: its own bundle, styles and images must all fit the policy.
    const pages = readdirSync(EXTENSION_DIR).filter((name) => name.endsWith('.html'));
    expect(pages).toContain('popup.html');
    for (const name of pages) {
      const fresh = await browser.context.newPage();
      await fresh.addInitScript(() => {
        (globalThis as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          (globalThis as unknown as { violations: string[] }).violations.push(
            `${event.effectiveDirective} ${event.blockedURI}`,
          ),
        );
      });
      await fresh.goto(`${extensionOrigin()}${name}`);
      await fresh.waitForLoadState('load');
      await fresh.waitForTimeout(200);
      await expect(
        fresh.evaluate(() => (globalThis as unknown as { violations: string[] }).violations),
        name,
      ).resolves.toEqual([]);
      await fresh.close();
    }
  });
});

describe('another extension in the same browser', () => {
  let context: BrowserContext;
  let provenanceId: string;
  let stranger: Worker;

  beforeAll(async () => {
    context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        `--disable-extensions-except=${EXTENSION_DIR},${STRANGER_DIR}`,
        `--load-extension=${EXTENSION_DIR},${STRANGER_DIR}`,
      ],
    });
    const nameOf = (worker: Worker) =>
      worker.evaluate(
        () =>
          (
            globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }
          ).chrome.runtime.getManifest().name,
      );
    while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker');
    for (const worker of context.serviceWorkers()) {
      if ((await nameOf(worker)) === 'Provenance') provenanceId = new URL(worker.url()).host;
      else stranger = worker;
    }
  });

  afterAll(async () => {
    await context?.close();
  });

  test('the request recorder does see a service worker’s requests (so "none" above means none)', async () => {
    const seen: Array<{ url: string; fromWorker: boolean }> = [];
    context.on('request', (request) => seen.push({ url: request.url(), fromWorker: request.serviceWorker() !== null }));
    const target = `${server.baseUrl}index.html`;
    await expect(
      stranger.evaluate(
        (url) => (globalThis as unknown as { fetchStatus(u: string): Promise<number> }).fetchStatus(url),
        target,
      ),
    ).resolves.toBe(200);
    await expect.poll(() => seen.find((entry) => entry.url === target)).toEqual({ url: target, fromWorker: true });
  });

  test('cannot message Provenance or connect to it, and no analysis happens', async () => {
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}seed-000.html`);
    const tabId = await stranger.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } };
      };
      return (await chrome.tabs.query({ url }))[0]?.id ?? -1;
    }, page.url());
    type StrangerGlobal = {
      askProvenance(id: string, tabId: number): Promise<{ answered: boolean; error?: string }>;
      connectToProvenance(id: string): Promise<{ connected: boolean }>;
    };
    const asked = await stranger.evaluate(
      ([id, tab]) => (globalThis as unknown as StrangerGlobal).askProvenance(id, tab),
      [provenanceId, tabId] as const,
    );
    expect(asked).toMatchObject({
      answered: false,
      error: expect.stringMatching(/could not establish connection|receiving end does not exist/i),
    });
    const connected = await stranger.evaluate(
      (id) => (globalThis as unknown as StrangerGlobal).connectToProvenance(id),
      provenanceId,
    );
    expect(connected).toMatchObject({ connected: false });
    // Nothing was analyzed for the tab: no stored report, no badge. (The page's load may have had the
    // worker build its analyzer, which records the dataset revision; that reads nothing of the page.)
    const provenance = context
      .serviceWorkers()
      .find((worker) => worker.url().startsWith(`chrome-extension://${provenanceId}/`))!;
    const state = await provenance.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: typeof import('wxt/browser').browser };
      const keys = Object.keys(await chrome.storage.session.get(null));
      return {
        stored: keys.filter((key) => key.startsWith('report:')),
        badge: await chrome.action.getBadgeText({ tabId: id }),
      };
    }, tabId);
    expect(state).toEqual({ stored: [], badge: '' });
  });
});
