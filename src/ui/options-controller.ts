/**
 * What the options page does when the reader imports, switches, deletes or exports a dataset. The store,
 * the settings, the clock and the download are passed in, so every path runs in unit tests with fakes;
 * entrypoints/options/main.ts wires the real ones and renders each view this produces.
 */
import type { Dataset } from '../claims/dataset';
import { withEnabled, withImported, withRemoved, type DatasetSettings } from '../claims/dataset-choice';
import type { DatasetSummary } from '../claims/dataset-summary';
import { importDataset, type FormatChoice } from '../claims/import-dataset';
import { IMPORT_FORMAT_LABELS } from '../claims/import-result';
import { serializeDataset } from '../claims/serialize-dataset';
import { packClaimIndexInSteps } from '../match/pack-claim-index';
import type { DatasetStore } from '../platform/dataset-store';
import { toDatasetRows, type DatasetRow } from './dataset-list-view';

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

/** A file to import: its name and a way to read it (a DOM `File` is one). */
export interface ImportFile {
  name: string;
  text(): Promise<string>;
}

/** What the controller needs. */
export interface OptionsDeps {
  builtIn: Dataset;
  store(): Promise<Pick<DatasetStore, 'list' | 'get' | 'save' | 'remove'>>;
  settings: { read(): Promise<DatasetSettings>; update(change: (settings: DatasetSettings) => DatasetSettings): Promise<DatasetSettings> };
  /** ISO date-time of now, for the "imported on" line. */
  now(): string;
  render(view: OptionsView): void;
  download(fileName: string, text: string): void;
  /** Lets the page paint between the steps of an import (a big file takes a moment to check). */
  yieldToPaint(): Promise<void>;
}

/** The options page's actions. */
export interface OptionsController {
  refresh(): Promise<void>;
  importFiles(files: readonly ImportFile[], format: FormatChoice): Promise<void>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  remove(id: string): Promise<void>;
  exportDataset(id: string): Promise<void>;
}

function claimCount(dataset: Dataset): number {
  return dataset.sources.reduce((sum, source) => sum + source.claims.length, 0);
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Builds the controller; call `refresh()` once to show the list. */
export function createOptionsController(deps: OptionsDeps): OptionsController {
  let busy: string | null = null;
  let outcomes: ImportOutcome[] = [];
  let storeError: string | null = null;

  async function refresh(): Promise<void> {
    const settings = await deps.settings.read();
    let stored: DatasetSummary[] = [];
    try {
      stored = await (await deps.store()).list();
    } catch (error) {
      storeError = `Provenance could not open its dataset storage, so only the built-in dataset is listed: ${error instanceof Error ? error.message : String(error)}`;
    }
    deps.render({ rows: toDatasetRows(deps.builtIn, stored, settings), busy, outcomes, storeError });
  }

  async function step(message: string): Promise<void> {
    busy = message;
    await refresh();
    await deps.yieldToPaint();
  }

  async function importOne(file: ImportFile, format: FormatChoice): Promise<ImportOutcome> {
    await step(`Reading ${file.name}…`);
    const text = await file.text();
    await step(`Checking ${file.name}…`);
    const result = importDataset(text, format, { fileName: file.name });
    if (!result.ok) return { ok: false, title: `${file.name} could not be imported:`, details: result.errors };
    const { dataset } = result;
    if (dataset.id === deps.builtIn.id) {
      return { ok: false, title: `${file.name} could not be imported:`, details: [`it has the id of the built-in dataset (${dataset.id}), which is already included. To add a changed copy, give it another "id".`] };
    }
    // Indexed here, once, while the reader expects to wait, so the background opens it in milliseconds.
    const claims = claimCount(dataset);
    await step(`Indexing ${plural(claims, 'claim', 'claims')} of ${file.name}…`);
    const index = await packClaimIndexInSteps([dataset], (done) =>
      step(`Indexing ${plural(claims, 'claim', 'claims')} of ${file.name}… ${done.toLocaleString('en')} done`),
    );
    await step(`Saving ${file.name}…`);
    const store = await deps.store();
    const replaced = (await store.list()).some((summary) => summary.id === dataset.id);
    const saved = await store.save(dataset, { fileName: file.name, importFormat: result.format, importedAt: deps.now() }, index);
    if (!saved.ok) return { ok: false, title: `${file.name} could not be imported:`, details: [saved.message] };
    await deps.settings.update((settings) => withImported(settings, dataset.id));
    const skipped = result.skipped > 0 ? ` ${plural(result.skipped, 'record was', 'records were')} skipped.` : '';
    return {
      ok: true,
      title: `${replaced ? 'Replaced' : 'Imported'} “${dataset.name}”: ${plural(claimCount(dataset), 'claim', 'claims')} from ${plural(dataset.sources.length, 'source', 'sources')} (${IMPORT_FORMAT_LABELS[result.format]}).${skipped}`,
      details: result.warnings,
    };
  }

  return {
    refresh,
    async importFiles(files, format) {
      outcomes = [];
      for (const file of files) {
        try {
          outcomes.push(await importOne(file, format));
        } catch (error) {
          outcomes.push({ ok: false, title: `${file.name} could not be imported:`, details: [error instanceof Error ? error.message : String(error)] });
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
      else outcomes = [{ ok: false, title: 'The dataset could not be deleted:', details: [removed.message] }];
      await refresh();
    },
    async exportDataset(id) {
      const dataset = id === deps.builtIn.id ? deps.builtIn : await (await deps.store()).get(id);
      if (dataset) deps.download(`${dataset.id}.json`, serializeDataset(dataset));
    },
  };
}
