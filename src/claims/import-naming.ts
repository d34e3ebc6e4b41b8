/** Ids and names for imported datasets and their sources, made from file names and people's names. */
import type { ImportOptions } from './import-result';

/** "Snopes fact-checks (2021).json" → "snopes-fact-checks-2021-json"; empty when nothing is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** The file name without folders or its last extension: "a/b/vclaims.jsonl" → "vclaims". */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).trim() || 'dataset';
}

/** The id and name an imported dataset gets: the caller's, else made from the file name. */
export function datasetIdentity(options: ImportOptions): { id: string; name: string } {
  const name = options.name?.trim() || baseName(options.fileName);
  return { id: options.id?.trim() || slugify(baseName(options.fileName)) || 'imported', name };
}

/**
 * Hands out ids unique within one dataset: "author-dan-evon", then "author-dan-evon-2" for a clash. Each wanted id
 * remembers the last number it was given, so a name asked for again goes on from there: many authors whose names all
 * slug to one id (every name in Chinese script is "author-unnamed") would else try every number already given, each
 * time: quadratic in the clashes (docs/scale.md, *Measurements behind the code's shape*).
 */
export function uniqueIds(): (wanted: string) => string {
  const used = new Set<string>();
  const lastNumber = new Map<string, number>();
  return (wanted) => {
    let id = wanted;
    let n = lastNumber.get(wanted) ?? 1;
    // The numbers tried before for `wanted` are all taken still (an id once given stays given).
    while (used.has(id)) id = `${wanted}-${++n}`;
    if (n > 1) lastNumber.set(wanted, n);
    used.add(id);
    return id;
  };
}
