/**
 * Per-tab reports in `storage.session`. The MV3 worker can be stopped at any moment, so a report that
 * lives only in memory would be lost and re-analyzed; session storage survives the worker and is wiped
 * when the browser closes. Each entry carries the URL it was made for, so a navigation invalidates it
 * even if the clear on navigation was missed (say, while the worker was asleep).
 */
import type { Report } from '../engine/report';

/** The parts of a `storage.StorageArea` the store uses; injected so tests can pass a fake. */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

interface StoredReport {
  url: string;
  report: Report;
}

/** Saved reports, keyed by tab. */
export interface ReportStore {
  /** The report for tab `tabId` if it was made for `url`, else null. */
  get(tabId: number, url: string): Promise<Report | null>;
  save(tabId: number, url: string, report: Report): Promise<void>;
  clear(tabId: number): Promise<void>;
}

/** The `storage.session` key of tab `tabId`'s report. */
export const reportKey = (tabId: number): string => `report:${tabId}`;

/** The tab a `storage.session` key holds the report of, or null for any other key. */
export function tabOfReportKey(key: string): number | null {
  const match = /^report:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

function isStoredReport(value: unknown): value is StoredReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as StoredReport).url === 'string' &&
    typeof (value as StoredReport).report === 'object'
  );
}

/** The report in a stored entry (`area.get`'s value for a report key) if it was made for `url`, else null. */
export function reportOfEntry(entry: unknown, url: string): Report | null {
  return isStoredReport(entry) && entry.url === url ? entry.report : null;
}

/** Resolves in a task after the current one, and after the microtasks that end it. */
const afterThisTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A report store over `area` (the background passes `browser.storage.session`). A save starts in a task
 * after the caller's: the popup's answer, sent from the caller's microtasks, does not wait while the
 * report is copied for storage (the worker's handler 7–10 ms shorter in `bench/browser.ts`, docs/scale.md,
 * *Session 17*). A clear of
 * the tab in between (the tab left the page, or closed) cancels that save: it would store a report for a
 * page the tab no longer shows.
 */
export function createReportStore(area: StorageAreaLike): ReportStore {
  /** Clears per tab so far: a save made before the latest clear of its tab is dropped. */
  const clears = new Map<number, number>();
  return {
    async get(tabId, url) {
      const key = reportKey(tabId);
      return reportOfEntry((await area.get(key))[key], url);
    },
    async save(tabId, url, report) {
      const cleared = clears.get(tabId) ?? 0;
      await afterThisTask();
      if ((clears.get(tabId) ?? 0) !== cleared) return;
      const entry: StoredReport = { url, report };
      await area.set({ [reportKey(tabId)]: entry });
    },
    async clear(tabId) {
      clears.set(tabId, (clears.get(tabId) ?? 0) + 1);
      await area.remove(reportKey(tabId));
    },
  };
}
