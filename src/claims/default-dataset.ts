/**
 * The dataset the extension ships with, built from the seed articles by `npm run dataset`
 * (scripts/dataset/build-seeds.ts) and committed as assets/default-dataset.json.
 */
import committed from '../../assets/default-dataset.json';
import type { Dataset } from './dataset';
import { parseDataset } from './validate-dataset';

function load(): Dataset {
  const result = parseDataset(committed);
  // The asset is built and checked by our own script; if it is invalid here, the build is broken and
  // no user could fix it, so failing loudly at load beats shipping an extension that matches nothing.
  if (!result.ok)
    throw new Error(
      `assets/default-dataset.json is invalid (rebuild it with npm run dataset):\n${result.errors.join('\n')}`,
    );
  return result.dataset;
}

/** The embedded known-claims dataset, validated once when the module loads. */
export const defaultDataset: Dataset = load();
