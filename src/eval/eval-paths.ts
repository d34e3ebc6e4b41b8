/** Where the harness finds the shared corpora and the repository's own seed files. */
import { resolve } from 'node:path';

/** The repository root (src/eval is two levels down). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** ../shared/data beside the repository, as the shared data README lays it out. */
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '..', 'shared', 'data');

/** The corpora inside the data directory. */
export function corpusPaths(dataDir: string) {
  return {
    fnc1: {
      bodies: resolve(dataDir, 'fnc-1', 'train_bodies.csv'),
      stances: resolve(dataDir, 'fnc-1', 'train_stances.csv'),
    },
    arc: {
      bodies: resolve(dataDir, 'arc', 'arc_bodies.csv'),
      stances: resolve(dataDir, 'arc', 'arc_stances_train.csv'),
    },
    checkthat: {
      vclaims: resolve(dataDir, 'checkthat-2022-2a', 'vclaims.jsonl'),
      queries: resolve(dataDir, 'checkthat-2022-2a', 'dev_queries.tsv'),
      qrels: resolve(dataDir, 'checkthat-2022-2a', 'dev_qrels.tsv'),
    },
  };
}

/** The committed seed fixtures and the golden file. */
export const SEED_FIXTURES_DIR = resolve(REPO_ROOT, 'tests', 'fixtures');
export const SEED_GOLDEN_PATH = resolve(REPO_ROOT, 'tests', 'golden', 'seed-links.json');
export const SEED_PAGES = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'] as const;
