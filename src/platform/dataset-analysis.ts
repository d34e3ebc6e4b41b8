/**
 * The background's analyzer over the enabled datasets, kept in step with the reader's choice. The
 * choice's revision (src/claims/dataset-choice.ts) is compared on every request, not only when a change
 * event arrives: the MV3 worker may have slept through the event, and a report made over a dataset the
 * reader has since disabled must never be shown again.
 */
import { DATASET_VERSION, type Dataset } from '../claims/dataset';
import { isEnabled, type DatasetSettings } from '../claims/dataset-choice';
import type { DatasetSummary } from '../claims/dataset-summary';
import { combineDatasets } from '../claims/combine-datasets';
import { isPackedClaims, packClaims, type PackedClaims } from '../engine/packed-claims';
import type { Report } from '../engine/report';
import type { AnalyzeOptions } from '../engine/analyzer';
import type { Article } from '../extract/article';
import {
  fitsCounts,
  fitsDatasets,
  mergeClaimIndexes,
  packClaimIndex,
  type PackedClaimIndex,
} from '../match/pack-claim-index';
import { defaultSentenceEncoder } from '../match/default-sentence-encoder';
import type { SentenceEncoder } from '../match/sentence-encoder';
import { combinationKey } from './combination-key';
import type { DatasetStore, StoredCombination } from './dataset-store';
import { tabOfReportKey, type ReportStore } from './report-store';

/** The parts of the store the analysis reads and writes. */
type AnalysisStore = Pick<
  DatasetStore,
  'list' | 'load' | 'loadIndex' | 'saveIndex' | 'loadCombination' | 'saveCombination'
>;

/** What the analysis needs; every part injected, so it runs in unit tests with fakes. */
export interface DatasetAnalysisDeps {
  builtIn: Dataset;
  settings: { read(): Promise<DatasetSettings> };
  store(): Promise<AnalysisStore>;
  /** Reads what the engine needs beside the datasets (the word vectors and the pair model) before it is built. */
  prepareEngine(): Promise<void>;
  /** The built-in dataset's index as shipped (packed at build time), or null: it is packed here then. */
  builtInIndex(): Promise<PackedClaimIndex | null>;
  /** Opens the analyzer over packed claims and their merged index (which fits them). */
  createAnalyzer(claims: PackedClaims, index: PackedClaimIndex): BuiltAnalyzer;
  /** The revision the stored reports were made under (storage.session), and clearing them. */
  reports: {
    revision(): Promise<number | null>;
    setRevision(revision: number): Promise<void>;
    clearAll(): Promise<void>;
  };
}

/** What `createAnalyzer` makes: the engine's analyzer, or a test's stand-in. */
export interface BuiltAnalyzer {
  analyze(article: Article, options?: AnalyzeOptions): Report;
  /** See `Analyzer.warmUp`. */
  warmUp?(): void;
}

/** The analysis and its upkeep. */
export interface DatasetAnalysis {
  /** Analyzes `article` over the datasets enabled now, with fact-checkers' verdicts attached. */
  analyze(article: Article): Promise<Report>;
  /**
   * Builds the analyzer for the datasets enabled now, if it is not built, and warms it up (`warmUp`)
   * unless an analysis is already waiting for it: what the worker can do before the reader clicks (it
   * reads only what the extension stores). Building stores the enabled datasets' combination when it
   * was missing, so the next wake reads only that.
   */
  prepare(): Promise<void>;
  /**
   * Starts building the analyzer, if it is not built, and returns at once: the click's build, begun
   * while the page is read. No warm-up (the reader is waiting); failures surface in `analyze`.
   */
  startBuild(): void;
  /** Clears the tabs' reports and drops the analyzer when the choice changed since they were made. */
  sync(): Promise<void>;
  /** `reports` whose `get` never returns a report made before the current choice. */
  guard<S extends Pick<ReportStore, 'get'>>(reports: S): S;
}

/**
 * One packed index for `datasets`: each stored dataset's own, packed now (and stored, so this happens
 * once) when it has none or one from an older analysis; the built-in dataset's as shipped with the
 * build, packed here only if that one is missing or does not fit.
 */
async function packedIndex(
  store: Pick<DatasetStore, 'loadIndex' | 'saveIndex'>,
  datasets: readonly Dataset[],
  builtIn: Pick<DatasetAnalysisDeps, 'builtIn' | 'builtInIndex'>,
  encoder: () => Promise<SentenceEncoder | null>,
): Promise<PackedClaimIndex> {
  const parts = await Promise.all(
    datasets.map(async (dataset) => {
      if (dataset.id === builtIn.builtIn.id) {
        const shipped = await builtIn.builtInIndex().catch(() => null);
        return shipped && fitsDatasets(shipped, [dataset]) ? shipped : packClaimIndex([dataset], await encoder());
      }
      const stored = await store.loadIndex(dataset.id);
      if (stored && fitsDatasets(stored, [dataset])) return stored;
      // Packed with the claims' vectors by meaning, so the merged index keeps its meaning channel.
      const packed = packClaimIndex([dataset], await encoder());
      // Best effort: a full disk only means packing again next time.
      await store.saveIndex(dataset.id, packed).catch(() => undefined);
      return packed;
    }),
  );
  return mergeClaimIndexes(parts);
}

/**
 * Whether `stored` is the combination for `key`, whole, packed by this analysis, and of as many claims
 * and sources as `builtIn` and the usable `imported` datasets hold.
 */
function isCurrent(
  stored: StoredCombination,
  key: string,
  builtIn: Dataset | null,
  imported: readonly DatasetSummary[],
): boolean {
  let claims = 0;
  let sources = builtIn?.sources.length ?? 0;
  for (const source of builtIn?.sources ?? []) claims += source.claims.length;
  // The datasets the store would load (`DatasetStore.load`): those with no problem, in the current format.
  for (const summary of imported.filter((s) => s.problem === null && s.version === DATASET_VERSION)) {
    claims += summary.claimCount;
    sources += summary.sourceCount;
  }
  return (
    stored.key === key &&
    isPackedClaims(stored.claims) &&
    stored.claims.claimCount === claims &&
    stored.claims.sourceCount === sources &&
    typeof stored.index === 'object' &&
    stored.index !== null &&
    fitsCounts(stored.index, claims, sources)
  );
}

/**
 * The claims and merged index of `builtIn` (null when switched off) and the enabled `imported` datasets:
 * the stored combination when it is current; else made from the datasets (read whole, the only time
 * they are) and stored for the next wake. The built-in dataset alone is small and ships with the code:
 * it is packed in memory and nothing is stored for it.
 */
async function combination(
  store: AnalysisStore,
  builtIn: Dataset | null,
  imported: readonly DatasetSummary[],
  deps: Pick<DatasetAnalysisDeps, 'builtIn' | 'builtInIndex'>,
  encoder: () => Promise<SentenceEncoder | null>,
): Promise<{ combination: Omit<StoredCombination, 'key'>; saving: Promise<unknown> | null }> {
  if (imported.length === 0) {
    const datasets = builtIn ? [builtIn] : [];
    return {
      combination: { claims: packClaims(datasets), index: await packedIndex(store, datasets, deps, encoder) },
      saving: null,
    };
  }
  const key = combinationKey(builtIn, imported);
  const stored = await store.loadCombination(key);
  if (stored && isCurrent(stored, key, builtIn, imported)) return { combination: stored, saving: null };
  const { datasets } = combineDatasets(builtIn, await store.load(imported.map((summary) => summary.id)));
  const made = { key, claims: packClaims(datasets), index: await packedIndex(store, datasets, deps, encoder) };
  // The analyzer needs only what is in memory, so an analysis does not wait for the write (`prepare`
  // does). A failed write (a full disk) only means making it again at the next wake.
  return { combination: made, saving: store.saveCombination(made) };
}

/** Builds the analysis. The analyzer is built on first use and rebuilt only when the choice changes. */
export function createDatasetAnalysis(deps: DatasetAnalysisDeps): DatasetAnalysis {
  let built: { revision: number; analyzer: Promise<BuiltAnalyzer>; warmed: boolean } | null = null;
  /** The write of a combination made by the last build, if any. */
  let saving: Promise<unknown> | null = null;
  /** Analyses waiting for the analyzer: while any waits, nothing else takes the worker's thread. */
  let waiting = 0;

  async function build(settings: DatasetSettings): Promise<BuiltAnalyzer> {
    // The engine's files are read while the datasets are: both are needed, neither waits for the other.
    const preparing = deps.prepareEngine();
    preparing.catch(() => undefined);
    const store = await deps.store();
    const imported = (await store.list()).filter(
      (summary) => summary.id !== deps.builtIn.id && isEnabled(settings, summary.id),
    );
    const builtIn = isEnabled(settings, deps.builtIn.id) ? deps.builtIn : null;
    // Packing a stale index needs the sentence encoder, which needs the engine's files; reading does not.
    const encoder = async () => {
      await preparing;
      return defaultSentenceEncoder();
    };
    const made = await combination(store, builtIn, imported, deps, encoder);
    saving = made.saving;
    const { claims, index } = made.combination;
    await preparing;
    return deps.createAnalyzer(claims, index);
  }
  async function sync(): Promise<DatasetSettings> {
    const settings = await deps.settings.read();
    if ((await deps.reports.revision()) !== settings.revision) {
      await deps.reports.clearAll();
      await deps.reports.setRevision(settings.revision);
    }
    if (built && built.revision !== settings.revision) built = null;
    return settings;
  }

  async function current(): Promise<NonNullable<typeof built>> {
    const settings = await sync();
    if (!built) {
      const attempt = { revision: settings.revision, analyzer: build(settings), warmed: false };
      built = attempt;
      // A failed build (the database could not be opened) is retried on the next request.
      attempt.analyzer.catch(() => {
        if (built === attempt) built = null;
      });
    }
    return built;
  }

  return {
    async analyze(article) {
      waiting++;
      try {
        const entry = await current();
        // An analyzer that has analyzed a page is warm: a later `prepare` has nothing to warm up.
        entry.warmed = true;
        // The popup and side panel show no related sources: the report lists none (`AnalyzeOptions`).
        return (await entry.analyzer).analyze(article, { related: false });
      } finally {
        waiting--;
      }
    },
    startBuild() {
      void current()
        .then((entry) => entry.analyzer)
        .catch(() => undefined);
    },
    async prepare() {
      const entry = await current();
      const analyzer = await entry.analyzer;
      // Nobody waits yet: the first page's compile and lazy parts are paid now, not at the click (which
      // would pay the warm-up's own cost on top: docs/scale.md, "In the browser").
      if (!entry.warmed && waiting === 0) {
        entry.warmed = true;
        analyzer.warmUp?.();
      }
      // Prepared means stored too: the worker may sleep before the next click.
      await saving;
    },
    sync: async () => {
      await sync();
    },
    guard(reports) {
      return {
        ...reports,
        get: async (tabId: number, url: string) => {
          await sync();
          return reports.get(tabId, url);
        },
      };
    },
  };
}

/** The parts of `storage.session` that clearing every tab's report needs. */
export interface SessionAreaLike {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

/** Removes every tab's stored report (keys `report:N`) from `area`, leaving its other keys alone. */
export async function clearStoredReports(area: SessionAreaLike): Promise<void> {
  const keys = Object.keys(await area.get(null)).filter((key) => tabOfReportKey(key) !== null);
  if (keys.length > 0) await area.remove(keys);
}
