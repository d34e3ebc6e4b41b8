/**
 * The IndexedDB store over fake-indexeddb: what is saved is listed and loaded, a failed write changes
 * nothing, and datasets stored in an older format are upgraded on open, or kept untouched when they
 * cannot be.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Dataset } from '../../src/claims/dataset';
import type { DatasetMigration } from '../../src/claims/migrate-dataset';
import { packClaimIndex } from '../../src/match/pack-claim-index';
import { packClaims } from '../../src/engine/packed-claims';
import {
  openDatasetStore,
  type DatasetStore,
  type StoredCombination,
  type StoreUpgrade,
} from '../../src/platform/dataset-store';

const V1 = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'datasets', 'provenance-v1.json'), 'utf8'),
) as Dataset;
const ORIGIN = {
  fileName: 'provenance-v1.json',
  importFormat: 'provenance' as const,
  importedAt: '2024-06-01T10:00:00.000Z',
};

let factory: IDBFactory;
beforeEach(() => {
  factory = new IDBFactory();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The datasets' database as schema version `version` (1–3) made it, empty, still open. */
async function olderDatabase(factory: IDBFactory, version: 1 | 2 | 3): Promise<IDBDatabase> {
  const request = factory.open('provenance-datasets', version);
  request.onupgradeneeded = () => {
    request.result.createObjectStore('datasets', { keyPath: 'id' });
    request.result.createObjectStore('summaries', { keyPath: 'id' });
    if (version >= 2) request.result.createObjectStore('indexes');
    if (version >= 3) request.result.createObjectStore('combined', { keyPath: 'key' });
  };
  return new Promise<IDBDatabase>((done) => (request.onsuccess = () => done(request.result)));
}

describe('dataset store', () => {
  test('a packed index is stored with its dataset, replaced or dropped with it, and deleted with it', async () => {
    const store = await openDatasetStore(factory);
    expect(await store.loadIndex(V1.id)).toBeNull();
    const index = packClaimIndex([V1]);
    await store.save(V1, ORIGIN, index);
    expect(await store.loadIndex(V1.id)).toEqual(index);
    // Saved again without one (a replaced dataset): the old index must not describe the new claims.
    await store.save({ ...V1, sources: V1.sources.slice(0, 1) }, ORIGIN);
    expect(await store.loadIndex(V1.id)).toBeNull();
    expect(await store.saveIndex(V1.id, index)).toEqual({ ok: true });
    expect(await store.loadIndex(V1.id)).toEqual(index);
    await store.remove(V1.id);
    expect(await store.loadIndex(V1.id)).toBeNull();
  });

  test('a database made before indexes were stored opens, keeps its datasets, and has no index yet', async () => {
    (await olderDatabase(factory, 1)).close();
    const first = await openDatasetStore(factory);
    await first.save(V1, ORIGIN);
    first.close();
    const store = await openDatasetStore(factory);
    expect(await store.get(V1.id)).toEqual(V1);
    expect(await store.loadIndex(V1.id)).toBeNull();
  });

  test('a saved dataset is listed with its counts, versions and outlets, and loads back unchanged', async () => {
    const store = await openDatasetStore(factory);
    expect(await store.save(V1, ORIGIN)).toEqual({ ok: true, stamp: expect.any(String) });
    expect(await store.list()).toEqual([
      {
        id: 'fixture-v1',
        name: 'Format version 1 fixture',
        description: V1.description,
        version: 1,
        sourceCount: 2,
        claimCount: 3,
        reviewedCount: 1,
        outlets: [
          { outlet: 'Example Wire', claims: 2 },
          { outlet: 'Example Fact Check', claims: 1 },
        ],
        moreOutlets: 0,
        ...ORIGIN,
        problem: null,
        stamp: expect.any(String),
      },
    ]);
    expect(await store.load(['fixture-v1', 'missing'])).toEqual([V1]);
    store.close();
    // Another connection (the background's) sees the same data.
    const again = await openDatasetStore(factory);
    expect(await again.get('fixture-v1')).toEqual(V1);
  });

  test('saving a dataset with a stored id replaces it; removing deletes it and its summary', async () => {
    const store = await openDatasetStore(factory);
    await store.save(V1, ORIGIN);
    await store.save({ ...V1, name: 'Renamed', sources: V1.sources.slice(0, 1) }, ORIGIN);
    expect((await store.list()).map((s) => [s.name, s.claimCount])).toEqual([['Renamed', 2]]);
    expect(await store.remove('fixture-v1')).toEqual({ ok: true });
    expect(await store.list()).toEqual([]);
    expect(await store.get('fixture-v1')).toBeNull();
  });

  test('a quota error leaves the old data intact and says what happened', async () => {
    const store = await openDatasetStore(factory);
    await store.save(V1, ORIGIN);
    const put = IDBObjectStore.prototype.put;
    // The dataset's put succeeds, the summary's fails: the whole transaction must be undone.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'summaries') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const bigger: Dataset = {
      ...V1,
      name: 'Bigger',
      sources: [
        ...V1.sources,
        {
          ...V1.sources[0]!,
          id: 'wire-2',
          claims: [{ id: 'x#1', text: 'Another claim that is long enough.', attribution: null }],
        },
      ],
    };
    const result = await store.save(bigger, ORIGIN);
    expect(result).toMatchObject({
      ok: false,
      reason: 'quota',
      message: expect.stringContaining('Nothing was changed'),
    });
    vi.restoreAllMocks();
    expect(await store.get('fixture-v1')).toEqual(V1);
    expect((await store.list()).map((s) => s.name)).toEqual(['Format version 1 fixture']);
  });

  test('a full disk, which Chromium reports as an I/O error when quota is unlimited, says so and changes nothing', async () => {
    const store = await openDatasetStore(factory);
    await store.save(V1, ORIGIN);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Failed to write blobs (IOError)', 'DataError');
    });
    const result = await store.save({ ...V1, name: 'Renamed' }, ORIGIN);
    vi.restoreAllMocks();
    expect(result).toEqual({
      ok: false,
      reason: 'quota',
      message:
        'The dataset could not be written to this device’s disk, which may be full (Failed to write blobs (IOError)). Nothing was changed: free some disk space or import a smaller file.',
    });
    expect(await store.get('fixture-v1')).toEqual(V1);
  });
});

describe('upgrading stored datasets', () => {
  /** A made-up format version 2 that renames `description` to `summary`, with a validator that knows it. */
  const TO_V2: DatasetMigration = {
    from: 1,
    migrate: ({ description, ...rest }) => ({ ...rest, summary: description }),
  };
  const V2: StoreUpgrade = {
    migrations: [TO_V2],
    targetVersion: 2,
    validate: (value) => ({ ok: true, dataset: value as Dataset }),
  };

  test('a version 1 dataset is upgraded on open, without loss, and stays usable', async () => {
    const old = await openDatasetStore(factory);
    await old.save(V1, ORIGIN);
    old.close();
    const store = await openDatasetStore(factory, V2);
    const upgraded = (await store.get('fixture-v1')) as unknown as Record<string, unknown>;
    expect(upgraded).toMatchObject({ version: 2, summary: V1.description, sources: V1.sources });
    expect((await store.list())[0]).toMatchObject({
      version: 2,
      claimCount: 3,
      problem: null,
      fileName: ORIGIN.fileName,
    });
    expect(await store.load(['fixture-v1'])).toHaveLength(1);
  });

  test('a dataset that cannot be upgraded is kept as it was, marked with the reason, and not used', async () => {
    const old = await openDatasetStore(factory);
    await old.save(V1, ORIGIN);
    old.close();
    const broken: StoreUpgrade = { ...V2, validate: () => ({ ok: false, errors: ['summary: expected a string'] }) };
    const store = await openDatasetStore(factory, broken);
    expect(await store.get('fixture-v1')).toEqual(V1);
    expect((await store.list())[0]!.problem).toBe(
      'It could not be upgraded to format version 2: summary: expected a string',
    );
    expect(await store.load(['fixture-v1'])).toEqual([]);
  });
});

describe('the stored combination of the enabled datasets', () => {
  const combination = (key: string): StoredCombination => ({
    key,
    index: packClaimIndex([V1]),
    claims: packClaims([V1]),
  });
  const stampOf = async (store: DatasetStore) => (await store.list())[0]!.stamp;

  test('is read back under its key only, and only the latest is kept', async () => {
    const store = await openDatasetStore(factory);
    expect(await store.saveCombination(combination('a'))).toEqual({ ok: true });
    expect(await store.loadCombination('a')).toEqual(combination('a'));
    expect(await store.loadCombination('b')).toBeNull();
    await store.saveCombination(combination('b'));
    expect(await store.loadCombination('a')).toBeNull();
    expect((await store.loadCombination('b'))?.key).toBe('b');
  });

  test.each([
    ['importing a dataset', (store: DatasetStore) => store.save(V1, ORIGIN)],
    ['replacing a dataset', (store: DatasetStore) => store.save({ ...V1, name: 'Renamed' }, ORIGIN)],
    ['deleting a dataset', (store: DatasetStore) => store.remove(V1.id)],
  ])('is dropped by %s, in the same transaction', async (_name, change) => {
    const store = await openDatasetStore(factory);
    await store.save(V1, ORIGIN);
    await store.saveCombination(combination('current'));
    await change(store);
    expect(await store.loadCombination('current')).toBeNull();
  });

  test('every write of a dataset gives it a new stamp, an upgrade included, so a combination keyed by the old one is not found', async () => {
    const store = await openDatasetStore(factory);
    await store.save(V1, ORIGIN);
    const first = await stampOf(store);
    await store.save(V1, ORIGIN);
    const second = await stampOf(store);
    store.close();
    const upgraded = await openDatasetStore(factory, {
      migrations: [{ from: 1, migrate: (dataset) => dataset }],
      targetVersion: 2,
      validate: (value) => ({ ok: true, dataset: value as Dataset }),
    });
    const third = await stampOf(upgraded);
    expect(new Set([first, second, third]).size).toBe(3);
  });

  test('a database made before combinations were stored opens with its datasets and indexes, and no combination', async () => {
    (await olderDatabase(factory, 2)).close();
    const first = await openDatasetStore(factory);
    await first.save(V1, ORIGIN, packClaimIndex([V1]));
    first.close();
    const store = await openDatasetStore(factory);
    expect(await store.get(V1.id)).toEqual(V1);
    expect(await store.loadIndex(V1.id)).not.toBeNull();
    expect(await store.loadCombination('anything')).toBeNull();
  });

  test('is kept as one file in a Blob, and a damaged file is not read (the combination is made again)', async () => {
    const store = await openDatasetStore(factory);
    await store.saveCombination(combination('a'));
    store.close();
    const opening = factory.open('provenance-datasets');
    const db = await new Promise<IDBDatabase>((done) => (opening.onsuccess = () => done(opening.result)));
    const record = await new Promise<{ key: string; file: unknown }>((done) => {
      const request = db.transaction('combined').objectStore('combined').get('a');
      request.onsuccess = () => done(request.result);
    });
    expect(record.file).toBeInstanceOf(Blob);
    const bytes = new Uint8Array(await (record.file as Blob).arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('PVCC');
    const spoilt = db.transaction('combined', 'readwrite');
    spoilt.objectStore('combined').put({ key: 'a', file: new Blob([bytes.subarray(0, bytes.length - 64)]) });
    await new Promise((done) => (spoilt.oncomplete = done));
    db.close();
    expect(await (await openDatasetStore(factory)).loadCombination('a')).toBeNull();
  });

  test('a database made before packaged files were copied keeps its datasets, reads no combination of the older form, and has no copies', async () => {
    const old = await olderDatabase(factory, 3);
    const written = old.transaction('combined', 'readwrite');
    written.objectStore('combined').put({ key: 'k', marker: 1 });
    await new Promise((done) => (written.oncomplete = done));
    old.close();
    const store = await openDatasetStore(factory);
    expect(await store.loadCombination('k')).toBeNull();
    expect(await store.loadFile('word-vectors.bin', 'any')).toBeNull();
    expect(await store.saveFile('word-vectors.bin', 'b', new Uint8Array([7]).buffer)).toEqual({ ok: true });
    expect([...new Uint8Array((await store.loadFile('word-vectors.bin', 'b'))!)]).toEqual([7]);
  });
});
