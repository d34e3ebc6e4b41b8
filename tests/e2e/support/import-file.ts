/** Importing a file through the options page's file picker, as a reader would, and reading how it went. */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';

/**
 * The UI tests' dataset (tests/fixtures/datasets/README.md): invented reports restating seed 000, four
 * naming the Trump administration where seed 000 names the Biden administration, and four repeating
 * another of its sentences, two of those relaying one AFP report. Imported in addition to the built-in
 * seeds, it gives the popup and side panel links that do not rest on what the judge finds between the
 * seeds themselves.
 */
export const RESTATED_SEED_000 = resolve(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'datasets',
  'restated-seed-000.json',
);

/** How one import ended, as the page shows it. */
export interface ShownOutcome {
  /** "✕ broken.json could not be imported:" or "✓ Imported “name”: …". */
  title: string;
  /** The listed errors or warnings, run together as text ('' when none). */
  details: string;
}

/**
 * Imports `text` as file `name` on `options` and waits for its outcome. `titled` is what the outcome's
 * title names: the file when refused (the default), the dataset's name when imported.
 */
export async function importText(options: Page, name: string, text: string, titled = name): Promise<ShownOutcome> {
  await options.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const outcome = options.locator('.import-status .outcome', { hasText: titled });
  await outcome.waitFor({ timeout: 30_000 });
  return {
    title: (await outcome.locator('.outcome-title').textContent()) ?? '',
    details:
      (await outcome.locator('.outcome-details').count()) > 0
        ? ((await outcome.locator('.outcome-details').textContent()) ?? '')
        : '',
  };
}

/**
 * The id and name a dataset imported from `path` is listed under: a Provenance dataset's own, otherwise
 * (ClaimReview, JSON Lines) the file's name without its extension, as the importer names them.
 */
function listedAs(path: string): { id: string; name: string } {
  const text = readFileSync(path, 'utf8');
  const parsed: unknown = path.endsWith('.json') ? JSON.parse(text) : null;
  if (parsed && typeof parsed === 'object' && (parsed as { format?: unknown }).format === 'provenance-dataset') {
    const { id, name } = parsed as { id: string; name: string };
    return { id, name };
  }
  const stem = basename(path).replace(/\.[^.]+$/, '');
  return { id: stem, name: stem };
}

/**
 * Imports the dataset file at `path` on `options` (an open options page) and waits until it is listed,
 * up to `timeout` ms. Throws unless the page says it was imported with no warning (or, with
 * `acceptWarnings`, imported at all: real corpora such as CheckThat! have records the importer skips),
 * so a test set up on it cannot pass without it.
 */
export async function importDatasetFile(
  options: Page,
  path: string,
  { timeout = 30_000, acceptWarnings = false } = {},
): Promise<void> {
  const { id, name } = listedAs(path);
  await options.setInputFiles('#import-file', path);
  const outcomes = options.locator('.import-status .outcome');
  const outcome = outcomes
    .filter({ hasText: `“${name}”` })
    .or(outcomes.filter({ hasText: `${basename(path)} could not be imported` }));
  await outcome.waitFor({ timeout });
  const title = (await outcome.locator('.outcome-title').textContent()) ?? '';
  const details =
    (await outcome.locator('.outcome-details').count()) > 0
      ? await outcome.locator('.outcome-details').textContent()
      : '';
  if (!title.startsWith('✓ Imported') || (details !== '' && !acceptWarnings))
    throw new Error(`${path} was not imported cleanly: ${title} ${details}`);
  await options.locator(`li[data-dataset-id="${id}"]`).waitFor();
}

/** Opens the options page and waits until it lists the built-in dataset. */
export async function openOptionsPage(browser: ExtensionBrowser, query = ''): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html${query}`);
  await options.locator('li[data-dataset-id="provenance-seeds"]').waitFor();
  return options;
}

/** Opens the options page, imports the dataset files at `paths` one by one as a reader would, and closes it. */
export async function importDatasetsThroughOptions(browser: ExtensionBrowser, ...paths: string[]): Promise<void> {
  const options = await openOptionsPage(browser);
  for (const path of paths) await importDatasetFile(options, path);
  await options.close();
}
