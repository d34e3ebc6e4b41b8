/**
 * The popup's non-report states in a real browser: what a reader sees on a page that is not an
 * article, an article no known claim speaks to, an article in a language Provenance does not check (in
 * the side panel too), a browser page, and a page whose title is markup.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/fixture-server';
import { launchExtensionBrowser, type ExtensionBrowser, type WorkerGlobal } from './support/extension-browser';
import { screenshotPath } from './support/screenshots';

let server: FixtureServer;
let browser: ExtensionBrowser;

/** tests/fixtures/french-article.html: an invented French story whose template declares lang="en". */
const FRENCH_TITLE = 'Grève des bus et des trams à Valmont : un jeudi très perturbé';
const FRENCH_MESSAGE = 'This article is in French; Provenance checks English text.';

/** The popup's or the side panel's status: the French article's title, then the language sentence. */
async function expectLanguageMessage(view: Page): Promise<void> {
  await expect(view.locator('main#app').getAttribute('data-state')).resolves.toBe('unsupported-language');
  await expect(view.locator('h1').textContent()).resolves.toBe(FRENCH_TITLE);
  await expect(view.locator('.status .message-language').textContent()).resolves.toBe(FRENCH_MESSAGE);
}

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('popup states', () => {
  test('a sign-in page shows "No article found on this page."', async () => {
    const { tabId } = await browser.openTab(`${server.baseUrl}not-an-article.html`);
    const popup = await browser.openPopup(tabId);
    await expect(popup.getByRole('status').textContent()).resolves.toBe('No article found on this page.');
    await expect(popup.locator('ol.claims').count()).resolves.toBe(0);
    expect(await browser.badgeText(tabId)).toBe('');
  });

  test('an article no known claim speaks to shows the no-matches sentence under its title', async () => {
    const { tabId } = await browser.openTab(`${server.baseUrl}unrelated-article.html`);
    const popup = await browser.openPopup(tabId);
    await expect(popup.locator('h1').textContent()).resolves.toBe(
      'Sea stars return to Harbour Point tide pools, volunteer survey finds',
    );
    const message = await popup.locator('.message-empty').textContent();
    expect(message).toMatch(/^None of this article’s \d+ sentences match a known claim\.$/);
    await expect(popup.locator('.counts').textContent()).resolves.toMatch(
      /^\d+ claims checked · 0 corroborated · 0 conflicting$/,
    );
    expect(await browser.badgeText(tabId)).toBe('');
  });

  test('a French article: the popup names its language instead of checking it, and the badge stays empty', async () => {
    const { tabId } = await browser.openTab(`${server.baseUrl}french-article.html`);
    // A badge left over from before must be cleared, not kept: set one first.
    const sw = await browser.worker();
    await sw.evaluate(
      (id) => (globalThis as unknown as WorkerGlobal).chrome.action.setBadgeText({ tabId: id, text: '9' }),
      tabId,
    );

    const popup = await browser.openPopup(tabId);

    await expectLanguageMessage(popup);
    await expect(popup.getByRole('status').textContent()).resolves.toContain(FRENCH_MESSAGE);
    await expect(popup.locator('.counts').count()).resolves.toBe(0);
    await expect(popup.locator('ol.claims').count()).resolves.toBe(0);
    expect(await browser.badgeText(tabId)).toBe('');
    const title = await sw.evaluate(
      (id) => (globalThis as unknown as WorkerGlobal).chrome.action.getTitle({ tabId: id }),
      tabId,
    );
    expect(title).toBe(`Provenance: ${FRENCH_MESSAGE}`);
    await popup.screenshot({
      path: screenshotPath('popup-language.png'),
      clip: { x: 0, y: 0, width: 420, height: 170 },
    });
  });

  test('a French article: the side panel says the same, without filters or cards', async () => {
    // Its own tab (the query tells the two apart), so the panel asks for a fresh analysis.
    const { tabId } = await browser.openTab(`${server.baseUrl}french-article.html?panel`);
    const panel = await browser.openSidePanel(tabId);

    await expectLanguageMessage(panel);
    await expect(panel.locator('.controls').isHidden()).resolves.toBe(true);
    await expect(panel.locator('ol.cards').count()).resolves.toBe(0);
    expect(await browser.badgeText(tabId)).toBe('');
  });

  test('a browser page is off-limits, and the popup says why', async () => {
    const sw = await browser.worker();
    const tabId = await sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as WorkerGlobal;
      const tab = await chrome.tabs.create({ url: 'chrome://version/' });
      return tab.id ?? -1;
    });
    const popup = await browser.openPopup(tabId);
    await expect(popup.getByRole('status').textContent()).resolves.toBe(
      'Provenance can’t read this kind of page (browser pages and extension stores are off-limits to extensions).',
    );
  });

  test('markup in a page title is shown as literal text and never runs', async () => {
    const dialogs: string[] = [];
    const { page, tabId } = await browser.openTab(`${server.baseUrl}hostile-title.html`);
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    const popup = await browser.openPopup(tabId);
    popup.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));

    await expect(popup.locator('h1').textContent()).resolves.toBe(
      'City council votes on bike lanes <img src=x onerror=alert(1)>',
    );
    await expect(popup.locator('img').count()).resolves.toBe(0);
    await expect(popup.locator('script').count()).resolves.toBe(1); // the popup's own bundle, nothing more
    expect(dialogs).toEqual([]);
  });
});
