/**
 * What the options page does when the reader imports, switches, deletes or exports a dataset. The store,
 * the settings, the clock and the download are passed in, so every path runs in unit tests with fakes;
 * entrypoints/options/main.ts wires the real ones and renders each view this produces.
 */
import type { Dataset } from '../claims/dataset';
import {
  withEnabled,
  withImported,
  withMeaningAdded,
  withRemoved,
  type DatasetSettings,
} from '../claims/dataset-choice';
import type { DatasetSummary } from '../claims/dataset-summary';
import type { FormatChoice } from '../claims/import-dataset';
import { exportClaimReview } from '../claims/export-claimreview';
import { serializeDataset } from '../claims/serialize-dataset';
import { refused, type ImportFile, type ImportJobResult } from '../imports/import-job';
import type { MeaningLocks } from '../imports/meaning-locks';
import type { MeaningOutcome } from '../imports/meaning-later';
import type { PendingImports } from '../imports/pending-imports';
import type { DatasetStore } from '../platform/dataset-store';
import { toDatasetRows, type DatasetRow, type MeaningState } from './dataset-list-view';
import { t, tCount } from '../i18n/messages';

export type { ImportFile } from '../imports/import-job';

/** How a dataset is exported: whole as Provenance JSON, or its reviewed claims as ClaimReview JSON-LD. */
export type ExportFormat = 'provenance' | 'claimreview';

/** How one file's import ended, in the words the page shows. */
export interface ImportOutcome {
  ok: boolean;
  /** "Imported “snopes”: 12 claims from 3 sources (ClaimReview JSON-LD)." */
  title: string;
  /** Errors (when it failed) or what was repaired and skipped, each naming its line or path. */
  details: string[];
}

/** Everything the options page shows. */
export interface OptionsView {
  rows: DatasetRow[];
  /** "Reading vclaims.jsonl…" while an import runs, else null. */
  busy: string | null;
  outcomes: ImportOutcome[];
  /** A problem with the storage itself (it could not be opened), shown above the list. */
  storeError: string | null;
}

/** What the controller needs. */
export interface OptionsDeps {
  builtIn: Dataset;
  store(): Promise<Pick<DatasetStore, 'list' | 'get' | 'remove'>>;
  settings: {
    read(): Promise<DatasetSettings>;
    update(change: (settings: DatasetSettings) => DatasetSettings): Promise<DatasetSettings>;
  };
  /**
   * Reads, checks, indexes and stores `file` off the page's main thread (a worker, see
   * src/imports/import-in-worker.ts), reporting each step through `step`. For a result with
   * `meaningPending`, `later` is told once how packing its part by meaning ended.
   */
  importFile(
    file: ImportFile,
    format: FormatChoice,
    step: (message: string) => void,
    later: (outcome: MeaningOutcome) => void,
  ): Promise<ImportJobResult>;
  /** Packs and adds, off the main thread, the part by meaning of stored dataset `id` left pending. */
  prepareMeaning(id: string): Promise<MeaningOutcome>;
  /** Which page packs which dataset's part by meaning (src/imports/meaning-locks.ts). */
  meaningLocks: MeaningLocks;
  /** Imports written down while they run, so one cut off by closing the page is told next time. */
  pending: PendingImports;
  render(view: OptionsView): void;
  download(fileName: string, text: string): void;
}

/** The options page's actions. */
export interface OptionsController {
  refresh(): Promise<void>;
  /** Says which imports were cut off the last time (the page closed mid-import); call once at start. */
  reportInterrupted(): Promise<void>;
  /**
   * Packs the part by meaning of every stored dataset whose import left it pending and that no page is
   * packing now (its page closed first), one after the other; call once at start.
   */
  resumeMeaning(): Promise<void>;
  importFiles(files: readonly ImportFile[], format: FormatChoice): Promise<void>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  remove(id: string): Promise<void>;
  /** Downloads dataset `id` as Provenance JSON (`<id>.json`) or its reviewed claims as ClaimReview (`<id>.claimreview.json`). */
  exportDataset(id: string, format?: ExportFormat): Promise<void>;
}

/** Builds the controller; call `refresh()` once to show the list. */
export function createOptionsController(deps: OptionsDeps): OptionsController {
  let busy: string | null = null;
  let outcomes: ImportOutcome[] = [];
  let storeError: string | null = null;
  /** The list as last read, shown again with each step of an import (which does not re-read it). */
  let rows: DatasetRow[] = [];
  /** Where this page's packing by meaning stands, by dataset id (see `MeaningState`). */
  const meaning = new Map<string, MeaningState>();

  async function refresh(): Promise<void> {
    const settings = await deps.settings.read();
    let stored: DatasetSummary[] = [];
    try {
      stored = await (await deps.store()).list();
    } catch (error) {
      storeError = t('optionsStoreError', error instanceof Error ? error.message : String(error));
    }
    rows = toDatasetRows(deps.builtIn, stored, settings, meaning);
    deps.render({ rows, busy, outcomes, storeError });
  }

  /** Shows `message` as the step under way. */
  function step(message: string): void {
    busy = message;
    deps.render({ rows, busy, outcomes, storeError });
  }

  /**
   * Packing dataset `id`'s part by meaning ended: once stored, a new revision of the choice, so that the
   * background drops its analyzer and builds one with the part; either way the row says how it went.
   */
  async function meaningEnded(id: string, outcome: MeaningOutcome): Promise<void> {
    if (outcome.kind === 'stored') {
      meaning.set(id, { kind: 'ready' });
      await deps.settings.update(withMeaningAdded);
    } else if (outcome.kind === 'failed') meaning.set(id, outcome);
    // Skipped: the copy it was for was replaced or deleted, and what is stored now says the rest.
    else meaning.delete(id);
    await refresh();
  }

  async function importOne(file: ImportFile, format: FormatChoice): Promise<ImportOutcome> {
    let told: (outcome: MeaningOutcome) => void = () => {};
    const later = new Promise<MeaningOutcome>((resolve) => (told = resolve));
    const result = await deps.pending.track(file.name, () => deps.importFile(file, format, step, told));
    if (!result.ok) return result;
    meaning.delete(result.id);
    if (result.meaningPending) {
      const { id } = result;
      meaning.set(id, { kind: 'preparing' });
      // Not awaited: the reader's wait ends here; the row says when the part by meaning is ready.
      void deps.meaningLocks
        .hold(id, () => later)
        .then((outcome) => meaningEnded(id, outcome))
        .catch((error: unknown) => meaningEnded(id, { kind: 'failed', reason: String(error) }));
    }
    await deps.settings.update((settings) => withImported(settings, result.id));
    return { ok: true, title: result.title, details: result.details };
  }

  return {
    refresh,
    async reportInterrupted() {
      const cut = await deps.pending.takeInterrupted();
      if (cut.length === 0) return;
      outcomes = cut.map((pending) => ({
        ok: false,
        title: t('importDidNotFinish', pending.fileName),
        details: [t('importDidNotFinishDetail')],
      }));
      await refresh();
    },
    async resumeMeaning() {
      let stored: DatasetSummary[];
      try {
        stored = await (await deps.store()).list();
      } catch {
        return; // refresh() already says the store could not be opened.
      }
      const pending = stored.filter((summary) => summary.meaningPending === true && !meaning.has(summary.id));
      for (const { id } of pending) meaning.set(id, { kind: 'preparing' });
      if (pending.length > 0) await refresh();
      for (const { id } of pending) {
        const outcome = await deps.meaningLocks
          .holdIfFree(id, () => deps.prepareMeaning(id))
          .catch((error: unknown): MeaningOutcome => ({ kind: 'failed', reason: String(error) }));
        // Null: another page is packing it, and its new revision will refresh this one.
        if (outcome === null) meaning.delete(id);
        else await meaningEnded(id, outcome);
      }
    },
    async importFiles(files, format) {
      outcomes = [];
      for (const file of files) {
        try {
          outcomes.push(await importOne(file, format));
        } catch (error) {
          outcomes.push(refused(file.name, [error instanceof Error ? error.message : String(error)]));
        }
      }
      busy = null;
      await refresh();
    },
    async setEnabled(id, enabled) {
      await deps.settings.update((settings) => withEnabled(settings, id, enabled));
      await refresh();
    },
    async remove(id) {
      if (id === deps.builtIn.id) return;
      const removed = await (await deps.store()).remove(id);
      if (removed.ok) await deps.settings.update((settings) => withRemoved(settings, id));
      else outcomes = [{ ok: false, title: t('deleteFailed'), details: [removed.message] }];
      await refresh();
    },
    async exportDataset(id, format = 'provenance') {
      const dataset = id === deps.builtIn.id ? deps.builtIn : await (await deps.store()).get(id);
      if (!dataset) return;
      if (format === 'provenance') {
        deps.download(`${dataset.id}.json`, serializeDataset(dataset));
        return;
      }
      const exported = exportClaimReview(dataset);
      deps.download(`${dataset.id}.claimreview.json`, exported.json);
      const leftOut = exported.leftOut > 0 ? ` ${tCount('exportLeftOut', exported.leftOut)}` : '';
      outcomes = [
        { ok: true, title: `${tCount('exportedClaimReview', exported.written, dataset.name)}${leftOut}`, details: [] },
      ];
      await refresh();
    },
  };
}
