/**
 * Stored datasets → the rows the options page lists, as plain data: the words a reader sees for counts,
 * format version, origin and outlets are decided here and tested without a DOM.
 */
import type { Dataset } from '../claims/dataset';
import { isEnabled, type DatasetSettings } from '../claims/dataset-choice';
import { summariseDataset, type DatasetSummary } from '../claims/dataset-summary';
import { importFormatLabel } from '../claims/import-result';
import { formatDate } from './format-date';
import { t, tCount } from '../i18n/messages';

/**
 * Where this page's packing of a dataset's part by meaning stands: being prepared, ready, or failed with
 * why (src/imports/meaning-later.ts). A dataset not in the page's map is described by its summary.
 */
export type MeaningState = { kind: 'preparing' } | { kind: 'ready' } | { kind: 'failed'; reason: string };

/** One dataset as listed. */
export interface DatasetRow {
  id: string;
  name: string;
  description: string | null;
  builtIn: boolean;
  enabled: boolean;
  /** "5 sources · 131 claims". */
  counts: string;
  /** The two counts apart ("5 sources", "131 claims"), for sentences that name them. */
  countParts: { sources: string; claims: string };
  /** "12 claims with a fact-checker’s verdict", or null when none has one. */
  reviewed: string | null;
  /** "Format version 1". */
  version: string;
  /** "Built into Provenance" or "Imported from snopes.json (ClaimReview JSON-LD) on 22 Nov 2026". */
  origin: string;
  /** "Sources: Snopes (10 claims), PolitiFact (2 claims), and 3 more outlets". */
  outlets: string;
  /** Why it cannot be used, when it cannot. */
  problem: string | null;
  /** How search by meaning stands when it is not simply there: being prepared, just ready, or failed. */
  meaning: string | null;
  /** The built-in dataset can be switched off but never deleted. */
  canDelete: boolean;
}

/** What the row says of search by meaning: the page's own packing first, else the summary's mark. */
function meaningNote(summary: DatasetSummary, state: MeaningState | undefined): string | null {
  if (state?.kind === 'failed') return t('datasetMeaningFailed', state.reason);
  if (summary.meaningPending === true) return t('datasetMeaningPreparing');
  return state?.kind === 'ready' ? t('datasetMeaningReady') : null;
}

function row(summary: DatasetSummary, settings: DatasetSettings, builtIn: boolean, meaning?: MeaningState): DatasetRow {
  const format = summary.importFormat ? ` (${importFormatLabel(summary.importFormat)})` : '';
  const file = `${summary.fileName ?? t('datasetAFile')}${format}`;
  const when = summary.importedAt ? formatDate(summary.importedAt.slice(0, 10)) : null;
  const outlets = summary.outlets.map((o) => t('datasetOutletClaims', o.outlet, tCount('datasetClaims', o.claims)));
  if (summary.moreOutlets > 0) outlets.push(tCount('datasetMoreOutlets', summary.moreOutlets));
  const countParts = {
    sources: tCount('datasetSources', summary.sourceCount),
    claims: tCount('datasetClaims', summary.claimCount),
  };
  return {
    id: summary.id,
    name: summary.name,
    description: summary.description,
    builtIn,
    enabled: isEnabled(settings, summary.id),
    counts: t('datasetCounts', countParts.sources, countParts.claims),
    countParts,
    reviewed: summary.reviewedCount > 0 ? tCount('datasetReviewed', summary.reviewedCount) : null,
    version: t('datasetVersion', summary.version),
    origin: builtIn
      ? t('datasetBuiltIn')
      : when
        ? t('datasetImportedFromOn', file, when)
        : t('datasetImportedFrom', file),
    outlets: outlets.length > 0 ? t('datasetOutlets', outlets.join(', ')) : t('datasetNoSources'),
    problem: summary.problem,
    meaning: meaningNote(summary, meaning),
    canDelete: !builtIn,
  };
}

/** The built-in dataset first, then the stored ones by name. */
export function toDatasetRows(
  builtIn: Dataset,
  stored: readonly DatasetSummary[],
  settings: DatasetSettings,
  meaning: ReadonlyMap<string, MeaningState> = new Map(),
): DatasetRow[] {
  const origin = { fileName: null, importFormat: null, importedAt: null };
  return [
    row(summariseDataset(builtIn, origin), settings, true),
    ...stored
      .filter((summary) => summary.id !== builtIn.id)
      .map((summary) => row(summary, settings, false, meaning.get(summary.id))),
  ];
}
