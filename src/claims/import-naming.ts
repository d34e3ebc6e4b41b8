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

/** Hands out ids unique within one dataset: "author-dan-evon", then "author-dan-evon-2" for a clash. */
export function uniqueIds(): (wanted: string) => string {
  const used = new Set<string>();
  return (wanted) => {
    let id = wanted;
    for (let n = 2; used.has(id); n++) id = `${wanted}-${n}`;
    used.add(id);
    return id;
  };
}
