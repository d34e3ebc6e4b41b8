/**
 * How many outlets back or dispute a claim, and how many independent reports that is: "3 outlets
 * corroborate, 1 independent source". The independent count is said only when it differs from the
 * outlets': "2 outlets corroborate" already means two independent reports.
 */
import type { SourceCount } from '../provenance/independent-sources';
import { tCount } from '../i18n/messages';

/** The two relations a claim summary speaks of, conflicts first as everywhere in the report. */
export type SummaryVerdict = 'conflicts' | 'corroborates';

function independentNote(count: SourceCount): string {
  return count.independent === count.outlets ? '' : tCount('independentSources', count.independent);
}

/** "3 outlets, 1 independent source", "2 outlets": the count without a verb, for "Corroborated by …". */
export function outletCountPhrase(count: SourceCount): string {
  return `${tCount('outletCount', count.outlets)}${independentNote(count)}`;
}

/** "1 outlet conflicts", "3 outlets corroborate, 1 independent source"; null when no outlet does. */
export function sourceCountPhrase(verdict: SummaryVerdict, count: SourceCount): string | null {
  if (count.outlets === 0) return null;
  return `${tCount(verdict === 'conflicts' ? 'outletsConflict' : 'outletsCorroborate', count.outlets)}${independentNote(count)}`;
}

/** The summary line of a claim: its conflict and corroboration phrases, as far as `show` lists them. */
export function sourceSummary(
  counts: { conflicting: SourceCount; corroborating: SourceCount },
  show: { conflicts: boolean; corroborates: boolean } = { conflicts: true, corroborates: true },
): string {
  return [
    show.conflicts ? sourceCountPhrase('conflicts', counts.conflicting) : null,
    show.corroborates ? sourceCountPhrase('corroborates', counts.corroborating) : null,
  ]
    .filter((phrase): phrase is string => phrase !== null)
    .join(' · ');
}
