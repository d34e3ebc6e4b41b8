/**
 * The hand-written facts about each seed article (outlet, author, date) that its text does not state
 * in a form a script can read reliably. Kept in seeds-manifest.json beside this file.
 */
import { readFileSync } from 'node:fs';
import type { Source } from '../../src/claims/dataset';

/**
 * What the manifest says about one seed file: the source's fields except its claims, which the builder
 * extracts, plus the file name and a `note` on how each field was decided (kept out of the dataset).
 */
export type SeedEntry = Omit<Source, 'claims'> & { file: string; note: string };

/** The dataset's own identity and the seeds, in the order they are listed. */
export interface SeedManifest {
  dataset: { id: string; name: string; description: string | null };
  seeds: SeedEntry[];
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${where}: expected a non-empty string`);
  return value;
}

function textOrNull(value: unknown, where: string): string | null {
  return value === null ? null : text(value, where);
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${where}: expected an object`);
  return value as Record<string, unknown>;
}

/** Reads and checks the manifest; throws with the offending field named, since it is our own file. */
export function readSeedManifest(path: string): SeedManifest {
  const root = record(JSON.parse(readFileSync(path, 'utf8')) as unknown, path);
  const dataset = record(root.dataset, 'dataset');
  if (!Array.isArray(root.seeds)) throw new Error(`${path}: "seeds" must be a list`);
  const seeds = root.seeds.map((value: unknown, index): SeedEntry => {
    const seed = record(value, `seeds[${index}]`);
    const where = (field: string): string => `seeds[${index}].${field}`;
    return {
      file: text(seed.file, where('file')),
      id: text(seed.id, where('id')),
      outlet: text(seed.outlet, where('outlet')),
      author: textOrNull(seed.author, where('author')),
      publishedTime: textOrNull(seed.publishedTime, where('publishedTime')),
      url: textOrNull(seed.url, where('url')),
      title: textOrNull(seed.title, where('title')),
      note: text(seed.note, where('note')),
    };
  });
  return {
    dataset: {
      id: text(dataset.id, 'dataset.id'),
      name: text(dataset.name, 'dataset.name'),
      description: textOrNull(dataset.description ?? null, 'dataset.description'),
    },
    seeds,
  };
}
