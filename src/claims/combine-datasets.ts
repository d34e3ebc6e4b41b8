/**
 * The enabled datasets as one input for the engine. Ids are only unique within a dataset, and the engine
 * keys sources by id (its self-match and office lookups), so every imported dataset's source and claim
 * ids are prefixed with the dataset's id; the built-in dataset keeps its own (the seeds' ids are what
 * evaluation and tests name). Dataset ids are unique in the store, and the built-in's is reserved.
 */
import type { Dataset } from './dataset';

/** The datasets to index. (A claim's fact-checker's verdict travels with the claim: see `JudgedMatch.review`.) */
export interface CombinedDatasets {
  datasets: Dataset[];
}

function prefixed(dataset: Dataset): Dataset {
  const prefix = `${dataset.id}/`;
  return {
    ...dataset,
    sources: dataset.sources.map((source) => ({
      ...source,
      id: prefix + source.id,
      claims: source.claims.map((claim) => ({ ...claim, id: prefix + claim.id })),
    })),
  };
}

/** `builtIn` (when enabled) and the imported datasets, with imported ids made unique across datasets. */
export function combineDatasets(builtIn: Dataset | null, imported: readonly Dataset[]): CombinedDatasets {
  const datasets = [
    ...(builtIn ? [builtIn] : []),
    ...imported.filter((dataset) => dataset.id !== builtIn?.id).map(prefixed),
  ];
  return { datasets };
}
