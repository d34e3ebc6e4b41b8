/**
 * Most toolbar clicks reach a worker that has just woken (MV3 stops it after 30 s idle) and must build
 * its analyzer first: the datasets and their index from IndexedDB, the engine's files from the package.
 * The worker already wakes whenever a tab finishes loading (it listens to `tabs.onUpdated` to clear a
 * tab's report), so it builds the analyzer then, and the click that follows finds it ready.
 *
 * Honest by construction: it reads nothing of the page (no text, not even its URL: `status` is all it
 * looks at) and uses only what the extension stores; no page is analyzed until the reader asks.
 */
import { browser } from 'wxt/browser';

export function prepareOnPageLoad(prepare: () => Promise<void>): void {
  browser.tabs.onUpdated.addListener((_tabId, change) => {
    if (change.status !== 'complete') return undefined;
    // Returned (browsers ignore it) so that a test can wait for it. A failure is the next click's to report.
    return prepare().catch(() => undefined);
  });
}
