/**
 * A tab's stored report as the popup may show it without asking the worker: a re-open then costs two
 * storage reads in the popup, not a message to a worker that may be asleep (waking it is most of a
 * re-open's time after 30 s idle; docs/scale.md). The report must be the one the worker would answer
 * with: made for the tab's URL (report-store.ts) and under the dataset choice in force. The worker clears
 * the reports when the choice changes and keeps, in `storage.session`, the choice's revision the reports
 * left were made under (dataset-analysis.ts's `sync`); a report is current only when that revision is the
 * choice's. Anything else (no report, another URL, a changed choice not yet caught up) is null, and the
 * popup asks the worker as before.
 */
import type { Report } from '../engine/report';
import type { DatasetSettingsStore } from './dataset-settings';
import { reportOfEntry, reportKey, type StorageAreaLike } from './report-store';

/** storage.session key: the choice revision the stored reports were made under. */
export const REPORTS_REVISION_KEY = 'reportsDatasetRevision';

/** The revision kept under REPORTS_REVISION_KEY (its stored value), or null when none is. */
export const storedRevision = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * The report stored for tab `tabId` at `url`, if it is current for the dataset choice `settings` reads
 * (`createDatasetSettings(browser.storage.local)`) and the revision kept in `session`
 * (`browser.storage.session`), else null.
 */
export async function readCurrentReport(
  tabId: number,
  url: string,
  sources: { session: Pick<StorageAreaLike, 'get'>; settings: Pick<DatasetSettingsStore, 'read'> },
): Promise<Report | null> {
  const key = reportKey(tabId);
  const [session, settings] = await Promise.all([
    sources.session.get([key, REPORTS_REVISION_KEY]),
    sources.settings.read(),
  ]);
  if (storedRevision(session[REPORTS_REVISION_KEY]) !== settings.revision) return null;
  return reportOfEntry(session[key], url);
}
