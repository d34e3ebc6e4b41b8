/** Popup wiring: find the tab, ask the background, render the answer. Holds no state of its own. */
import { browser } from 'wxt/browser';
import { askWithRetry, explainMessagingError } from '../../src/messaging/ask-background';
import { sendMessage } from '../../src/messaging/transport';
import { failureMessage, type AnalyzeTabResult } from '../../src/messaging/protocol';
import { canOpenSidePanel, openSidePanel } from '../../src/platform/side-panel';
import { getActiveTab, type TabInfo } from '../../src/platform/tabs';
import { readCurrentReport } from '../../src/platform/current-report';
import { createDatasetSettings } from '../../src/platform/dataset-settings';
import type { Report } from '../../src/engine/report';
import { markWhenPainted, POPUP_MARKS } from '../../src/ui/popup-marks';
import { stateFromResult, tabIdFromSearch } from '../../src/ui/popup-state';
import { renderPopup } from '../../src/ui/render-popup';
import '../../src/ui/popup.css';
import { applyDocumentLanguage, useBrowserMessages } from '../../src/platform/browser-messages';

performance.mark(POPUP_MARKS.script);
// First: every string the page shows comes from the reader's language catalog.
useBrowserMessages();
applyDocumentLanguage();

const root = document.getElementById('app');
if (!root) throw new Error('popup.html has no #app element');
const app = root;
const settings = createDatasetSettings(browser.storage.local);

async function ask(tabId: number, refresh: boolean): Promise<AnalyzeTabResult> {
  try {
    // The worker may be stopped mid-analysis; asking again wakes a new one (see ask-background.ts).
    return await askWithRetry(() => sendMessage(browser.runtime, 'analyzeTab', { tabId, refresh }));
  } catch (error) {
    return { ok: false, reason: 'error', message: explainMessagingError(error) };
  }
}

/**
 * The tab's report when it is stored and current (current-report.ts): a re-open shows it without a
 * message to the worker, which may be asleep. Null sends the popup to the worker, as a first click does.
 */
async function storedReport(tab: TabInfo): Promise<Report | null> {
  if (tab.url === undefined) return null;
  return readCurrentReport(tab.id, tab.url, { session: browser.storage.session, settings }).catch(() => null);
}

async function show(refresh: boolean): Promise<void> {
  renderPopup(app, { kind: 'analyzing' }, { onRetry: () => void show(true) });
  const fromSearch = tabIdFromSearch(location.search);
  const tab: TabInfo | null = fromSearch === null ? await getActiveTab() : { id: fromSearch };
  const tabId = tab?.id ?? null;
  performance.mark(POPUP_MARKS.asking);
  const stored = tab && !refresh ? await storedReport(tab) : null;
  const result: AnalyzeTabResult =
    tab === null
      ? { ok: false, reason: 'no-tab', message: failureMessage('noActiveTab') }
      : stored
        ? { ok: true, report: stored }
        : await ask(tab.id, refresh);
  performance.mark(POPUP_MARKS.answered);
  renderPopup(app, stateFromResult(result), {
    onRetry: () => void show(true),
    ...(tabId !== null && canOpenSidePanel()
      ? {
          // Straight from the click: the panel opens only inside the reader's gesture. Once it is open
          // the popup has nothing more to say, so it gets out of the way.
          onCompare: () => void openSidePanel({ tabId }).then((opened) => opened && window.close()),
        }
      : {}),
  });
  markWhenPainted(POPUP_MARKS.painted);
}

void show(false);
