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

    // The acceptance example: the differing spans are the two actors. The strongest sources, shown at
    // once, mark "the US" and name Trump in the difference's note; the sources whose own words name
    // him rank below them, behind "Show all".
    const shownDifferences = await claim.locator('li.source-conflicts:visible .differences li').allTextContents();
    expect(
      shownDifferences.some((line) => /^Different actor: .*Biden administration vs .*Trump/.test(line)),
      `a difference naming Trump among the sources shown at once: ${JSON.stringify(shownDifferences)}`,
    ).toBe(true);
    const showAll = claim.getByRole('button', { name: /^Show all \d+ conflicting sources$/ });
    await showAll.click();
    const sourceMarks = await claim.locator('li.source-conflicts .source-sentence mark').allTextContents();
    const sourceMark = claim.locator('li.source-conflicts .source-sentence mark', { hasText: 'Trump' }).first();
    expect(
      await sourceMark.isVisible(),
      `a visible source-side <mark> naming Trump; the popup marks ${JSON.stringify(sourceMarks)}`,
    ).toBe(true);
    await showAll.click(); // as the reader found it, for the tests and screenshots after this one
  });

  test('sources show who said it, who reported it first and who published it; the earliest known one is tagged', async () => {
    const claim = popup.locator('li.claim', { hasText: 'the Biden administration has proposed a framework' });
    // The Defense Post ran an AFP dispatch: its chains run through AFP.
    const chains = await claim.locator('li.source .chain').evaluateAll((items) =>
      items.map((item) => [...item.querySelectorAll('.chain-step')].map((step) => step.textContent).join(' → ')));
    expect(chains.some((chain) => /→ AFP → The Defense Post$/.test(chain)), `chains: ${JSON.stringify(chains)}`).toBe(true);
    // Screen readers hear the arrows as words.
    const spoken = await claim.locator('li.source .chain', { hasText: 'AFP' }).first().evaluate((chain) => {
      const copy = chain.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return copy.textContent;
    });
    expect(spoken).toMatch(/^Said by .+, first reported by AFP, published by The Defense Post$/);
    // Seed 000's own dated rival sources share its day, so only sentences whose other sources are undated get a tag.
    const tags = await popup.locator('li.source .earliest').allTextContents();
    expect(tags.length, 'some source in the seed 000 report is its claim’s earliest known source').toBeGreaterThan(0);
    expect(new Set(tags)).toEqual(new Set(['Earliest known source']));
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

  test('a sentence with many sources lists the three strongest of each relation; "Show all" reveals the rest from the keyboard', async () => {
    const claim = popup.locator('li.claim', { hasText: 'the Biden administration has proposed a framework' });
    if (!(await claim.locator('details').evaluate((details: HTMLDetailsElement) => details.open))) await claim.locator('summary').click();
    const summary = await claim.locator('.claim-summary').textContent();
    const all = await claim.locator('li.source-conflicts').count();
    expect(all, 'the seed 000 demo sentence has more than three conflicting sources').toBeGreaterThan(3);
    await expect(claim.locator('li.source-conflicts:visible').count()).resolves.toBe(3);
    // Exact: the triangle before the words is drawn, not spoken.
    const button = claim.getByRole('button', { name: `Show all ${all} conflicting sources`, exact: true });
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    const controlled = popup.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
    await expect(controlled.isHidden()).resolves.toBe(true);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await button.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-show-all.png') });

    await button.focus();
    await popup.keyboard.press('Enter');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(claim.locator('li.source-conflicts:visible').count()).resolves.toBe(all);
    expect(await popup.evaluate(() => document.activeElement?.className)).toBe('show-all');
    // The counts count every source whether shown or not.
    await expect(claim.locator('.claim-summary').textContent()).resolves.toBe(summary);
    await popup.keyboard.press('Space');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(claim.locator('li.source-conflicts:visible').count()).resolves.toBe(3);
    await popup.evaluate(() => window.scrollTo(0, 0));
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

/**
 * Seed 004 (a later analysis piece) is compared with all four other seeds, so one of its sentences is
 * backed by both Media Wall News (seed 000) and The Defense Post (seed 002) relaying the same AFP report,
 * and by two outlets reporting on their own.
 */
describe('popup on seed 004: republications of one report', () => {
  const DEAL = 'The proposed deal for Ukraine is a bilateral or multilateral security agreement';
  let page: Page;

  beforeAll(async () => {
    const tab = await browser.openTab(`${server.baseUrl}seed-004.html`);
    page = await browser.openPopup(tab.tabId);
  });

  test('two outlets relaying one AFP report count as one independent source, and each shows its chain', async () => {
    const claim = page.locator('li.claim', { hasText: DEAL });
    await expect(claim.count()).resolves.toBe(1);
    await expect(claim.locator('.claim-summary').textContent()).resolves.toBe('4 outlets corroborate, 3 independent sources');
    if (!(await claim.locator('details').evaluate((details: HTMLDetailsElement) => details.open))) await claim.locator('summary').click();
    const rows = await claim.locator('li.source').evaluateAll((items) => items.map((item) => ({
      outlet: item.querySelector('.outlet')?.textContent,
      reporter: item.querySelector('.chain-reporter')?.textContent,
      publisher: item.querySelector('.chain-publisher')?.textContent,
    })));
    const relays = rows.filter((row) => row.reporter === 'AFP');
    expect([...new Set(relays.map((row) => row.outlet))].sort()).toEqual(['Media Wall News', 'The Defense Post']);
    for (const row of relays) expect(row.publisher).toBe(row.outlet);
    // The other two outlets report on their own: no first reporter in their chains.
    expect([...new Set(rows.filter((row) => row.reporter !== 'AFP').map((row) => row.outlet))].sort()).toEqual(['Raja Awais Ali (blog)', 'Unknown outlet']);
  });

  test('long chains wrap inside the popup instead of widening it; screenshot for the README', async () => {
    const claim = page.locator('li.claim', { hasText: DEAL });
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const chains = [...document.querySelectorAll('.chain')].map((chain) => chain.getBoundingClientRect().right);
      return { scroll: document.body.scrollWidth, width, widest: Math.max(0, ...chains) };
    });
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.width);
    expect(overflow.widest).toBeLessThanOrEqual(overflow.width);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await claim.evaluate((item) => item.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: resolve(SCREENSHOTS, 'popup-chains.png') });
  });
});
