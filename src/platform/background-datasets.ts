/** The dataset analysis (dataset-analysis.ts) wired to the real storage areas and IndexedDB, for the background. */
import { browser } from 'wxt/browser';
import type { Dataset } from '../claims/dataset';
import type { PackedClaims } from '../engine/packed-claims';
import type { PackedClaimIndex } from '../match/pack-claim-index';
import {
  clearStoredReports,
  createDatasetAnalysis,
  type BuiltAnalyzer,
  type DatasetAnalysis,
  type DatasetAnalysisDeps,
} from './dataset-analysis';
import { createDatasetSettings } from './dataset-settings';
import { openDatasetStore, type DatasetStore } from './dataset-store';
import { BUILT_IN_INDEX_FILE, loadShippedAssets } from '../assets/shipped-assets';
import { decodeIndexFile } from '../match/index-file';
import { readPackagedFile } from './packaged-files';
import { engineFilesBuild, readThroughCopies } from './engine-files';
import { REPORTS_REVISION_KEY, storedRevision } from './current-report';

/**
 * The analysis over `builtIn` and the reader's enabled imports, with `createAnalyzer` as the engine;
 * `timeParts`, in the e2e build, times the parts of building the analyzer.
 */
export function createBrowserDatasetAnalysis(
  builtIn: Dataset,
  createAnalyzer: (claims: PackedClaims, index: PackedClaimIndex) => BuiltAnalyzer,
  timeParts: (deps: DatasetAnalysisDeps) => DatasetAnalysisDeps = (deps) => deps,
): DatasetAnalysis {
  const session = browser.storage.session;
  let store: Promise<DatasetStore> | null = null;
  const openStore = () => {
    const opening = (store ??= openDatasetStore());
    // A database that failed to open is tried again next time rather than cached as broken.
    opening.catch(() => {
      if (store === opening) store = null;
    });
    return opening;
  };
  const readEngineFile = readThroughCopies(openStore, readPackagedFile, engineFilesBuild());
  return createDatasetAnalysis(
    timeParts({
      builtIn,
      settings: createDatasetSettings(browser.storage.local),
      store: openStore,
      prepareEngine: () => loadShippedAssets(readEngineFile),
      builtInIndex: async () => decodeIndexFile(await readEngineFile(BUILT_IN_INDEX_FILE)),
      createAnalyzer,
      reports: {
        revision: async () => storedRevision((await session.get(REPORTS_REVISION_KEY))[REPORTS_REVISION_KEY]),
        setRevision: (revision) => session.set({ [REPORTS_REVISION_KEY]: revision }),
        clearAll: () => clearStoredReports(session),
      },
    }),
  );
}
