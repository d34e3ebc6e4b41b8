/**
 * The dataset the extension ships with, built from the seed articles by `npm run dataset`
 * (scripts/dataset/build-seeds.ts) and committed as assets/default-dataset.json.
 */
import committed from '../../assets/default-dataset.json';
import type { Dataset } from './dataset';
import { parseDataset } from './validate-dataset';

/**
 * The committed asset as a dataset; throws, listing each problem, when it is not one. Every Node process
 * that reads the assets calls it (src/assets/node-assets.ts, the build's config among them), so an invalid
 * asset never ships; a valid asset comes out unchanged (tests/unit/default-dataset.test.ts), so the
 * extension reads it as it is instead of validating it at every wake of its worker.
 */
export function loadDefaultDataset(value: unknown = committed): Dataset {
  const result = parseDataset(value);
  if (!result.ok)
    throw new Error(
      `assets/default-dataset.json is invalid (rebuild it with npm run dataset):\n${result.errors.join('\n')}`,
    );
  return result.dataset;
}

/** The embedded known-claims dataset, validated by every Node process that reads the assets (above). */
export const defaultDataset: Dataset = committed as unknown as Dataset;
