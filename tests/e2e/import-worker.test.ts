/**
 * Issue 17, point 4: imports run off the options page's main thread, under one size limit, and an import
 * cut off by closing the page says so the next time. In the real browser: the page's own long tasks are
 * watched (PerformanceObserver 'longtask') while a 60,000-claim JSON Lines file is read, checked, indexed
 * and stored.
 */
import { closeSync, mkdtempSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openOptionsPage } from './support/import-file';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { watchLongTasks } from './support/long-tasks';

let browser: ExtensionBrowser;
const dir = mkdtempSync(join(tmpdir(), 'provenance-import-'));

/** A JSON Lines file of `count` distinct claims, written once. */
function claimsFile(name: string, count: number): string {
  const towns = ['Harwich', 'Dover', 'Oban', 'Penzance', 'Kirkwall', 'Lerwick', 'Stornoway', 'Fishguard'];
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      vclaim: `The ${towns[i % towns.length]} ferry number ${i} will leave at ${(i % 12) + 1} o'clock from pier ${i % 97} from next month.`,
    }),
  );
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const openOptions = (query = '') => openOptionsPage(browser, query);

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('importing off the page’s main thread', () => {
  test('a 60,000-claim file is read, checked, indexed, stored and given its part by meaning without a long task on the options page', async () => {
    const path = claimsFile('ferries.jsonl', 60_000);
    const options = await openOptions();
    const longestTask = await watchLongTasks(options);
    await options.setInputFiles('#import-file', path);
    const outcome = options.locator('.import-status .outcome', { hasText: 'ferries' });
    await outcome.waitFor({ timeout: 120_000 });
    await expect(outcome.locator('.outcome-title').textContent()).resolves.toMatch(
      /^✓?\s*Imported “ferries”: 60,000 claims/,
    );
    await expect(options.locator('li[data-dataset-id="ferries"]').count()).resolves.toBe(1);
    // Above 10,000 claims the part by meaning follows the listing, in the same worker: watched too.
    await options
      .locator('li[data-dataset-id="ferries"] .dataset-meaning', { hasText: 'Search by meaning is ready' })
      .waitFor({ timeout: 120_000 });
    const longest = await longestTask();
    console.log(
      `60,000-claim import: the options page's longest task was ${Math.round(longest)} ms (0: none of 50 ms or more)`,
    );
    // Issue 15: no task over 100 ms while an import runs (on the page's main thread the parse alone was one
    // task of seconds; reading the word vectors as an ArrayBuffer was 50-300 ms, docs/scale.md).
    expect(longest).toBeLessThanOrEqual(100);
    await options.close();
  });

  test('a file over the limit is refused by its size, as by the CLI, without being read', async () => {
    const path = join(dir, 'huge.jsonl');
    // Sparse: 97 MB on paper, nothing on disk; read, it would be 97 MB of zero bytes.
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 97 * 1024 * 1024);
    closeSync(fd);
    const options = await openOptions();
    await options.setInputFiles('#import-file', path);
    const outcome = options.locator('.import-status .outcome', { hasText: 'huge.jsonl' });
    await outcome.waitFor({ timeout: 30_000 });
    await expect(outcome.textContent()).resolves.toContain('the file is too large (97 MB; the limit is 96 MB)');
    await options.close();
  });

  test('closing the page mid-import loses nothing silently: the next options page says the import did not finish', async () => {
    const path = claimsFile('cut-off.jsonl', 60_000);
    const options = await openOptions();
    await options.setInputFiles('#import-file', path);
    await options.locator('.import-status .busy', { hasText: 'cut-off.jsonl' }).waitFor();
    await options.close();
    const next = await openOptions();
    const outcome = next.locator('.import-status .outcome', { hasText: 'cut-off.jsonl' });
    await outcome.waitFor({ timeout: 10_000 });
    await expect(outcome.textContent()).resolves.toMatch(
      /The import of cut-off\.jsonl did not finish:.*the page was closed or reloaded while it ran/,
    );
    await next.reload();
    await next.locator('li[data-dataset-id="provenance-seeds"]').waitFor();
    await expect(next.locator('.import-status .outcome', { hasText: 'cut-off.jsonl' }).count()).resolves.toBe(0);
    await next.close();
  });
});
