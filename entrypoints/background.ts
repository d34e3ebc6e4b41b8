/**
 * Background wiring: the `analyzeTab` handler with real browser calls and the engine, the same analysis
 * started unasked on the reader's listed and granted sites, the highlight handlers the side panel uses,
 * the side panel's keyboard command, the analyzer built when a page finishes loading (before the click),
 * and clearing a tab's report and badge when it leaves the page. Listeners are registered synchronously, as MV3 requires for a worker
 * woken by an event.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { defaultDataset } from '../src/claims/default-dataset';
import { openStoredAnalyzer } from '../src/engine/analyzer';
import { createAnalyzeTabHandler, createTabAnalysis, type AnalyzeTabDeps } from '../src/messaging/analyze-tab';
import { createHighlightHandlers } from '../src/messaging/highlight-tab';
import { listenForMessages } from '../src/messaging/transport';
import { createBrowserDatasetAnalysis } from '../src/platform/background-datasets';
import { clearBadge, showReportBadge } from '../src/platform/badge';
import { checkListedSitesOnLoad } from '../src/platform/auto-check';
import { onDatasetSettingsChanged } from '../src/platform/dataset-settings';
import {
  exposePhaseRecords,
  exposeWebAssemblyCheck,
  recordPhases,
  timeAnalysisPhases,
  timeBuildPhases,
  timeHandler,
} from '../src/platform/phase-timings';
import { extractFromTab } from '../src/platform/extract-from-tab';
import { injectHighlighter, sendToPage } from '../src/platform/highlighter';
import { createReportStore } from '../src/platform/report-store';
import { isRestrictedUrl } from '../src/platform/restricted-url';
import { useBrowserMessages } from '../src/platform/browser-messages';
import { prepareOnPageLoad } from '../src/platform/prepare-on-load';
import { onOpenPanelCommand } from '../src/platform/side-panel';
import { getTab, onTabLeftPage } from '../src/platform/tabs';

export default defineBackground(() => {
  useBrowserMessages();
  const store = createReportStore(browser.storage.session);
  // The analyzer over the enabled datasets is built on first use: indexing costs time the worker should
  // not spend on every wake-up. A change of datasets (an import, a deletion, a switch) drops it and the
  // tabs' reports made with it, and the new combination is made and stored at once, from stored data
  // only, so that the next click (after any number of wakes) reads one stored record and merges nothing.
  // The e2e build times each step for `npm run bench:browser`; Vite drops this branch from production.
  const phases = (import.meta.env as { MODE?: string }).MODE === 'e2e' ? exposePhaseRecords() : null;
  if (phases) exposeWebAssemblyCheck();
  const datasets = createBrowserDatasetAnalysis(
    defaultDataset,
    openStoredAnalyzer,
    phases ? (deps) => timeBuildPhases(deps, phases) : undefined,
  );
  onDatasetSettingsChanged(() => void datasets.prepare().catch(() => undefined));

  const untimedDeps: AnalyzeTabDeps = {
    extensionOrigin: browser.runtime.getURL('/'),
    getTab,
    isRestrictedUrl,
    store: datasets.guard(store),
    extract: phases ? (tabId) => extractFromTab(tabId, recordPhases(phases)) : extractFromTab,
    prepare: () => datasets.startBuild(),
    analyze: (article) => datasets.analyze(article),
    showBadge: showReportBadge,
  };
  const analysisDeps = phases ? timeAnalysisPhases(untimedDeps, phases) : untimedDeps;
  // One analysis for the popup's request and the automatic check, so the two share a run for a tab.
  const tabAnalysis = createTabAnalysis(analysisDeps);
  const analyzeTabHandler = createAnalyzeTabHandler(analysisDeps, tabAnalysis);
  const analyzeTab = phases ? timeHandler(analyzeTabHandler, phases) : analyzeTabHandler;
  const highlights = createHighlightHandlers({
    extensionOrigin: browser.runtime.getURL('/'),
    getTab,
    store,
    injectHighlighter,
    sendToPage,
  });
  listenForMessages(browser.runtime, { analyzeTab, ...highlights });
  onOpenPanelCommand();
  // The reader's listed and granted sites are checked once a page has loaded ('loading' cleared the old report).
  checkListedSitesOnLoad((tabId) => tabAnalysis(tabId));
  // A page that finished loading may be clicked next: the analyzer is built now, from stored data only.
  prepareOnPageLoad(() => datasets.prepare());

  onTabLeftPage((tabId) => {
    // The tab may already be gone (onRemoved): a failed badge reset is expected then, not an error.
    void Promise.allSettled([store.clear(tabId), clearBadge(tabId)]);
  });
});
