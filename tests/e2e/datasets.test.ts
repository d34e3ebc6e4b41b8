/**
 * A reader brings their own datasets: in the options page they import a ClaimReview file and a JSON Lines
 * file, see them listed with their counts, then open an article repeating both claims and see those
 * sources in the popup with the fact-checkers' verdicts. Switching a dataset off removes its source from
 * the next analysis, and the background stores the new combination of datasets before the next click.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/fixture-server';
import { openOptionsPage } from './support/import-file';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { screenshotPath } from './support/screenshots';
import { stopWorker } from '../../bench/toolbar-click';

const DATASETS = resolve(import.meta.dirname, '..', 'fixtures', 'datasets');
const LEMON = 'drinking hot lemon water kills the coronavirus';
const EIFFEL = 'the Eiffel Tower will be dismantled and rebuilt in Las Vegas';

let server: FixtureServer;
let browser: ExtensionBrowser;
let options: Page;
let tabId: number;

const openOptions = (query = '') => openOptionsPage(browser, query);

/** The popup for the article tab, opened afresh (a new page asks the background again). */
async function popupSources(
  claimText: string,
  screenshot?: string,
): Promise<{ outlet: string; review: string | null; chain: string | null }[]> {
  const popup = await browser.openPopup(tabId);
  const claim = popup.locator('li.claim', { hasText: claimText });
  if (screenshot) await popup.screenshot({ path: screenshotPath(screenshot) });
  const found = await claim.count();
  const sources =
    found === 0
      ? []
      : await claim.locator('li.source').evaluateAll((items) =>
          items.map((item) => ({
            outlet: item.querySelector('.outlet')?.textContent ?? '',
            review: item.querySelector('.review')?.textContent ?? null,
            chain: [...item.querySelectorAll('.chain-step')].map((step) => step.textContent).join(' → ') || null,
          })),
        );
  await popup.close();
  return sources;
}

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchExtensionBrowser();
  options = await openOptions();
  ({ tabId } = await browser.openTab(`${server.baseUrl}viral-claims.html`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('bring your own datasets', () => {
  test('the options page lists the built-in dataset, on, and offers no way to delete it', async () => {
    const builtIn = options.locator('li[data-dataset-id="provenance-seeds"]');
    await expect(builtIn.locator('.dataset-counts').textContent()).resolves.toMatch(/^5 sources · \d+ claims$/);
    await expect(builtIn.locator('input[role="switch"]').isChecked()).resolves.toBe(true);
    await expect(builtIn.locator('button', { hasText: 'Delete' }).count()).resolves.toBe(0);
  });

  test('importing a ClaimReview file and a JSON Lines file lists both with their counts and says what was skipped', async () => {
    await options.setInputFiles('#import-file', [
      resolve(DATASETS, 'claimreview-single.json'),
      resolve(DATASETS, 'claims-sample.jsonl'),
    ]);
    await options.locator('.import-status .outcome').nth(1).waitFor({ timeout: 30_000 });
    const titles = await options.locator('.import-status .outcome-title').allTextContents();
    expect(titles).toEqual([
      '✓ Imported “claimreview-single”: 1 claim from 1 source (ClaimReview JSON-LD).',
      '✓ Imported “claims-sample”: 4 claims from 3 sources (JSON Lines of claims). 3 records were skipped.',
    ]);
    await expect(options.locator('.import-status').textContent()).resolves.toContain(
      'line 6: vclaim: expected a non-empty string',
    );
    const review = options.locator('li[data-dataset-id="claimreview-single"]');
    await expect(review.locator('.dataset-counts').textContent()).resolves.toBe(
      '1 source · 1 claim · 1 claim with a fact-checker’s verdict',
    );
    await expect(review.locator('.dataset-meta').textContent()).resolves.toMatch(
      /^Format version 1 · Imported from claimreview-single\.json \(ClaimReview JSON-LD\)/,
    );
    await expect(review.locator('.dataset-outlets').textContent()).resolves.toBe(
      'Sources: Example Fact Check (1 claim)',
    );
    await expect(options.locator('li[data-dataset-id="claims-sample"] .dataset-counts').textContent()).resolves.toBe(
      '3 sources · 4 claims · 4 claims with a fact-checker’s verdict',
    );
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.screenshot({ path: screenshotPath('options.png'), fullPage: true });
  });

  test('a dataset with fact-checkers’ verdicts exports as ClaimReview JSON-LD, which the page says, and the seeds offer no such export', async () => {
    const row = options.locator('li[data-dataset-id="claimreview-single"]');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      row.getByRole('button', { name: 'Export as ClaimReview claimreview-single' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('claimreview-single.claimreview.json');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const document = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(document['@context']).toBe('https://schema.org');
    expect(document['@graph']).toHaveLength(1);
    expect(document['@graph'][0]).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: expect.stringMatching(/lemon/i),
      reviewRating: { alternateName: 'False' },
    });
    await expect(options.locator('.import-status .outcome-title').first().textContent()).resolves.toContain(
      'Exported 1 reviewed claim of “claimreview-single” as ClaimReview JSON-LD.',
    );
    await expect(
      options
        .locator('li[data-dataset-id="provenance-seeds"]')
        .getByRole('button', { name: /Export as ClaimReview/ })
        .count(),
    ).resolves.toBe(0);
  });

  test('the popup shows the imported sources for the article’s sentences, each with the fact-checker’s verdict as theirs', async () => {
    expect(await popupSources(LEMON, 'popup-fact-check.png')).toEqual([
      {
        outlet: 'Example Fact Check',
        review: 'Example Fact Check rated this claim: False',
        chain: 'A viral Facebook post → Example Fact Check',
      },
    ]);
    expect(await popupSources(EIFFEL)).toEqual([
      {
        outlet: 'claims-sample',
        review: 'Rosa Lind fact-checked this claim (the dataset gives no rating)',
        chain: null,
      },
    ]);
  });

  test('switching a dataset off removes its source from the next analysis; the other stays', async () => {
    const toggle = options.locator('#enabled-claimreview-single');
    await toggle.uncheck();
    await options.locator('li[data-dataset-id="claimreview-single"] .tag-state', { hasText: 'Off' }).waitFor();
    expect(await popupSources(LEMON)).toEqual([]);
    expect((await popupSources(EIFFEL)).map((source) => source.outlet)).toEqual(['claims-sample']);
  });

  test('the change is followed, before any click, by the enabled datasets’ combination stored; a worker woken after answers from it', async () => {
    // What the background stored, as the options page's own IndexedDB connection sees it.
    const storedKeys = () =>
      options.evaluate(
        () =>
          new Promise<string[]>((done, fail) => {
            const opening = indexedDB.open('provenance-datasets');
            opening.onerror = () => fail(opening.error);
            opening.onsuccess = () => {
              const db = opening.result;
              const keys = db.transaction('combined').objectStore('combined').getAllKeys();
              keys.onsuccess = () => {
                db.close();
                done(keys.result.map(String));
              };
            };
          }),
      );
    const current = (keys: string[]) =>
      keys.length === 1 && keys[0]!.includes('"claims-sample"') && keys[0]!.includes('"claimreview-single"');
    // Switched on again, and no popup opened since: only the change can have the combination made.
    await options.locator('#enabled-claimreview-single').check();
    await expect.poll(storedKeys, { timeout: 30_000 }).toSatisfy(current);
    await stopWorker(
      await browser.context.newCDPSession(options),
      await browser.context.browser()!.newBrowserCDPSession(),
      browser.extensionId,
    );
    expect((await popupSources(LEMON)).map((source) => source.outlet)).toEqual(['Example Fact Check']);
    expect((await popupSources(EIFFEL)).map((source) => source.outlet)).toEqual(['claims-sample']);
    expect(current(await storedKeys())).toBe(true);
  });
});
