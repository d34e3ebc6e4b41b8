/**
 * Hostile dataset files, imported the way a reader would: through the options page's file picker, into
 * IndexedDB, then through the background's analysis into the real popup. Broken JSON and a newer format
 * are refused with the line, column or field named; prototype keys are ignored and change no prototype in
 * the page or the worker; markup in every field is shown as the characters it is and never runs; a
 * `javascript:` link becomes no link; an outlet's name cannot break a line or hide characters, and a
 * link shows the host it opens and never leads to the reader's own machine. After each refusal the datasets imported before and the embedded
 * default are still listed and still match (seed 000 conflicts with the imported restated-seed-000
 * reports, whatever the judge finds between the seeds).
 */
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures, type FixtureServer } from '../../scripts/fixture-server';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { importDatasetFile, importText, RESTATED_SEED_000 } from './support/import-file';

const DATASETS = resolve(import.meta.dirname, '..', 'fixtures', 'datasets');
const LEMON = 'drinking hot lemon water kills the coronavirus';
const EIFFEL = 'the Eiffel Tower will be dismantled and rebuilt in Las Vegas';
const UNDERPASS =
  "The third is a photograph of a flooded underpass that was taken in another country several years ago and has nothing to do with last weekend's storm.";
/** What a dataset's author writes in an outlet's name to pass for Provenance's own verdict line. */
const FORGED = '✓ Corroborated by 12 independent outlets';
/** Line breaks, and characters that are invisible or change the direction of the text. */
const BREAKS_OR_INVISIBLE = /[\n\r\u0085\u2028\u2029\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
/** Each payload sets `window.__pwned` if it ever runs, in the page or the popup. */
const payload = (where: string): string => `<img src=x onerror="window.__pwned='${where}'">`;

let server: FixtureServer;
let browser: ExtensionBrowser;
let options: Page;
let viralTab: number;
let seedTab: number;

/** A Provenance dataset file, one field a line as people write them, with `extra` merged in. */
function datasetFile(id: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      format: 'provenance-dataset',
      version: 1,
      id,
      name: id,
      sources: [
        {
          id: `${id}-1`,
          outlet: 'Harbour Gazette',
          claims: [
            { id: `${id}-1#1`, text: 'Pharmacists say customers now ask for lemons and ginger at the counter.' },
          ],
        },
      ],
      ...extra,
    },
    null,
    2,
  );
}

/** The outlets the popup lists under the page claim containing `claimText`. */
async function popupOutlets(tabId: number, claimText: string): Promise<string[]> {
  const popup = await browser.openPopup(tabId);
  const outlets = await popup
    .locator('li.claim', { hasText: claimText })
    .locator('li.source .outlet')
    .allTextContents();
  await popup.close();
  return outlets;
}

/** What must survive every refused import: the datasets listed, and still matching in the popup. */
async function expectEarlierDatasetsIntact(): Promise<void> {
  const listed = await options
    .locator('li[data-dataset-id]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.datasetId));
  expect(listed).toEqual(expect.arrayContaining(['provenance-seeds', 'claimreview-single', 'restated-seed-000']));
  expect(await popupOutlets(viralTab, LEMON)).toContain('Example Fact Check');
  const popup = await browser.openPopup(seedTab);
  await expect(popup.locator('.counts').textContent()).resolves.toMatch(/[1-9]\d* conflicting$/);
  await popup.close();
}

const pwned = (page: Page) => page.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned);
const polluted = () => (({}) as Record<string, unknown>).polluted;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchExtensionBrowser();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('li[data-dataset-id="provenance-seeds"]').waitFor();
  await importDatasetFile(options, resolve(DATASETS, 'claimreview-single.json'));
  await importDatasetFile(options, RESTATED_SEED_000);
  ({ tabId: viralTab } = await browser.openTab(`${server.baseUrl}viral-claims.html`));
  ({ tabId: seedTab } = await browser.openTab(`${server.baseUrl}seed-000.html`));
  await expectEarlierDatasetsIntact();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile dataset files through the options page', () => {
  test('broken JSON is refused with its line and column, and the earlier datasets still work', async () => {
    const outcome = await importText(
      options,
      'broken.json',
      '{\n  "format": "provenance-dataset",\n  "version": one\n}',
    );
    expect(outcome.title).toBe('✕ broken.json could not be imported:');
    expect(outcome.details).toContain('the file is not valid JSON at line 3, column 14');
    await expectEarlierDatasetsIntact();
  });

  test('a newer format version is refused, saying so, and the earlier datasets still work', async () => {
    const outcome = await importText(options, 'from-the-future.json', datasetFile('from-the-future', { version: 99 }));
    expect(outcome.title).toBe('✕ from-the-future.json could not be imported:');
    expect(outcome.details).toContain(
      'version (line 3): this dataset was made by a newer Provenance (format version 99; this one reads up to version 1)',
    );
    await expect(options.locator('li[data-dataset-id="from-the-future"]').count()).resolves.toBe(0);
    await expectEarlierDatasetsIntact();
  });

  test('__proto__ and constructor keys are ignored with a warning each, and pollute neither the page nor the worker', async () => {
    // Written into the text: an object literal's __proto__ sets a prototype, and JSON.stringify would drop it.
    const file = datasetFile('prototype-keys')
      .replace(
        '"name": "prototype-keys",',
        '"name": "prototype-keys", "__proto__": {"polluted": "top"}, "constructor": {"prototype": {"polluted": "top"}},',
      )
      .replace(
        '"outlet": "Harbour Gazette",',
        '"outlet": "Harbour Gazette", "__proto__": {"polluted": "source"}, "constructor": {"prototype": {"polluted": "source"}},',
      );
    const outcome = await importText(options, 'prototype-keys.json', file, '“prototype-keys”');
    expect(outcome.title).toMatch(/^✓ Imported “prototype-keys”: 1 claim from 1 source/);
    expect(outcome.details).toContain('(top level): ignored unknown field "__proto__"');
    expect(outcome.details).toContain('(top level): ignored unknown field "constructor"');
    expect(outcome.details).toMatch(/sources\[0\] \(line \d+\): ignored unknown field "__proto__"/);
    await expect(options.evaluate(polluted)).resolves.toBeUndefined();
    // The worker reads the stored dataset when it builds the next analysis: make it, then look there.
    expect(await popupOutlets(viralTab, LEMON)).toContain('Example Fact Check');
    await expect((await browser.worker()).evaluate(polluted)).resolves.toBeUndefined();
    await expect(
      (await browser.worker()).evaluate(() => Object.getOwnPropertyNames(Object.prototype).includes('polluted')),
    ).resolves.toBe(false);
  });

  test('markup in every field is shown as text in the options list and the popup, and none of it runs; a javascript: link is no link', async () => {
    const file = JSON.stringify(
      {
        format: 'provenance-dataset',
        version: 1,
        id: 'hostile-markup',
        name: `Hostile ${payload('name')}`,
        description: `<script>window.__pwned='description'</script>`,
        sources: [
          {
            id: 'h1',
            outlet: `Evil Times ${payload('outlet')}`,
            author: `<svg onload="window.__pwned='author'">`,
            url: `javascript:window.__pwned='link'`,
            claims: [
              {
                id: 'h1#1',
                text: `The Eiffel Tower will be dismantled and rebuilt in Las Vegas in 2026. ${payload('claim')}`,
                attribution: `<a href="javascript:window.__pwned='attribution'">a travel blog</a>`,
              },
            ],
          },
        ],
      },
      null,
      2,
    );
    const outcome = await importText(options, 'hostile-markup.json', file, '“Hostile <img');
    expect(outcome.title).toBe(`✓ Imported “Hostile ${payload('name')}”: 1 claim from 1 source (Provenance dataset).`);
    expect(outcome.details).toMatch(
      /sources\[0\]\.url \(line \d+\): only http and https links are allowed; .*javascript:window\.__pwned='link'.* was left out/,
    );

    const row = options.locator('li[data-dataset-id="hostile-markup"]');
    await expect(row.locator('h3').textContent()).resolves.toBe(`Hostile ${payload('name')}`);
    await expect(row.locator('.dataset-description').textContent()).resolves.toBe(
      `<script>window.__pwned='description'</script>`,
    );
    await expect(row.locator('.dataset-outlets').textContent()).resolves.toBe(
      `Sources: Evil Times ${payload('outlet')} (1 claim)`,
    );
    await expect(options.locator('main img, main svg, main iframe, main object, main embed').count()).resolves.toBe(0);
    await expect(options.locator('script').count()).resolves.toBe(1);

    const popup = await browser.openPopup(viralTab);
    const claim = popup.locator('li.claim', { hasText: EIFFEL });
    await claim.locator('summary').click();
    const source = claim.locator('li.source', { hasText: 'Evil Times' });
    await expect(source.count(), 'the hostile source must match, or this test checks nothing').resolves.toBe(1);
    await expect(source.locator('.outlet').textContent()).resolves.toBe(`Evil Times ${payload('outlet')}`);
    await expect(source.textContent()).resolves.toContain(payload('claim'));
    await expect(source.textContent()).resolves.toContain(
      `<a href="javascript:window.__pwned='attribution'">a travel blog</a>`,
    );
    await expect(source.locator('a').count(), 'no link from the javascript: URL, nor from the markup').resolves.toBe(0);
    await expect(popup.locator('a[href^="javascript:" i]').count()).resolves.toBe(0);
    await expect(
      popup.locator('main img, main svg:not([aria-hidden="true"]), iframe, object, embed').count(),
    ).resolves.toBe(0);
    await popup.waitForTimeout(200);
    await expect(pwned(popup)).resolves.toBeUndefined();
    await expect(pwned(options)).resolves.toBeUndefined();
    await popup.close();
  });

  test('an outlet’s name cannot break a line or hide characters, and a link shows its host and never leads to this computer, in the popup and the side panel', async () => {
    const source = (id: string, outlet: string, url: string, author: string | null = null) => ({
      id,
      outlet,
      author,
      publishedTime: '2025-07-09',
      url,
      claims: [{ id: `${id}#1`, text: UNDERPASS }],
    });
    const file = JSON.stringify(
      {
        format: 'provenance-dataset',
        version: 1,
        id: 'hostile-names',
        name: `Trusted wire\n${FORGED}`,
        sources: [
          source('nyt', 'The New York Times', 'https://reuters.com@evil.example/x', 'Ann\u200B \u202EAuthor\u202C'),
          source('loop', `Reuters\n${FORGED}`, 'http://127.0.0.1:9/admin?delete=all'),
          source('ap', 'AP\u2028News\u200B', 'https://www.apnews.com/article/x'),
        ],
      },
      null,
      2,
    );
    const outcome = await importText(options, 'hostile-names.json', file, '“Trusted wire');
    expect(outcome.title).toBe(`✓ Imported “Trusted wire ${FORGED}”: 3 claims from 3 sources (Provenance dataset).`);
    expect(outcome.details).toMatch(
      /sources\[0\]\.url \(line \d+\): "https:\/\/reuters\.com@evil\.example\/x" will be shown without a link: it puts a user name before its real host \(evil\.example\)/,
    );
    expect(outcome.details).toMatch(
      /sources\[1\]\.url \(line \d+\): .* will be shown without a link: it points to this computer \(127\.0\.0\.1:9\)/,
    );
    const row = options.locator('li[data-dataset-id="hostile-names"]');
    await expect(row.locator('h3').textContent()).resolves.toBe(`Trusted wire ${FORGED}`);
    await expect(row.locator('.dataset-outlets').textContent()).resolves.toBe(
      `Sources: AP News (1 claim), Reuters ${FORGED} (1 claim), The New York Times (1 claim)`,
    );

    /** What the reader sees of the three sources in `sources`, wherever they are listed. */
    const expectShownSafely = async (sources: Locator) => {
      await expect(sources.count(), 'the hostile sources must match, or this test checks nothing').resolves.toBe(3);
      expect((await sources.locator('.source-head .outlet').allTextContents()).sort()).toEqual([
        'AP News',
        `Reuters ${FORGED}`,
        'The New York Times',
      ]);
      for (const text of await sources.allTextContents()) expect(text).not.toMatch(BREAKS_OR_INVISIBLE);
      const links = await sources
        .locator('a')
        .evaluateAll((anchors) => anchors.map((a) => [a.getAttribute('href'), a.textContent]));
      expect(links).toEqual([
        ['https://www.apnews.com/article/x', 'Read at AP News · apnews.com (opens in a new tab)'],
      ]);
      expect((await sources.locator('.link-refused').allTextContents()).sort()).toEqual([
        'Link not shown: it points to this computer (127.0.0.1:9).',
        'Link not shown: it puts a user name before its real host (evil.example), which can disguise where it leads.',
      ]);
    };

    const popup = await browser.openPopup(viralTab);
    const claim = popup.locator('li.claim', { hasText: 'flooded underpass' });
    // Opened as a reader would, unless it is the claim the popup opens itself.
    if (!(await claim.locator('details').evaluate((details) => (details as HTMLDetailsElement).open)))
      await claim.locator('summary').click();
    await expectShownSafely(claim.locator('li.source'));
    await expect(claim.locator('li.source .author').allTextContents()).resolves.toContain('Ann Author');
    // What the reader sees laid out: the forged words stay on the outlet's own line, after its name.
    await expect(claim.locator('li.source .outlet', { hasText: 'Reuters' }).innerText()).resolves.toBe(
      `Reuters ${FORGED}`,
    );
    await expect(popup.locator('a[href*="127.0.0.1"], a[href*="@"]').count()).resolves.toBe(0);
    await popup.close();

    const panel = await browser.openSidePanel(viralTab);
    const card = panel.locator('li.card', { hasText: 'flooded underpass' });
    await expectShownSafely(card.locator('li.comparison'));
    await expect(panel.locator('a[href*="127.0.0.1"], a[href*="@"]').count()).resolves.toBe(0);
    await panel.close();
  });
});
