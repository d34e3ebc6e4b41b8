/**
 * Seeds + manifest → the default dataset, as a value and as the exact bytes committed in
 * assets/default-dataset.json. No clock, no randomness, no file-system order: the same seeds always give
 * the same bytes, so a rebuild shows up in `git diff` only when something really changed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FORMAT, DATASET_VERSION, type Dataset, type Source } from '../../src/claims/dataset';
import { serializeDataset } from '../../src/claims/serialize-dataset';
import { parseDataset } from '../../src/claims/validate-dataset';
import { findWireCredit } from '../../src/provenance/wire-credit';
import type { SeedManifest } from './seed-manifest';
import { selectClaims } from './select-claims';
import { stripChrome } from './strip-chrome';

/** A build that could not finish, with a message for the person running `npm run dataset`. */
export type BuildResult = { ok: true; dataset: Dataset; json: string } | { ok: false; error: string };

// The committed form is also what the options page exports, so it lives with the dataset code.
export { serializeDataset } from '../../src/claims/serialize-dataset';

/** Every seed file has a manifest entry and every entry a file; a mismatch is named, not skipped. */
function checkSeedFiles(seedsDir: string, manifest: SeedManifest): string | null {
  if (!existsSync(seedsDir)) {
    return `no seed articles at ${seedsDir}: the builder reads ../shared/seeds/*.txt beside the repository`;
  }
  const files = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  if (files.length === 0) return `no .txt seed articles in ${seedsDir}`;
  const listed = new Set(manifest.seeds.map((seed) => seed.file));
  const unlisted = files.filter((name) => !listed.has(name));
  const missing = manifest.seeds.filter((seed) => !files.includes(seed.file)).map((seed) => seed.file);
  if (unlisted.length > 0)
    return `seeds not in scripts/dataset/seeds-manifest.json: ${unlisted.join(', ')} (add their outlet, author and date)`;
  if (missing.length > 0) return `seeds-manifest.json lists files missing from ${seedsDir}: ${missing.join(', ')}`;
  return null;
}

/** Builds the dataset from `seedsDir` and checks it with the same validator the extension uses. */
export function buildDataset(seedsDir: string, manifest: SeedManifest): BuildResult {
  const problem = checkSeedFiles(seedsDir, manifest);
  if (problem) return { ok: false, error: problem };
  const sources: Source[] = [...manifest.seeds]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((seed) => {
      const page = readFileSync(join(seedsDir, seed.file), 'utf8');
      const paragraphs = stripChrome(page, { outlet: seed.outlet, author: seed.author });
      const claims = selectClaims(seed.id, paragraphs);
      const basedOn = findWireCredit({ outlet: seed.outlet, author: seed.author, paragraphs, claims });
      return {
        id: seed.id,
        outlet: seed.outlet,
        author: seed.author,
        ...(basedOn ? { basedOn } : {}),
        publishedTime: seed.publishedTime,
        url: seed.url,
        title: seed.title,
        claims,
      };
    });
  const empty = sources.filter((source) => source.claims.length === 0).map((source) => source.id);
  if (empty.length > 0)
    return { ok: false, error: `no claims found in ${empty.join(', ')}: is the chrome filter cutting the article?` };
  const dataset: Dataset = { format: DATASET_FORMAT, version: DATASET_VERSION, ...manifest.dataset, sources };
  const checked = parseDataset(dataset);
  if (!checked.ok)
    return { ok: false, error: `the built dataset does not validate:\n  ${checked.errors.join('\n  ')}` };
  if (checked.warnings.length > 0)
    return { ok: false, error: `the built dataset has warnings:\n  ${checked.warnings.join('\n  ')}` };
  return { ok: true, dataset: checked.dataset, json: serializeDataset(checked.dataset) };
}
