/**
 * The engine's packaged files read through copies in IndexedDB (src/platform/engine-files.ts): the
 * package is read once per build, later wakes read the copy, another build's copy is never read, and a
 * store that fails only means reading the package.
 */
import { IDBFactory } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { openDatasetStore } from '../../src/platform/dataset-store';
import { readThroughCopies } from '../../src/platform/engine-files';

const FILES: Record<string, Uint8Array> = {
  'word-vectors.bin': new Uint8Array([1, 2, 3, 4]),
  'pair-model.json': new TextEncoder().encode('{"format":"x"}'),
};

/** The package, counting its reads by name. */
function packageReader() {
  const reads: string[] = [];
  const read = async (name: string) => {
    reads.push(name);
    const bytes = FILES[name];
    if (!bytes) throw new Error(`no ${name}`);
    return bytes.slice().buffer;
  };
  return { read, reads };
}

const settle = () => new Promise((wake) => setTimeout(wake, 20));
const bytesOf = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)];

test('the first read copies the file; a worker that wakes later reads the copy, not the package', async () => {
  const factory = new IDBFactory();
  const first = packageReader();
  const read = readThroughCopies(() => openDatasetStore(factory), first.read, 'build-a');
  expect(bytesOf(await read('word-vectors.bin'))).toEqual([1, 2, 3, 4]);
  expect(first.reads).toEqual(['word-vectors.bin']);
  await settle();

  const woken = packageReader();
  const again = readThroughCopies(() => openDatasetStore(factory), woken.read, 'build-a');
  expect(bytesOf(await again('word-vectors.bin'))).toEqual([1, 2, 3, 4]);
  expect(new TextDecoder().decode(await again('pair-model.json'))).toBe('{"format":"x"}');
  expect(woken.reads).toEqual(['pair-model.json']);
});

test('a copy made by another build is never read: an update reads its own package and replaces the copy', async () => {
  const factory = new IDBFactory();
  const store = await openDatasetStore(factory);
  await store.saveFile('word-vectors.bin', 'build-old', new Uint8Array([9, 9]).buffer);
  const updated = packageReader();
  const read = readThroughCopies(async () => store, updated.read, 'build-new');
  expect(bytesOf(await read('word-vectors.bin'))).toEqual([1, 2, 3, 4]);
  expect(updated.reads).toEqual(['word-vectors.bin']);
  await settle();
  expect(bytesOf((await store.loadFile('word-vectors.bin', 'build-new'))!)).toEqual([1, 2, 3, 4]);
  expect(await store.loadFile('word-vectors.bin', 'build-old')).toBeNull();
});

test('a store that cannot be opened, or no build to tag copies with, reads the package every time', async () => {
  for (const [store, build] of [
    [() => Promise.reject(new Error('IndexedDB is unavailable')), 'build-a'],
    [() => openDatasetStore(new IDBFactory()), undefined],
  ] as const) {
    const pkg = packageReader();
    const read = readThroughCopies(store, pkg.read, build);
    await read('word-vectors.bin');
    await settle();
    await read('word-vectors.bin');
    expect(pkg.reads).toEqual(['word-vectors.bin', 'word-vectors.bin']);
  }
});

test('a package that cannot be read fails the read with its own error, and stores nothing', async () => {
  const factory = new IDBFactory();
  const pkg = packageReader();
  const read = readThroughCopies(() => openDatasetStore(factory), pkg.read, 'build-a');
  await expect(read('missing.bin')).rejects.toThrow('no missing.bin');
  expect(await (await openDatasetStore(factory)).loadFile('missing.bin', 'build-a')).toBeNull();
});
