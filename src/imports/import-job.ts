/**
 * One file's import, from its bytes to the stored dataset and index: read, checked, indexed, saved. It
 * runs in a dedicated worker (src/imports/import.worker.ts), so a 100 MB file never blocks the options
 * page; the page only renders the steps it reports and records the reader's choice once it is done.
 * Everything it needs comes in as arguments, so unit tests run it in-process over fake-indexeddb.
 */
import type { Dataset } from '../claims/dataset';
import { datasetTooLarge } from '../claims/dataset-json';
import { importDataset, type FormatChoice } from '../claims/import-dataset';
import { importFormatLabel } from '../claims/import-result';
import { t, tCount } from '../i18n/messages';
import { packClaimIndexInSteps } from '../match/pack-claim-index';
import { timePhase, timePhaseAsync, type PhaseClock } from '../match/phase-clock';
import { claimTexts, type ClaimTexts, type PackedMeaningParts } from '../match/meaning-index';
import type { SentenceEncoder } from '../match/sentence-encoder';
import type { DatasetStore } from '../platform/dataset-store';
import { storeMeaningLater, type MeaningOutcome } from './meaning-later';

/** A file to import: its name, its size in bytes when known (a DOM `File` has both), and its text. */
export interface ImportFile {
  name: string;
  size?: number;
  text(): Promise<string>;
}

/**
 * How one file's import ended, in the words the page shows (in the UI's language: the worker is given
 * the page's catalog); `id` is the stored dataset's. `meaningPending`: stored without its part by
 * meaning, which this worker packs and stores next (meaning-later.ts).
 */
export type ImportJobResult =
  | { ok: true; id: string; title: string; details: string[]; meaningPending?: boolean }
  | { ok: false; title: string; details: string[] };

/** What a job needs from where it runs. */
export interface ImportJobDeps {
  store(): Promise<Pick<DatasetStore, 'list' | 'save' | 'addMeaning'>>;
  /** The built-in dataset's id, which no import may take. */
  builtInId: string;
  /** ISO date-time of now, for the "imported on" line. */
  now(): string;
  /** Reports the step under way ("Indexing 4 claims of x.jsonl… 2,000 done"). */
  step(message: string): Promise<void>;
  /**
   * The sentence encoder, to pack the claims' vectors by meaning with the index; null (or absent) where
   * the word vectors could not be read, and the background then goes without them for a large dataset.
   */
  encoder?: () => Promise<SentenceEncoder | null>;
  /**
   * Packs the claims' vectors by meaning elsewhere (a second worker: meaning-helper.ts) while this job
   * packs the rest; resolves to null without them. When given, `encoder` is not used.
   */
  meaning?: (claims: ClaimTexts, clock?: PhaseClock) => Promise<PackedMeaningParts | null>;
  /**
   * Told how long each phase took (`npm run bench:import`): `read`, `check` (parsing and validating),
   * `encoder` (making the sentence encoder), packing's phases (pack-claim-index.ts), `meaning:wait` (for
   * the part packed aside, after this job's own packing), `save:list`, `save`.
   */
  clock?: PhaseClock;
  /**
   * Above this many claims, the dataset is saved without its part by meaning, and the part is packed and
   * added after (`StagedImport.later`); at most this many, it is packed with the index. Infinity unless
   * given (the worker gives DEFER_MEANING_ABOVE).
   */
  deferMeaningAbove?: number;
}

/** An import's outcome, and the packing by meaning still to do after it (null: nothing left). */
export interface StagedImport {
  result: ImportJobResult;
  later: (() => Promise<MeaningOutcome>) | null;
}

function claimCount(dataset: Dataset): number {
  return dataset.sources.reduce((sum, source) => sum + source.claims.length, 0);
}

/** How a refused file's outcome is titled, wherever the refusal happens (the job, its worker, the page). */
export function refused(fileName: string, details: string[]): ImportJobResult {
  return { ok: false, title: t('importRefusedTitle', fileName), details };
}

/** Imports `file` as `format`, packing by meaning after the save if `deps` defers it; resolves when both are done. */
export async function runImportJob(
  file: ImportFile,
  format: FormatChoice,
  deps: ImportJobDeps,
): Promise<ImportJobResult> {
  const { result, later } = await importInStages(file, format, deps);
  await later?.();
  return result;
}

/**
 * Imports `file` as `format` into the store, reporting each step; a dataset above `deferMeaningAbove`
 * claims is saved without its part by meaning, which `later` packs and adds. Never throws for a bad file.
 */
export async function importInStages(
  file: ImportFile,
  format: FormatChoice,
  deps: ImportJobDeps,
): Promise<StagedImport> {
  const refuse = (details: string[]) => ({ result: refused(file.name, details), later: null });
  // By size, before a byte is read: the same limit as the CLI's.
  const tooLarge = file.size === undefined ? null : datasetTooLarge(file.size);
  if (tooLarge) return refuse([tooLarge]);
  await deps.step(t('importStepReading', file.name));
  const { clock } = deps;
  const text = await timePhaseAsync(clock, 'read', () => file.text());
  await deps.step(t('importStepChecking', file.name));
  const checked = timePhase(clock, 'check', () => importDataset(text, format, { fileName: file.name }));
  if (!checked.ok) return refuse(checked.errors);
  const { dataset } = checked;
  if (dataset.id === deps.builtInId) {
    return refuse([t('importBuiltInId', dataset.id)]);
  }
  // Indexed here, once, while the reader expects to wait, so the background opens it in milliseconds.
  const claims = claimCount(dataset);
  await deps.step(tCount('importStepIndexing', claims, file.name));
  const texts = () => claimTexts(dataset.sources.flatMap((source) => source.claims));
  const deferred = claims > (deps.deferMeaningAbove ?? Number.POSITIVE_INFINITY);
  // Started first, so that the helper packs by meaning while this worker analyzes the claims.
  const aside = deferred ? undefined : deps.meaning?.(texts(), clock).catch(() => null);
  const { encoder: makeEncoder } = deps;
  const encoder =
    !deferred && !aside && makeEncoder
      ? await timePhaseAsync(clock, 'encoder', () => makeEncoder().catch(() => null))
      : null;
  // The claims' words as the encoder takes them, kept from their analysis for packing by meaning later.
  const words: string[][] | undefined = deferred && !deps.meaning ? [] : undefined;
  const packed = await packClaimIndexInSteps(
    [dataset],
    (done) => deps.step(tCount('importStepIndexingDone', claims, file.name, done)),
    encoder,
    clock,
    words,
  );
  const meaning = aside ? await timePhaseAsync(clock, 'meaning:wait', () => aside) : null;
  const index = meaning ? { ...packed, meaning } : packed;
  await deps.step(t('importStepSaving', file.name));
  const store = await deps.store();
  const listed = await timePhaseAsync(clock, 'save:list', () => store.list());
  const replaced = listed.some((summary) => summary.id === dataset.id);
  const origin = { fileName: file.name, importFormat: checked.format, importedAt: deps.now() };
  const saved = await timePhaseAsync(clock, 'save', () =>
    store.save(dataset, origin, index, deferred ? { meaningPending: true } : undefined),
  );
  if (!saved.ok) return refuse([saved.message]);
  const outcome = t(
    replaced ? 'importReplaced' : 'importImported',
    dataset.name,
    tCount('datasetClaims', claims),
    tCount('datasetSources', dataset.sources.length),
    importFormatLabel(checked.format),
  );
  const skipped = checked.skipped > 0 ? ` ${tCount('importSkipped', checked.skipped)}` : '';
  const imported: ImportJobResult = {
    ok: true,
    id: dataset.id,
    title: `${outcome}${skipped}`,
    details: checked.warnings,
  };
  if (!deferred) return { result: imported, later: null };
  const meaningDeps = { encoder: makeEncoder, meaning: deps.meaning, clock };
  // Added to the copy just saved only (its stamp), never to one that replaced it meanwhile.
  const later = () => storeMeaningLater(store, dataset.id, saved.stamp, { texts, words }, meaningDeps);
  return { result: { ...imported, meaningPending: true }, later };
}
