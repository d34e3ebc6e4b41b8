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
import { readSettings } from '../claims/dataset-choice';
import { DATASET_SETTINGS_KEY } from './dataset-settings';
import { reportOfEntry, reportKey, type StorageAreaLike } from './report-store';

/** storage.session key: the choice revision the stored reports were made under. */
export const REPORTS_REVISION_KEY = 'reportsDatasetRevision';

/**
 * The report stored for tab `tabId` at `url`, if it is current for the dataset choice in `local`
 * (`browser.storage.local`) and the revision kept in `session` (`browser.storage.session`), else null.
 */
export async function readCurrentReport(
  tabId: number,
  url: string,
  areas: { session: Pick<StorageAreaLike, 'get'>; local: Pick<StorageAreaLike, 'get'> },
): Promise<Report | null> {
  const key = reportKey(tabId);
  const [session, local] = await Promise.all([
    areas.session.get([key, REPORTS_REVISION_KEY]),
    areas.local.get(DATASET_SETTINGS_KEY),
  ]);
  const settings = readSettings(local[DATASET_SETTINGS_KEY]);
  if (session[REPORTS_REVISION_KEY] !== settings.revision) return null;
  return reportOfEntry(session[key], url);
}
