/** Importing a file through the options page's file picker, as a reader would, and reading how it went. */
import type { Page } from 'playwright-core';

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
    details: (await outcome.locator('.outcome-details').count()) > 0 ? ((await outcome.locator('.outcome-details').textContent()) ?? '') : '',
  };
}
