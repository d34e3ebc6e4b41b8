/**
 * `npm run dataset [-- --seeds DIR]`: rebuilds assets/default-dataset.json from the seed articles in
 * ../shared/seeds (or DIR) and the manifest beside this script. See docs/dataset-format.md.
 */
import { writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceName } from '../../src/claims/source-name';
import { buildDataset } from './build-dataset';
import { readSeedManifest } from './seed-manifest';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');

/** `--seeds DIR` when given, else the shared seeds folder beside the repository. */
function seedsDirFrom(args: readonly string[]): string {
  const flag = args.indexOf('--seeds');
  const given = flag >= 0 ? args[flag + 1] : undefined;
  return given ? resolve(given) : resolve(repoRoot, '../shared/seeds');
}

/** Builds the default dataset; returns the process exit code. */
export function buildSeeds(args: readonly string[]): number {
  const seedsDir = seedsDirFrom(args);
  const manifest = readSeedManifest(resolve(here, 'seeds-manifest.json'));
  const built = buildDataset(seedsDir, manifest);
  if (!built.ok) {
    console.error(`npm run dataset: ${built.error}`);
    return 1;
  }
  const output = resolve(repoRoot, 'assets/default-dataset.json');
  writeFileSync(output, built.json);
  for (const source of built.dataset.sources) {
    const attributed = source.claims.filter((claim) => claim.attribution !== null).length;
    const basis = source.basedOn ? `, based on ${source.basedOn}` : '';
    console.log(
      `${source.id}  ${String(source.claims.length).padStart(3)} claims (${attributed} attributed)  ${sourceName(source)}${basis}`,
    );
  }
  console.log(`wrote ${relative(process.cwd(), output)}`);
  return 0;
}
