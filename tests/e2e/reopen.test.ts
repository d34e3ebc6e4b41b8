/**
 * A re-open through the real toolbar button (CDP's Extensions.triggerAction, as a reader's click): the
 * popup shows the tab's stored report from storage.session itself (src/platform/current-report.ts), so a
 * worker asleep since the first click stays asleep, and the answer is the one the first click painted.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/fixture-server';
import { listTargets } from '../../bench/cdp-targets';
import { clickToolbar, stopWorker } from '../../bench/toolbar-click';
import { launchExtensionBrowser, type ExtensionBrowser, type WorkerGlobal } from './support/extension-browser';

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchExtensionBrowser(undefined, { extraArgs: ['--enable-unsafe-extension-debugging'] });
  page = await browser.context.newPage();
  await page.goto(`${server.baseUrl}seed-000.html`, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a re-open through the toolbar button', () => {
  test('paints the stored report without waking the stopped worker', async () => {
    const browserCdp = await browser.context.browser()!.newBrowserCDPSession();
    const pageCdp = await browser.context.newCDPSession(page);
    const workerRunning = async () =>
      (await listTargets(browserCdp)).some(
        (target) =>
          target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${browser.extensionId}/`),
      );
    await page.bringToFront();
    const first = await clickToolbar(browserCdp, browser.extensionId, page.url());
    expect(first.state).toBe('report');
    expect(first.rows).toBeGreaterThan(0);
    // The report is written behind the answer: wait for it before the worker goes.
    const storedKeys = async () =>
      (await browser.worker()).evaluate(async () => {
        const { chrome } = globalThis as unknown as WorkerGlobal;
        return Object.keys(await chrome.storage.session.get(null));
      });
    await expect.poll(storedKeys).toContainEqual(expect.stringMatching(/^report:\d+$/));
    await stopWorker(pageCdp, browserCdp, browser.extensionId);
    expect(await workerRunning()).toBe(false);

    const again = await clickToolbar(browserCdp, browser.extensionId, page.url());
    expect({ state: again.state, rows: again.rows }).toEqual({ state: first.state, rows: first.rows });
    // Nothing asked the worker: it is still stopped once the answer is painted.
    expect(await workerRunning()).toBe(false);
  });
});
