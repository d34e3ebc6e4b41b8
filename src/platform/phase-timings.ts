/**
 * Where a toolbar click's time goes inside the worker, for `npm run bench:browser`: the analysis's
 * dependencies wrapped so each call is timed; and where an import's goes, for `npm run bench:import`.
 * Wired in the e2e build only (entrypoints/background.ts, entrypoints/options/main.ts); the production
 * worker and page record nothing.
 */
import type { AnalyzeTabDeps } from '../messaging/analyze-tab';
import type { DatasetAnalysisDeps } from './dataset-analysis';
import type { Article } from '../extract/article';
import type { AnalyzeOptions } from '../engine/analyzer';
import { canRunInt8Dots } from '../match/int8-dots';
import { timePhase, timePhaseAsync, type PhaseClock, type PhaseTotal } from '../match/phase-clock';

/** The global the e2e worker keeps its records under; the bench reads and empties it. */
export const PHASES_GLOBAL = '__provenancePhases';

/** One timed step of an analysis request, in the worker's own clock. */
export interface PhaseRecord {
  /**
   * `worker-start`: from the worker's start to its script running (once per wake); `stored-report`:
   * looking up the tab's report; `extract`: injecting the extraction script and getting the article
   * back, of which `extract:page` is the script's round trip (the page reads its text) and
   * `extract:article` the worker making the article of that text; `build`: what the analysis spent beyond the engine's own step (reading the datasets and
   * opening the analyzer after a wake or a change of datasets; ~0 otherwise); `analyze`: the engine's
   * step (the report's `elapsedMs`); `store`, `badge`: saving the report and setting the badge;
   * `handler`: the whole request, from the message's arrival to the answer (what the popup's round trip
   * spends beyond it is messaging). `build:…` are parts of `build` (see `BuildPhase`), some of them
   * running side by side.
   */
  phase:
    | 'worker-start'
    | 'stored-report'
    | 'extract'
    | 'extract:page'
    | 'extract:article'
    | 'build'
    | BuildPhase
    | 'analyze'
    | 'store'
    | 'badge'
    | 'handler';
  ms: number;
}

/**
 * The parts of building the analyzer: `build:open-store` opening IndexedDB (once per wake), `build:list`
 * the datasets' summaries, `build:read-combination` the stored combination, `build:read-datasets` and
 * `build:save-combination` reading the datasets whole and storing what was made of them (only when no
 * current combination was stored), `build:engine-files` reading the word vectors and pair model (beside
 * the others, not after them), `build:open-analyzer` opening the analyzer over what was read,
 * `build:warm-up` its warm-up analysis.
 */
export type BuildPhase =
  | 'build:open-store'
  | 'build:list'
  | 'build:read-combination'
  | 'build:read-datasets'
  | 'build:save-combination'
  | 'build:engine-files'
  | 'build:open-analyzer'
  | 'build:warm-up';

/** A clock keeping every phase it is told, as `phase`, in `records`. */
const recordAs =
  (records: PhaseRecord[], phase: PhaseRecord['phase']): PhaseClock =>
  (_phase, ms) =>
    void records.push({ phase, ms });

function timed<T>(records: PhaseRecord[], phase: PhaseRecord['phase'], run: () => T | Promise<T>): Promise<T> {
  return timePhaseAsync(recordAs(records, phase), phase, async () => run());
}

/** `deps` with every step timed into `records`. */
export function timeAnalysisPhases<D extends Omit<AnalyzeTabDeps, 'extensionOrigin'>>(
  deps: D,
  records: PhaseRecord[],
): D {
  return {
    ...deps,
    store: {
      ...deps.store,
      get: (tabId, url) => timed(records, 'stored-report', () => deps.store.get(tabId, url)),
      save: (tabId, url, report) => timed(records, 'store', () => deps.store.save(tabId, url, report)),
    },
    extract: (tabId) => timed(records, 'extract', () => deps.extract(tabId)),
    analyze: async (article) => {
      const started = performance.now();
      const report = await deps.analyze(article);
      const total = performance.now() - started;
      records.push(
        { phase: 'build', ms: Math.max(0, total - report.elapsedMs) },
        { phase: 'analyze', ms: report.elapsedMs },
      );
      return report;
    },
    showBadge: (tabId, report) => timed(records, 'badge', () => deps.showBadge(tabId, report)),
  };
}

/** The dataset analysis's dependencies with the parts of its build timed into `records`. */
export function timeBuildPhases(deps: DatasetAnalysisDeps, records: PhaseRecord[]): DatasetAnalysisDeps {
  return {
    ...deps,
    store: async () => {
      const store = await timed(records, 'build:open-store', deps.store);
      return {
        ...store,
        list: () => timed(records, 'build:list', () => store.list()),
        loadCombination: (key) => timed(records, 'build:read-combination', () => store.loadCombination(key)),
        load: (ids) => timed(records, 'build:read-datasets', () => store.load(ids)),
        saveCombination: (made) => timed(records, 'build:save-combination', () => store.saveCombination(made)),
      };
    },
    prepareEngine: () => timed(records, 'build:engine-files', deps.prepareEngine),
    createAnalyzer: (claims, index) => {
      const open = 'build:open-analyzer';
      const analyzer = timePhase(recordAs(records, open), open, () => deps.createAnalyzer(claims, index));
      const { warmUp } = analyzer;
      if (!warmUp) return analyzer;
      return {
        analyze: (article: Article, options?: AnalyzeOptions) => analyzer.analyze(article, options),
        warmUp: () => timePhase(recordAs(records, 'build:warm-up'), 'build:warm-up', () => warmUp.call(analyzer)),
      };
    },
  };
}

/**
 * The records of this worker, kept on the global the bench reads, starting with how long the worker
 * took from its start to running its script (a service worker's clock starts when it starts).
 */
export function exposePhaseRecords(): PhaseRecord[] {
  const records: PhaseRecord[] = [{ phase: 'worker-start', ms: performance.now() }];
  (globalThis as Record<string, unknown>)[PHASES_GLOBAL] = records;
  return records;
}

/** The e2e worker's global saying whether its search by meaning runs on WebAssembly (`exposeWebAssemblyCheck`). */
export const WEBASSEMBLY_GLOBAL = '__provenanceWebAssembly';

/**
 * Keeps on WEBASSEMBLY_GLOBAL whether the worker's own code compiles its WebAssembly under the extension's
 * policy (e2e build only): a DevTools evaluation, as the e2e tests make, is exempt from the policy and
 * could not tell.
 */
export function exposeWebAssemblyCheck(): void {
  (globalThis as Record<string, unknown>)[WEBASSEMBLY_GLOBAL] = canRunInt8Dots();
}

/** `handler` with each call's time, from the message's arrival to its answer, recorded as `handler`. */
export function timeHandler<A extends unknown[], R>(
  handler: (...args: A) => Promise<R>,
  records: PhaseRecord[],
): (...args: A) => Promise<R> {
  return (...args) => timed(records, 'handler', () => handler(...args));
}

/** The global the e2e options page keeps its imports' phases under; `npm run bench:import` reads and empties it. */
export const IMPORT_PHASES_GLOBAL = '__provenanceImportPhases';

/** A clock keeping every import phase it is told on the options page's global, for the bench to read. */
export function exposeImportPhases(): PhaseClock {
  const records: PhaseTotal[] = [];
  (globalThis as Record<string, unknown>)[IMPORT_PHASES_GLOBAL] = records;
  return (phase, ms) => records.push({ phase, ms });
}

/** A clock keeping each phase it is told under its own name in `records` (the parts of `extract`). */
export function recordPhases(records: PhaseRecord[]): PhaseClock {
  return (phase, ms) => void records.push({ phase: phase as PhaseRecord['phase'], ms });
}
