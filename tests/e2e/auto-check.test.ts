/**
 * "Check automatically on these sites", as a reader uses it. In the options page they add a site (the
 * browser's permission request runs from their click; in the e2e build 127.0.0.1 is already granted, so
 * Chromium answers without a prompt), then open an article there: the badge shows the count with no click
 * on the toolbar button, and the popup shows the stored report without reading the page again. Once they
 * remove the site, a reload is not analyzed. A listed site the browser does not grant is never checked,
 * and the list says so. The article is seed 000, with the invented restated-seed-000 dataset imported
 * first, so it has a conflict to count whatever the judge finds between the seeds. The production
 * manifest's optional permissions are checked in tests/unit/manifest.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/fixture-server';
import { launchExtensionBrowser, type ExtensionBrowser, type WorkerGlobal } from './support/extension-browser';
import { importDatasetFile, RESTATED_SEED_000 } from './support/import-file';
import { screenshotPath } from './support/screenshots';

const SEED_TITLE = 'U.S. Proposes NATO-Style Defense Pact Ukraine';
/** Long enough for an analysis that should not happen to have happened: a real one takes well under this. */
const QUIET_MS = 3_000;

let server: FixtureServer;
let browser: ExtensionBrowser;
let options: Page;

/** The URL tab `tabId`'s stored report was made for, or null when there is none. */
async function storedReportUrl(tabId: number): Promise<string | null> {
  const sw = await browser.worker();
  return sw.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    const stored = (await chrome.storage.session.get(`report:${id}`))[`report:${id}`] as { url?: string } | undefined;
    return stored?.url ?? null;
  }, tabId);
}

const section = () => options.locator('#auto-check');
/** What the section's live region says, once it says something matching `expected`. */
async function messageSays(expected: string | RegExp): Promise<void> {
  await expect.poll(() => section().locator('.site-message').textContent()).toMatch(expected);
}

/** Types `text` into the site field and presses Enter, as a keyboard user would. */
async function addSite(text: string): Promise<void> {
  await section().getByLabel('Site', { exact: true }).fill(text);
  await section().getByLabel('Site', { exact: true }).press('Enter');
}

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchExtensionBrowser();
  options = await browser.context.newPage();
  await options.setViewportSize({ width: 900, height: 1000 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await section().locator('.sites-empty').waitFor();
  await importDatasetFile(options, RESTATED_SEED_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('check automatically on these sites', () => {
  test('is off by default: the list is empty, and an article is not analyzed until asked', async () => {
    await expect(section().locator('.sites-empty').textContent()).resolves.toBe(
      'No sites yet. Provenance reads a page only when you click its toolbar button there.',
    );
    await expect(section().locator('li.site').count()).resolves.toBe(0);
    const { tabId } = await browser.openTab(`${server.baseUrl}seed-001.html`);
    await options.waitForTimeout(QUIET_MS);
    expect(await browser.badgeText(tabId)).toBe('');
    expect(await storedReportUrl(tabId)).toBeNull();
  });

  test('junk is refused with a sentence saying why, and nothing is added', async () => {
    await addSite('javascript:alert(1)');
    await messageSays(
      /^Only web sites \(https:\/\/ or http:\/\/\) can be checked automatically, not “javascript:” addresses\.$/,
    );
    await addSite('*');
    await messageSays(/^Name one site at a time: Provenance never checks every site automatically\.$/);
    await expect(section().getByLabel('Site', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(section().locator('li.site').count()).resolves.toBe(0);
  });

  test('adding 127.0.0.1 asks the browser from the reader’s keypress and lists the site as checked', async () => {
    await addSite(`${server.baseUrl}seed-000.html`);
    await messageSays(/^Provenance will check articles on http:\/\/127\.0\.0\.1 as soon as they load\.$/);
    const row = section().locator('li.site');
    await expect(row.locator('.site-name').textContent()).resolves.toBe('http://127.0.0.1');
    await expect(row.locator('.site-status').textContent()).resolves.toBe('Checked automatically');
    await expect(section().getByLabel('Site', { exact: true }).inputValue()).resolves.toBe('');
    const stored = await (await browser.worker()).evaluate(
      async () =>
        (await (globalThis as unknown as WorkerGlobal).chrome.storage.local.get('autoCheckSites')).autoCheckSites,
    );
    expect(stored).toEqual([{ scheme: 'http', host: '127.0.0.1', subdomains: false }]);
  });

  test('an article on it is analyzed as it loads: the badge shows the count with no click, and the popup shows that report', async () => {
    const { page, tabId } = await browser.openTab(`${server.baseUrl}seed-000.html`);
    await expect.poll(() => browser.badgeText(tabId), { timeout: 30_000 }).toMatch(/^[1-9]\d*$/);
    expect(await storedReportUrl(tabId)).toBe(page.url());
    // Rewrite the page in place: a popup that analyzed again would show the new title.
    await page.evaluate(() => {
      document.querySelector('h1')!.textContent = 'Rewritten after the automatic check';
      document.title = 'Rewritten after the automatic check';
    });
    const badge = await browser.badgeText(tabId);
    const popup = await browser.openPopup(tabId);
    await expect(popup.locator('h1').textContent()).resolves.toBe(SEED_TITLE);
    await expect(popup.locator('.counts').textContent()).resolves.toMatch(new RegExp(` · ${badge} conflicting$`));
    await popup.close();
  });

  test('a listed site the browser does not grant (revoked in its settings) says so, and is not checked', async () => {
    // What the list holds after the reader revoked access in the browser: listed, not granted.
    const sw = await browser.worker();
    await sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as WorkerGlobal;
      const { autoCheckSites } = await chrome.storage.local.get('autoCheckSites');
      await chrome.storage.local.set({
        autoCheckSites: [...(autoCheckSites as unknown[]), { scheme: 'http', host: 'localhost', subdomains: false }],
      });
    });
    const revoked = section().locator('li.site', { hasText: 'http://localhost' });
    await expect(revoked.locator('.site-status').textContent()).resolves.toBe(
      'Permission not granted — Grant again for http://localhost',
    );
    await expect(revoked.getByRole('button', { name: 'Grant again for http://localhost' }).isVisible()).resolves.toBe(
      true,
    );

    await options.locator('#auto-check').screenshot({ path: screenshotPath('options-sites.png') });

    const before = await sw.evaluate(async () =>
      (await (globalThis as unknown as WorkerGlobal).chrome.tabs.query({})).map((tab) => tab.id),
    );
    const page = await browser.context.newPage();
    await page.goto(`${server.baseUrl.replace('127.0.0.1', 'localhost')}seed-000.html`, { waitUntil: 'load' });
    await expect(page.locator('h1').textContent()).resolves.toBe(SEED_TITLE);
    const tabId = (
      await sw.evaluate(async () =>
        (await (globalThis as unknown as WorkerGlobal).chrome.tabs.query({})).map((tab) => tab.id),
      )
    ).find((id) => !before.includes(id))!;
    await page.waitForTimeout(QUIET_MS);
    expect(await browser.badgeText(tabId)).toBe('');
    expect(await storedReportUrl(tabId)).toBeNull();
    await page.close();
  });

  test('removing the site stops it: a reload is not analyzed, and the badge stays empty', async () => {
    const { page, tabId } = await browser.openTab(`${server.baseUrl}seed-002.html`);
    await expect.poll(() => storedReportUrl(tabId), { timeout: 30_000 }).toBe(page.url());

    const row = section().locator('li.site', { hasText: 'http://127.0.0.1' });
    await row.getByRole('button', { name: 'Remove http://127.0.0.1' }).click();
    await messageSays(/^Removed http:\/\/127\.0\.0\.1: it is no longer checked automatically\./);
    await expect(section().locator('li.site', { hasText: 'http://127.0.0.1' }).count()).resolves.toBe(0);

    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(QUIET_MS);
    expect(await storedReportUrl(tabId)).toBeNull();
    expect(await browser.badgeText(tabId)).toBe('');
  });
});
