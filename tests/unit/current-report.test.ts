/**
 * The popup's re-open without the worker (src/platform/current-report.ts): a stored report is shown only
 * when it was made for the tab's URL and under the dataset choice in force, exactly when the worker's
 * guarded look-up (dataset-analysis.ts) would answer with it.
 */
import { describe, expect, test } from 'vitest';
import { readCurrentReport, REPORTS_REVISION_KEY } from '../../src/platform/current-report';
import { createDatasetSettings, DATASET_SETTINGS_KEY } from '../../src/platform/dataset-settings';
import { createReportStore, reportKey } from '../../src/platform/report-store';
import { makeReport, claimReport } from './support/make-report';

const URL_A = 'https://news.example/a';

/** A storage area over a plain object, answering `get` for one key or a list, as the browser's does. */
function area(items: Record<string, unknown> = {}) {
  return {
    items,
    async get(keys: string | string[]) {
      return Object.fromEntries(
        (Array.isArray(keys) ? keys : [keys]).filter((k) => k in items).map((k) => [k, items[k]]),
      );
    },
    async set(values: Record<string, unknown>) {
      Object.assign(items, values);
    },
    async remove(key: string) {
      delete items[key];
    },
  };
}

async function stored(revisionKept: number | undefined, choiceRevision: number | undefined) {
  const session = area(revisionKept === undefined ? {} : { [REPORTS_REVISION_KEY]: revisionKept });
  const local = area(
    choiceRevision === undefined ? {} : { [DATASET_SETTINGS_KEY]: { enabled: {}, revision: choiceRevision } },
  );
  const report = makeReport([claimReport(0, 'A sentence.')]);
  await createReportStore(session).save(7, URL_A, report);
  return { session, settings: createDatasetSettings(local), report };
}

describe('readCurrentReport', () => {
  test('the report made for the URL under the choice in force', async () => {
    const { session, settings, report } = await stored(3, 3);
    await expect(readCurrentReport(7, URL_A, { session, settings })).resolves.toEqual(report);
  });

  test('a fresh profile: no choice stored is revision 0, as the worker keeps it', async () => {
    const { session, settings, report } = await stored(0, undefined);
    await expect(readCurrentReport(7, URL_A, { session, settings })).resolves.toEqual(report);
  });

  test.each([
    ['the choice changed since the reports were made', 3, 4, 7, URL_A],
    ['no revision kept (the worker has not checked the reports)', undefined, 0, 7, URL_A],
    ['the tab shows another page', 3, 3, 7, 'https://news.example/b'],
    ['another tab', 3, 3, 8, URL_A],
  ])('null when %s', async (_why, kept, choice, tabId, url) => {
    const { session, settings } = await stored(kept, choice);
    await expect(readCurrentReport(tabId, url, { session, settings })).resolves.toBeNull();
  });

  test('reads the report and the revision in one look-up of the session area', async () => {
    const { session, settings } = await stored(1, 1);
    const asked: Array<string | string[]> = [];
    const counting = {
      get: (keys: string | string[]) => {
        asked.push(keys);
        return session.get(keys);
      },
    };
    await readCurrentReport(7, URL_A, { session: counting, settings });
    expect(asked).toEqual([[reportKey(7), REPORTS_REVISION_KEY]]);
  });
});
