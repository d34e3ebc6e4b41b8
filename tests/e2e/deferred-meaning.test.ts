/**
 * A large dataset is listed before its part by meaning is packed, then the part is stored (the e2e build
 * lowers the threshold through the options page's address, so a four-claim file counts as large); and a
 * dataset left pending (its page closed first) gets its part when an options page opens again.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { importDatasetFile, openOptionsPage } from './support/import-file';

const FILE = resolve(import.meta.dirname, '..', 'fixtures', 'datasets', 'claims-sample.jsonl');
const ID = 'claims-sample';

let browser: ExtensionBrowser;

const openOptions = (query = '') => openOptionsPage(browser, query);

/** What IndexedDB holds for the dataset: its part by meaning's claim count, and its summary's mark. */
function stored(page: Page): Promise<{ meaningClaims: number | null; pending: boolean | null }> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('provenance-datasets');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const read = <T>(store: string) =>
      new Promise<T | undefined>((done) => {
        const request = db.transaction(store).objectStore(store).get(id);
        request.onsuccess = () => done(request.result as T | undefined);
      });
    const index = await read<{ meaning?: { parts: Array<{ claimCount: number }> } }>('indexes');
    const summary = await read<{ meaningPending?: boolean }>('summaries');
    db.close();
    return { meaningClaims: index?.meaning?.parts[0]?.claimCount ?? null, pending: summary?.meaningPending ?? null };
  }, ID);
}

/** As a page closed before the part was stored leaves it: the part gone, the summary marked. */
function leavePending(page: Page): Promise<void> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((done) => {
      const request = indexedDB.open('provenance-datasets');
      request.onsuccess = () => done(request.result);
    });
    const transaction = db.transaction(['indexes', 'summaries'], 'readwrite');
    const indexes = transaction.objectStore('indexes');
    const summaries = transaction.objectStore('summaries');
    const index = indexes.get(id);
    index.onsuccess = () => indexes.put({ ...index.result, meaning: undefined }, id);
    const summary = summaries.get(id);
    summary.onsuccess = () => summaries.put({ ...summary.result, meaningPending: true });
    await new Promise((done) => (transaction.oncomplete = done));
    db.close();
  }, ID);
}

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a dataset above the threshold', () => {
  test('is listed, then its row says search by meaning is ready, and the part is stored', async () => {
    const options = await openOptions('?deferMeaningAbove=2');
    await importDatasetFile(options, FILE, { acceptWarnings: true });
    const note = options.locator(`li[data-dataset-id="${ID}"] .dataset-meaning`);
    await expect.poll(() => note.textContent(), { timeout: 30_000 }).toMatch(/^Search by meaning is ready/);
    expect(await stored(options)).toEqual({ meaningClaims: 4, pending: null });
    await options.close();
  });

  test('left pending by a closed page, it gets its part when an options page opens', async () => {
    const before = await openOptions();
    await leavePending(before);
    expect(await stored(before)).toEqual({ meaningClaims: null, pending: true });
    await before.close();
    const options = await openOptions();
    const note = options.locator(`li[data-dataset-id="${ID}"] .dataset-meaning`);
    await expect.poll(() => note.textContent(), { timeout: 30_000 }).toMatch(/^Search by meaning is ready/);
    expect(await stored(options)).toEqual({ meaningClaims: 4, pending: null });
  });
});
