/**
 * Background wiring: the `analyzeTab` handler with real browser calls and the engine, the highlight
 * handlers the side panel uses, the side panel's keyboard command, and clearing a tab's report and
 * badge when it leaves the page. Listeners are registered synchronously, as MV3 requires for a worker
 * woken by an event.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { defaultDataset } from '../src/claims/default-dataset';
import { createAnalyzer, type Analyzer } from '../src/engine/analyzer';
import { createAnalyzeTabHandler } from '../src/messaging/analyze-tab';
import { createHighlightHandlers } from '../src/messaging/highlight-tab';
import { listenForMessages } from '../src/messaging/transport';
import { clearBadge, showConflictBadge } from '../src/platform/badge';
import { extractFromTab } from '../src/platform/extract-from-tab';
import { injectHighlighter, sendToPage } from '../src/platform/highlighter';
import { createReportStore } from '../src/platform/report-store';
import { isRestrictedUrl } from '../src/platform/restricted-url';
import { onOpenPanelCommand } from '../src/platform/side-panel';
import { getTab, onTabLeftPage } from '../src/platform/tabs';
import { countReport } from '../src/ui/report-counts';

export default defineBackground(() => {
  const store = createReportStore(browser.storage.session);
  // Built on first use: indexing the dataset costs time the worker should not spend on every wake-up.
  let analyzer: Analyzer | null = null;

  const analyzeTab = createAnalyzeTabHandler({
    extensionOrigin: browser.runtime.getURL('/'),
    getTab,
    isRestrictedUrl,
    store,
    extract: extractFromTab,
    analyze: (article) => (analyzer ??= createAnalyzer([defaultDataset])).analyze(article),
    showBadge: (tabId, report) => showConflictBadge(tabId, countReport(report).conflicting),
  });
  const highlights = createHighlightHandlers({
    extensionOrigin: browser.runtime.getURL('/'),
    getTab,
    store,
    injectHighlighter,
    sendToPage,
  });
  listenForMessages(browser.runtime, { analyzeTab, ...highlights });
  onOpenPanelCommand();

  onTabLeftPage((tabId) => {
    // The tab may already be gone (onRemoved): a failed badge reset is expected then, not an error.
    void Promise.allSettled([store.clear(tabId), clearBadge(tabId)]);
  });
});
