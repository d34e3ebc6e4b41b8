/**
 * Side panel wiring: which tab to show (`?tabId=N`, else the active tab of this window, followed as
 * the reader switches tabs or navigates), what to ask the background, and what to render. Everything
 * shown is re-derived from the background's answer and the stored settings; the panel keeps no state.
 */
import { browser } from 'wxt/browser';
import {
  failureMessage,
  type AnalyzeTabResult,
  type HighlightTabResult,
  type PanelEventMap,
} from '../../src/messaging/protocol';
import { listenForMessages, sendMessage } from '../../src/messaging/transport';
import { getPanelSettings, updatePanelSettings } from '../../src/platform/panel-settings';
import { onReportChanged } from '../../src/platform/report-events';
import { getActiveTabId, getCurrentWindowId, onTabShown } from '../../src/platform/tabs';
import { disturbedNote, highlightNote } from '../../src/ui/highlight-note';
import { stateFromResult, tabIdFromSearch } from '../../src/ui/popup-state';
import { renderPanel, type PanelActions, type PanelState } from '../../src/ui/render-panel';
import '../../src/ui/panel.css';
import { applyDocumentLanguage, useBrowserMessages } from '../../src/platform/browser-messages';
import { t } from '../../src/i18n/messages';

// First: every string the page shows comes from the reader's language catalog.
useBrowserMessages();
applyDocumentLanguage();

const root = document.getElementById('app');
if (!root) throw new Error('sidepanel.html has no #app element');
const app = root;
const pinnedTab = tabIdFromSearch(location.search);

/** The tab on screen; `show` sets it, everything else only reads it to address the background. */
let shownTab: number | null = null;
/** Bumped by every `show`, so an answer for a tab the reader has already left is dropped. */
let generation = 0;

async function ask<T>(request: () => Promise<T>, fallback: (detail: string) => T): Promise<T> {
  try {
    return await request();
  } catch (error) {
    return fallback(error instanceof Error ? error.message : String(error));
  }
}

const noBackground = (detail: string) => ({
  ok: false as const,
  reason: 'error' as const,
  message: t('panelNoBackground', detail),
});

async function applyHighlights(tabId: number, enabled: boolean): Promise<HighlightTabResult> {
  return ask(() => sendMessage(browser.runtime, 'highlightTab', { tabId, enabled }), noBackground);
}

const actions: PanelActions = {
  onRetry: () => void show(true),
  onFilter: (filter) => void updatePanelSettings({ filter }).then(() => show(false)),
  onToggleHighlights: (enabled) => void updatePanelSettings({ highlights: enabled }).then(() => show(false)),
  onReveal: (index) => {
    if (shownTab !== null)
      void ask(() => sendMessage(browser.runtime, 'revealClaim', { tabId: shownTab!, index }), noBackground);
  },
  onEmphasise: (index) => {
    if (shownTab !== null)
      void ask(() => sendMessage(browser.runtime, 'emphasiseClaim', { tabId: shownTab!, index }), noBackground);
  },
};

async function show(refresh: boolean): Promise<void> {
  const mine = ++generation;
  shown = null;
  const settings = await getPanelSettings();
  const tabId = pinnedTab ?? (await getActiveTabId());
  if (tabId !== shownTab)
    renderPanel(app, { report: { kind: 'analyzing' }, ...settings, highlightNote: null }, actions);
  shownTab = tabId;
  const result: AnalyzeTabResult =
    tabId === null
      ? { ok: false, reason: 'no-tab', message: failureMessage('noActiveTab') }
      : await ask(() => sendMessage(browser.runtime, 'analyzeTab', { tabId, refresh }), noBackground);
  if (mine !== generation) return;
  const report = stateFromResult(result);
  renderPanel(app, { report, ...settings, highlightNote: null }, actions);
  if (tabId === null || report.kind !== 'report') return;
  const highlighted = await applyHighlights(tabId, settings.highlights);
  if (mine !== generation) return;
  shown = { report, ...settings, highlightNote: highlightNote(settings.highlights, highlighted) };
  renderPanel(app, shown, actions);
}

/** The report on screen with its highlight note, so what the page does to the marks can be added to it. */
let shown: PanelState | null = null;

// The highlighter in the tab on screen says when the page deleted or replaced the marks, or changed a
// checked sentence; only content scripts of this extension reach here, and only that tab's counts.
listenForMessages<PanelEventMap>(browser.runtime, {
  highlightsDisturbed: async ({ restored, changed }, sender) => {
    if (sender.tab?.id === undefined || sender.tab.id !== shownTab || !shown || app.dataset.state !== 'report') return;
    const note = [shown.highlightNote, disturbedNote(restored, changed.length)].filter(Boolean).join(' ');
    renderPanel(app, { ...shown, highlightNote: note || null }, actions);
  },
});

void show(false);

if (pinnedTab === null) {
  void getCurrentWindowId().then((windowId) =>
    onTabShown(windowId, (tabId, why) => {
      if (why === 'activated' || tabId === shownTab) void show(false);
    }),
  );
} else {
  onTabShown(null, (tabId, why) => {
    if (tabId === pinnedTab && why !== 'activated') void show(false);
  });
}
// A report saved by the popup (or cleared by a navigation) for the tab on screen.
onReportChanged((tabId, stored) => {
  if (tabId === shownTab && stored && app.dataset.state !== 'report') void show(false);
});
