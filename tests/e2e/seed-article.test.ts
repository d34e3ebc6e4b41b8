/**
 * The demo path a reader takes: seed 000 (Media Wall News) open in a tab, Provenance's popup for that
 * tab. Seed 000 is itself in the dataset, so it is compared with the four other seeds only.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/fixture-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';

const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');

let server: FixtureServer;
let browser: ExtensionBrowser;
let tabId: number;
let popup: Page;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchExtensionBrowser();
  ({ tabId } = await browser.openTab(`${server.baseUrl}seed-000.html`));
  popup = await browser.openPopup(tabId);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('popup on seed 000', () => {
  test('shows the article and what was checked', async () => {
    await expect(popup.locator('h1').textContent()).resolves.toBe('U.S. Proposes NATO-Style Defense Pact Ukraine');
    await expect(popup.locator('.counts').textContent()).resolves.toMatch(
      /^\d+ claims checked · \d+ corroborated · [1-9]\d* conflicting$/,
    );
  });

  test('the Biden claim conflicts with sources naming Trump, the two actors marked on each side', async () => {
    const claim = popup.locator('li.claim', { hasText: 'the Biden administration has proposed a framework' });
    await expect(claim.count()).resolves.toBe(1);
    await expect(claim.locator('summary .verdict').textContent()).resolves.toContain('Conflicts');
    if (!(await claim.locator('details').evaluate((details: HTMLDetailsElement) => details.open))) {
      await claim.locator('summary').click();
    }

    const pageMark = claim.locator('summary mark', { hasText: 'Biden administration' });
    expect(await pageMark.isVisible()).toBe(true);

    const conflicting = claim.locator('li.source-conflicts');
    expect(await conflicting.count()).toBeGreaterThan(0);
    await expect(conflicting.first().locator('.verdict').textContent()).resolves.toContain('Conflicts');
    const namingTrump = conflicting.filter({ hasText: 'Trump' });
    expect(await namingTrump.count()).toBeGreaterThan(0);

    // The acceptance example: the differing spans are the two actors, so the source side marks Trump.
    const sourceMarks = await claim.locator('li.source-conflicts .source-sentence mark').allTextContents();
    const sourceMark = claim.locator('li.source-conflicts .source-sentence mark', { hasText: 'Trump' }).first();
    expect(
      await sourceMark.isVisible(),
      `a visible source-side <mark> naming Trump; the popup marks ${JSON.stringify(sourceMarks)}`,
    ).toBe(true);
    await expect(claim.locator('.differences li', { hasText: /^Different actor: .*Biden administration vs / }).count())
      .resolves.toBeGreaterThan(0);
  });

  test('the toolbar badge for the tab is the number of conflicting claims the popup lists', async () => {
    const listed = await popup.locator('li.claim-conflicts').count();
    expect(listed).toBeGreaterThan(0);
    await expect(popup.locator('.counts').textContent()).resolves.toContain(`· ${listed} conflicting`);
    expect(await browser.badgeText(tabId)).toBe(String(listed));
  });

  test('every source says who published it, and links open in a new tab without an opener', async () => {
    const sources = popup.locator('li.source');
    const count = await sources.count();
    expect(count).toBeGreaterThan(0);
    for (const outlet of await sources.locator('.outlet').allTextContents()) expect(outlet.trim()).not.toBe('');
    const links = popup.locator('a.source-link');
    for (let i = 0; i < (await links.count()); i++) {
      await expect(links.nth(i).getAttribute('target')).resolves.toBe('_blank');
      await expect(links.nth(i).getAttribute('rel')).resolves.toBe('noopener noreferrer');
    }
  });

  test('the claims can be reached and opened with the keyboard', async () => {
    await popup.locator('body').focus();
    let onSummary = false;
    for (let presses = 0; presses < 10 && !onSummary; presses++) {
      await popup.keyboard.press('Tab');
      onSummary = await popup.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
    }
    expect(onSummary).toBe(true);
    const wasOpen = await popup.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open);
    await popup.keyboard.press('Enter');
    const isOpen = await popup.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open);
    expect(isOpen).toBe(!wasOpen);
    await popup.keyboard.press('Enter'); // leave it as it was for the screenshot
  });

  test('screenshots of the popup, light and dark, for the README', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      document.body.scrollTo(0, 0);
    });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-dark.png') });
    await popup.emulateMedia({ colorScheme: 'light' });
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
  });
});
