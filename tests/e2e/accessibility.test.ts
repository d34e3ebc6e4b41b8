/**
 * Accessibility checked by the tool the web uses for it (issue 16, point 4): axe-core run in the real
 * browser on the popup, the side panel and the options page, in their states (analyzing included), in both
 * colour schemes, against WCAG 2.1 A and AA. axe is evaluated into each page through the DevTools protocol, so nothing
 * is added to the extension or loosened in its CSP.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/fixture-server';
import { launchExtensionBrowser, type ExtensionBrowser, type WorkerGlobal } from './support/extension-browser';
import { importDatasetsThroughOptions, importText, RESTATED_SEED_000 } from './support/import-file';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchExtensionBrowser();
  await importDatasetsThroughOptions(browser, RESTATED_SEED_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe's WCAG 2.1 A/AA violations on `page` as it is now, in `scheme`. */
async function violations(page: Page, scheme: 'light' | 'dark'): Promise<Violation[]> {
  await page.emulateMedia({ colorScheme: scheme });
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, TAGS);
}

const SCHEMES = ['light', 'dark'] as const;

describe('axe finds no WCAG 2.1 AA violation', () => {
  test.each(SCHEMES)('the popup with a report, a conflict open and a source list (%s)', async (scheme) => {
    const { tabId } = await browser.openTab(`${server.baseUrl}seed-000.html`);
    const popup = await browser.openPopup(tabId);
    await popup.locator('li.claim').first().waitFor();
    expect(await violations(popup, scheme)).toEqual([]);
  });

  test.each(SCHEMES)('the popup’s other states: no article, nothing matched, another language (%s)', async (scheme) => {
    for (const page of ['not-an-article.html', 'unrelated-article.html', 'french-article.html']) {
      const { tabId } = await browser.openTab(`${server.baseUrl}${page}`);
      const popup = await browser.openPopup(tabId);
      expect(await violations(popup, scheme), page).toEqual([]);
      await popup.close();
    }
  });

  test.each(SCHEMES)('the popup’s error state, with its Try again (%s)', async (scheme) => {
    const sw = await browser.worker();
    const tabId = await sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as WorkerGlobal;
      return (await chrome.tabs.create({ url: 'chrome://version/' })).id ?? -1;
    });
    const popup = await browser.openPopup(tabId);
    await expect(popup.getByRole('status').textContent()).resolves.toMatch(/can’t read this kind of page/);
    expect(await violations(popup, scheme)).toEqual([]);
  });

  test.each(SCHEMES)('the popup and the side panel while they analyze (%s)', async (scheme) => {
    const { tabId } = await browser.openTab(`${server.baseUrl}seed-000.html?analyzing-${scheme}`);
    for (const view of ['popup', 'sidepanel']) {
      const page = await browser.context.newPage();
      // The request to the worker never answers, so the page stays in the state it shows while it waits.
      await page.addInitScript(() => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: unknown } } }).chrome.runtime;
        runtime.sendMessage = () => new Promise(() => undefined);
      });
      await page.goto(`chrome-extension://${browser.extensionId}/${view}.html?tabId=${tabId}`);
      await page.locator('main#app[aria-busy="true"]').waitFor();
      await expect(page.locator('progress').count(), view).resolves.toBe(1);
      expect(await violations(page, scheme), view).toEqual([]);
      await page.close();
    }
  });

  test.each(SCHEMES)('the side panel with its cards (%s)', async (scheme) => {
    const { tabId } = await browser.openTab(`${server.baseUrl}seed-000.html?a11y-${scheme}`);
    const panel = await browser.openSidePanel(tabId);
    expect(await violations(panel, scheme)).toEqual([]);
  });

  test.each(SCHEMES)('the options page, with an import refused and its errors listed (%s)', async (scheme) => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('li[data-dataset-id="provenance-seeds"]').waitFor();
    await importText(options, 'broken.json', '{\n  "format": "provenance-dataset",\n  "version": one\n}');
    expect(await violations(options, scheme)).toEqual([]);
  });
});

test('the check itself: axe finds a faint line and a nameless button added to the popup', async () => {
  const { tabId } = await browser.openTab(`${server.baseUrl}seed-000.html?a11y-control`);
  const popup = await browser.openPopup(tabId);
  await popup.evaluate(() => {
    const faint = document.createElement('p');
    faint.textContent = 'A line too faint to read';
    faint.style.color = '#eeeeee';
    faint.style.background = '#ffffff';
    document.getElementById('app')!.append(faint, document.createElement('button'));
  });
  const found = (await violations(popup, 'light')).map((v) => v.id).sort();
  expect(found).toEqual(['button-name', 'color-contrast']);
});
