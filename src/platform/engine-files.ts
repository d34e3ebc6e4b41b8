/**
 * The engine's packaged files (word vectors, pair model, built-in index) read through a copy in
 * IndexedDB: Chromium hands a waking worker a 3.2 MB file from the extension's package in ~130 ms, and
 * the same bytes stored in IndexedDB as a Blob in ~17 ms (docs/scale.md, "Session 10"). The first read
 * after an install or update fetches the package and stores a copy behind the answer; every copy is
 * tagged with the build it came from, so an update never reads an older build's file.
 */
import type { ReadShippedFile } from '../assets/shipped-assets';
import type { DatasetStore } from './dataset-store';

/**
 * The build's identity, a hash of the files it packaged (wxt.config.ts defines it); undefined where no
 * build defined it (Node, unit tests), and then nothing is copied.
 */
export function engineFilesBuild(): string | undefined {
  return (import.meta.env as { PROVENANCE_FILES_BUILD?: string }).PROVENANCE_FILES_BUILD;
}

/**
 * Reads a packaged file from `store`'s copy made by `build`, else from the package with `readPackage`
 * (and then copies it). A store that cannot be opened or read only means reading the package.
 */
export function readThroughCopies(
  store: () => Promise<Pick<DatasetStore, 'loadFile' | 'saveFile'>>,
  readPackage: ReadShippedFile,
  build: string | undefined,
): ReadShippedFile {
  if (build === undefined) return readPackage;
  return async (name) => {
    const opened = await store().catch(() => null);
    const copy = await opened?.loadFile(name, build).catch(() => null);
    if (copy) return copy;
    const bytes = await readPackage(name);
    // Behind the answer: the analysis does not wait for the copy, and a failed one is made next time.
    void opened?.saveFile(name, build, bytes).catch(() => undefined);
    return bytes;
  };
}
