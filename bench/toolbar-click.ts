/**
 * One reader's click on Provenance's toolbar button, as `npm run bench:browser` makes it: CDP's
 * `Extensions.triggerAction` on the page's tab (the real action: it opens the action popup and grants
 * activeTab), then the popup's own marks (src/ui/popup-marks.ts) and the worker's timed steps
 * (src/platform/phase-timings.ts, e2e build only) read back.
 */
import type { CDPSession } from 'playwright-core';
import type { PhaseRecord } from '../src/platform/phase-timings';
import { PHASES_GLOBAL } from '../src/platform/phase-timings';
import { POPUP_MARKS } from '../src/ui/popup-marks';
import { attachToTarget, listTargets, waitForTarget, type TargetInfo } from './cdp-targets';

/** What one click cost, in milliseconds. */
export interface ClickFigures {
  /** From the popup's navigation start to its answer painted (the claims list, or the sentence saying none matched). */
  ms: number;
  /** What the popup showed: `report`, `no-matches`, … (its `data-state`). */
  state: string;
  /** Claim rows in the painted list. */
  rows: number;
  /**
   * The popup's own parts: up to asking the worker (of which `document`, the page's navigation up to its
   * HTML's end, including a new process after a wake, and `scripts`, up to its script's start), the
   * worker's answer, and rendering and painting it.
   */
  popup: { startup: number; document: number; scripts: number; roundTrip: number; paint: number };
  /** The worker's steps for this click (summed by phase). */
  phases: Partial<Record<PhaseRecord['phase'], number>>;
}

const isWorker = (extensionId: string) => (target: TargetInfo) =>
  target.type === 'service_worker' && target.url === `chrome-extension://${extensionId}/background.js`;

/** What the popup page reports of itself while it works. */
interface PopupProgress {
  marks: Record<string, number>;
  /** The navigation's `responseEnd`: the popup's HTML received. */
  documentEnd: number;
  state: string | null;
  rows: number;
}

const READ_POPUP = `(() => ({
  marks: Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime])),
  documentEnd: performance.getEntriesByType('navigation')[0]?.responseEnd ?? 0,
  state: document.getElementById('app')?.dataset.state ?? null,
  rows: document.querySelectorAll('li.claim').length,
}))()`;

/** The worker's records since they were last read, emptied as they are read. */
async function takeWorkerPhases(browserCdp: CDPSession, extensionId: string): Promise<ClickFigures['phases']> {
  const worker = (await listTargets(browserCdp)).find(isWorker(extensionId));
  if (!worker) return {};
  const attached = await attachToTarget(browserCdp, worker.targetId);
  const records = await attached.evaluate<PhaseRecord[]>(`(globalThis.${PHASES_GLOBAL} ?? []).splice(0)`);
  await attached.detach();
  const phases: ClickFigures['phases'] = {};
  for (const { phase, ms } of records ?? []) phases[phase] = (phases[phase] ?? 0) + ms;
  return phases;
}

/**
 * Clicks the toolbar button for the tab showing `pageUrl` (it must be the active tab: the popup asks
 * for the active tab, as it does for a reader), waits for the popup's answer to be painted, closes the
 * popup and returns the figures.
 */
export async function clickToolbar(
  browserCdp: CDPSession,
  extensionId: string,
  pageUrl: string,
  timeoutMs = 180_000,
): Promise<ClickFigures> {
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const targets = await listTargets(browserCdp);
  const before = new Set(targets.map((target) => target.targetId));
  const tab = targets.find((target) => target.type === 'tab' && target.url === pageUrl);
  if (!tab) throw new Error(`no tab target shows ${pageUrl}`);
  await browserCdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  const popupTarget = await waitForTarget(
    browserCdp,
    (all) => all.find((target) => target.type === 'page' && target.url === popupUrl && !before.has(target.targetId)),
    'toolbar popup',
  );
  const popup = await attachToTarget(browserCdp, popupTarget.targetId);
  const deadline = Date.now() + timeoutMs;
  let progress: PopupProgress | null = null;
  while (!progress?.marks[POPUP_MARKS.painted]) {
    if (Date.now() > deadline)
      throw new Error(`the popup painted no answer within ${timeoutMs} ms (state ${progress?.state ?? 'unknown'})`);
    await new Promise((wake) => setTimeout(wake, 10));
    // The first evaluations may land in the document the popup is replacing: those are asked again.
    progress = await popup.evaluate<PopupProgress>(READ_POPUP).catch(() => null);
  }
  await popup.detach();
  await browserCdp.send('Target.closeTarget', { targetId: popupTarget.targetId });
  if (progress.state !== 'report' && progress.state !== 'no-matches')
    throw new Error(`the popup answered "${progress.state}", not a report`);
  const mark = (name: string) => progress.marks[name] ?? 0;
  return {
    ms: mark(POPUP_MARKS.painted),
    state: progress.state,
    rows: progress.rows,
    popup: {
      startup: mark(POPUP_MARKS.asking),
      document: progress.documentEnd,
      scripts: mark(POPUP_MARKS.script) - progress.documentEnd,
      roundTrip: mark(POPUP_MARKS.answered) - mark(POPUP_MARKS.asking),
      paint: mark(POPUP_MARKS.painted) - mark(POPUP_MARKS.answered),
    },
    phases: await takeWorkerPhases(browserCdp, extensionId),
  };
}

/**
 * Stops the extension's worker as Chrome does after 30 s idle: CDP's `ServiceWorker.stopAllWorkers`,
 * sent on a page target's session (the ServiceWorker domain lives on pages), which stops every worker
 * of the profile's storage partition, the extension's included. Returns once its target is gone.
 */
export async function stopWorker(pageCdp: CDPSession, browserCdp: CDPSession, extensionId: string): Promise<void> {
  await pageCdp.send('ServiceWorker.enable');
  await pageCdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 10_000;
  while ((await listTargets(browserCdp)).some(isWorker(extensionId))) {
    if (Date.now() > deadline) throw new Error('the extension’s worker did not stop within 10 s');
    await new Promise((wake) => setTimeout(wake, 20));
  }
}

/** The extension's worker's memory, in MB, after a full garbage collection: its JS heap and its array buffers. */
export interface WorkerMemory {
  heapMB: number;
  /** ArrayBuffer backing stores (the packed index, the vectors…), outside the JS heap; 0 if Chromium does not say. */
  arrayBuffersMB: number;
}

/**
 * Measures the running worker's memory as Chromium's DevTools does: `HeapProfiler.collectGarbage`, then
 * `Runtime.getHeapUsage` (`usedSize`, and `backingStorageSize` for array buffers). Null when no worker runs.
 */
export async function workerMemory(browserCdp: CDPSession, extensionId: string): Promise<WorkerMemory | null> {
  const worker = (await listTargets(browserCdp)).find(isWorker(extensionId));
  if (!worker) return null;
  const attached = await attachToTarget(browserCdp, worker.targetId);
  try {
    await attached.send('HeapProfiler.collectGarbage');
    const usage = await attached.send<{ usedSize: number; backingStorageSize?: number }>('Runtime.getHeapUsage');
    const mb = (bytes: number) => bytes / 1024 / 1024;
    return { heapMB: mb(usage.usedSize), arrayBuffersMB: mb(usage.backingStorageSize ?? 0) };
  } finally {
    await attached.detach();
  }
}
