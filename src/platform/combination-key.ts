/**
 * The key of a stored combination (dataset-store.ts, `StoredCombination`): which datasets, in which
 * copy, analyzed by which analysis, packed in which form. A stored combination is used only under the
 * key worked out from what is stored now, so one made before a dataset changed, was switched off, or
 * before the extension was updated is never used: it is made again.
 */
import type { Dataset } from '../claims/dataset';
import type { DatasetSummary } from '../claims/dataset-summary';
import { analysisFingerprint } from '../match/analysis-fingerprint';
import { seededHash } from '../match/seeded-hash';

/**
 * The stored combination's own form: raised when packed-claims.ts or the record changes, or when the
 * merged index gains a field that a record made before would lack (the analysis fingerprint does not
 * see the index's shape).
 */
const COMBINATION_FORMAT = 3;

let builtInPrint: { dataset: Dataset; print: string } | null = null;

/** The built-in dataset's content as a short string; it ships with the code, so it changes only with an update. */
function fingerprintOf(dataset: Dataset): string {
  if (builtInPrint?.dataset !== dataset) {
    const text = JSON.stringify(dataset);
    builtInPrint = { dataset, print: `${seededHash(text, 1).toString(16)}${seededHash(text, 2).toString(16)}` };
  }
  return builtInPrint.print;
}

/** What identifies a stored copy of a dataset: its stamp, or, for one stored before stamps, what its summary says. */
function copyOf(summary: DatasetSummary): string {
  return (
    summary.stamp ??
    `${summary.version}:${summary.importedAt}:${summary.sourceCount}:${summary.claimCount}:${summary.problem ?? ''}`
  );
}

/** The key for `builtIn` (null when switched off) and the enabled imported datasets' summaries, in order. */
export function combinationKey(builtIn: Dataset | null, imported: readonly DatasetSummary[]): string {
  return JSON.stringify([
    COMBINATION_FORMAT,
    analysisFingerprint(),
    builtIn ? [builtIn.id, fingerprintOf(builtIn)] : null,
    imported.map((summary) => [summary.id, copyOf(summary)]),
  ]);
}
