/**
 * The user's imported datasets, in IndexedDB (the manifest asks for `unlimitedStorage`: CheckThat's
 * 14,231 claims alone are ~6 MB, and storage.local is no place for that). `datasets` holds each dataset
 * whole, `summaries` what the options page lists (so listing never reads the claims), `indexes` each
 * dataset's packed index, `combined` what the background made of the enabled ones, `files` copies of
 * the engine's packaged files. Every write covers
 * them in one transaction, so a failed import (a full disk) leaves the old data as it was, and nothing
 * made from a dataset outlives a change to it. The embedded default dataset is never stored here: it
 * ships with the extension and cannot be lost.
 */
import { DATASET_VERSION, type Dataset } from '../claims/dataset';
import { t } from '../i18n/messages';
import { summariseDataset, type DatasetOrigin, type DatasetSummary } from '../claims/dataset-summary';
import { DATASET_MIGRATIONS, migrateDataset, type DatasetMigration } from '../claims/migrate-dataset';
import { parseDataset } from '../claims/validate-dataset';
import { decodeTypedFile, encodeTypedFile } from '../match/index-file';
import type { PackedClaimIndex } from '../match/pack-claim-index';
import type { PackedMeaningParts } from '../match/meaning-index';
import type { PackedClaims } from '../engine/packed-claims';
import { openDatabase, requestResult, transactionDone } from './indexed-db';

const DB_NAME = 'provenance-datasets';
/** The database's own schema version (its object stores), not the dataset format's. */
const DB_VERSION = 4;
const DATASETS = 'datasets';
const SUMMARIES = 'summaries';
/**
 * Version 2: each dataset's packed claim index (src/match/claim-index.ts), keyed by dataset id, so the
 * background opens 100,000 claims in well under a second instead of analyzing every claim again.
 */
const INDEXES = 'indexes';
/**
 * Version 3: the enabled datasets' merged index and packed claims (one record, keyed by the combination
 * it was made for), so a waking worker reads one record instead of every dataset and index. Only the
 * latest is kept, and every write of a dataset clears it: it is made again from the datasets. The record
 * holds them as one file in a Blob (`CombinationRecord`): at 100,000 claims (34 MB) Chromium gave the
 * typed arrays back in ~490 ms as a record and the Blob's bytes in ~140 ms (docs/scale.md).
 */
const COMBINED = 'combined';
/** The combination file's tag and version (index-file.ts's layout). */
const COMBINATION_MAGIC = 'PVCC';
const COMBINATION_FILE_VERSION = 1;

/** What the `combined` store holds: the key, and the index and claims as one file. */
interface CombinationRecord {
  key: string;
  file: Blob;
}
/**
 * Version 4: copies of the engine's packaged files (word vectors, pair model, built-in index), keyed by
 * name and tagged with the build they came from. Chromium reads a 3.2 MB file from the extension's
 * package in ~130 ms and the same bytes stored here as a Blob in ~17 ms (docs/scale.md), and a waking
 * worker reads them on every wake.
 */
const FILES = 'files';

/** A packaged file's copy: its bytes, and the build (`engineFilesBuild`) they were copied from. */
interface StoredFile {
  name: string;
  build: string;
  bytes: Blob;
}

/** The enabled datasets' claims and merged index as the background stores them, keyed by their combination. */
export interface StoredCombination {
  key: string;
  index: PackedClaimIndex;
  claims: PackedClaims;
}

/** How a write went; a full disk is told apart because the reader can do something about it. */
export type StoreResult = { ok: true } | { ok: false; reason: 'quota' | 'error'; message: string };

/** How saving a dataset went: when it was saved, the stamp its summary was given (what `addMeaning` checks). */
export type SaveResult = { ok: true; stamp: string } | Extract<StoreResult, { ok: false }>;

/**
 * How adding a part by meaning went: `added`, or `skipped` when the dataset is no longer the copy it was
 * packed from (replaced, deleted, or its index gone), or a failed write.
 */
export type AddMeaningResult = { ok: true; added: boolean } | Extract<StoreResult, { ok: false }>;

/** The stored datasets. */
export interface DatasetStore {
  /** Every stored dataset's summary, by name. */
  list(): Promise<DatasetSummary[]>;
  /** The stored dataset `id` as it is stored, or null. */
  get(id: string): Promise<Dataset | null>;
  /** The datasets among `ids` that can be used (stored, current format, no problem), in the order asked. */
  load(ids: readonly string[]): Promise<Dataset[]>;
  /** Stores `dataset` (replacing one with its id), its summary and its packed index, in one transaction. */
  save(
    dataset: Dataset,
    origin: DatasetOrigin,
    index?: PackedClaimIndex,
    options?: { meaningPending?: boolean },
  ): Promise<SaveResult>;
  /**
   * Adds `meaning` to the stored index of dataset `id`, only while its summary's stamp is still `stamp`;
   * in one transaction with a new stamp, the pending mark cleared and the stored combination dropped.
   */
  addMeaning(id: string, stamp: string, meaning: PackedMeaningParts): Promise<AddMeaningResult>;
  /** The packed index stored for dataset `id`, or null (none yet, or unreadable). */
  loadIndex(id: string): Promise<PackedClaimIndex | null>;
  /** Stores a packed index for a stored dataset `id` (one packed after the fact, or by a newer analysis). */
  saveIndex(id: string, index: PackedClaimIndex): Promise<StoreResult>;
  /** Deletes dataset `id`, its summary and its index. */
  remove(id: string): Promise<StoreResult>;
  /** The combination stored under `key`, or null (none, another combination's, or unreadable). */
  loadCombination(key: string): Promise<StoredCombination | null>;
  /** Stores `combination` in place of any other. */
  saveCombination(combination: StoredCombination): Promise<StoreResult>;
  /** The stored copy of packaged file `name` made from `build`, or null (none, another build's, unreadable). */
  loadFile(name: string, build: string): Promise<ArrayBuffer | null>;
  /** Stores a copy of packaged file `name` from `build`, in place of any other copy of it. */
  saveFile(name: string, build: string, bytes: ArrayBuffer): Promise<StoreResult>;
  close(): void;
}

/** How stored datasets are upgraded; injected so tests can upgrade to a made-up version. */
export interface StoreUpgrade {
  migrations: readonly DatasetMigration[];
  targetVersion: number;
  validate(value: unknown): { ok: true; dataset: Dataset } | { ok: false; errors: string[] };
}

const CURRENT: StoreUpgrade = {
  migrations: DATASET_MIGRATIONS,
  targetVersion: DATASET_VERSION,
  validate: parseDataset,
};

/**
 * Chromium's words when the disk itself refused a write. With `unlimitedStorage` there is no quota to
 * exceed, so a full disk surfaces this way (measured: `DataError: Failed to write blobs (IOError)`), not
 * as a QuotaExceededError.
 */
const DISK_ERROR = /\bIO ?Error\b|\bdisk\b|no space/i;

/** A token no other write has had (see `DatasetSummary.stamp`). */
function newStamp(): string {
  return crypto.randomUUID();
}

function failure(error: unknown): StoreResult {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') {
    return {
      ok: false,
      reason: 'quota',
      message: t('storeNoSpace'),
    };
  }
  if (DISK_ERROR.test(detail)) {
    return {
      ok: false,
      reason: 'quota',
      message: t('storeDiskFull', detail),
    };
  }
  return { ok: false, reason: 'error', message: t('storeSaveFailed', detail) };
}

/**
 * Runs `writes` in one read-write transaction over every store. A write that throws at once (a value the
 * browser cannot store, a quota it knows is exceeded) aborts the transaction, so the writes queued before
 * it are undone too: the reader's old data stays as it was.
 */
async function write(
  db: IDBDatabase,
  writes: (transaction: IDBTransaction) => void,
  stores: string[] = [DATASETS, SUMMARIES, INDEXES, COMBINED],
): Promise<StoreResult> {
  let transaction: IDBTransaction | null = null;
  let done: Promise<void> | null = null;
  try {
    transaction = db.transaction(stores, 'readwrite');
    done = transactionDone(transaction);
    writes(transaction);
    await done;
    return { ok: true };
  } catch (error) {
    done?.catch(() => undefined);
    try {
      transaction?.abort();
    } catch {
      // Already finished or aborted by the browser: nothing was committed either way.
    }
    return failure(error);
  }
}

/**
 * The value under `key` in `store`, or null when there is none or it cannot be read: what is read this
 * way (an index, a combination) is made again from the datasets when missing.
 */
async function readOrNull<T>(db: IDBDatabase, store: string, key: string): Promise<T | null> {
  try {
    return (
      (await requestResult(db.transaction(store).objectStore(store).get(key) as IDBRequest<T | undefined>)) ?? null
    );
  } catch {
    return null;
  }
}

/**
 * Upgrades every stored dataset in an older format version, each in its own transaction. One that
 * cannot be upgraded is kept exactly as it was, with the reason in its summary, for the reader to export
 * or delete: an upgrade never loses what a user imported.
 */
async function upgradeStored(db: IDBDatabase, upgrade: StoreUpgrade): Promise<void> {
  const summaries = await requestResult(
    db.transaction(SUMMARIES).objectStore(SUMMARIES).getAll() as IDBRequest<DatasetSummary[]>,
  );
  for (const summary of summaries.filter((s) => s.version < upgrade.targetVersion && s.problem === null)) {
    const stored = await requestResult(
      db.transaction(DATASETS).objectStore(DATASETS).get(summary.id) as IDBRequest<Dataset | undefined>,
    );
    if (!stored) continue;
    const migrated = migrateDataset(stored, upgrade.migrations, upgrade.targetVersion);
    const checked = migrated.ok ? upgrade.validate(migrated.value) : { ok: false as const, errors: [migrated.error] };
    const transaction = db.transaction([DATASETS, SUMMARIES, INDEXES, COMBINED], 'readwrite');
    if (checked.ok) {
      transaction.objectStore(DATASETS).put(checked.dataset);
      // Packed from the old claims: packed again on use.
      transaction.objectStore(INDEXES).delete(summary.id);
      transaction.objectStore(COMBINED).clear();
      transaction.objectStore(SUMMARIES).put({ ...summariseDataset(checked.dataset, summary), stamp: newStamp() });
    } else {
      const problem = t('datasetUpgradeFailed', String(upgrade.targetVersion), checked.errors.slice(0, 3).join('; '));
      transaction.objectStore(SUMMARIES).put({ ...summary, problem });
    }
    await transactionDone(transaction);
  }
}

/** Opens the store (creating it on first use) and upgrades datasets stored in an older format. */
export async function openDatasetStore(
  factory: IDBFactory = indexedDB,
  upgrade: StoreUpgrade = CURRENT,
): Promise<DatasetStore> {
  const db = await openDatabase(factory, DB_NAME, DB_VERSION, (database, oldVersion) => {
    if (oldVersion < 1) {
      database.createObjectStore(DATASETS, { keyPath: 'id' });
      database.createObjectStore(SUMMARIES, { keyPath: 'id' });
    }
    // Datasets stored before version 2 have no index: the background packs one on first use.
    if (oldVersion < 2) database.createObjectStore(INDEXES);
    if (oldVersion < 3) database.createObjectStore(COMBINED, { keyPath: 'key' });
    if (oldVersion < 4) database.createObjectStore(FILES, { keyPath: 'name' });
  });
  // A newer Provenance (in another page) upgrading the schema must not wait on this connection.
  db.onversionchange = () => db.close();
  await upgradeStored(db, upgrade);

  return {
    async list() {
      const summaries = await requestResult(
        db.transaction(SUMMARIES).objectStore(SUMMARIES).getAll() as IDBRequest<DatasetSummary[]>,
      );
      return summaries.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    },
    async get(id) {
      return (
        (await requestResult(
          db.transaction(DATASETS).objectStore(DATASETS).get(id) as IDBRequest<Dataset | undefined>,
        )) ?? null
      );
    },
    async load(ids) {
      const transaction = db.transaction([DATASETS, SUMMARIES]);
      const found = await Promise.all(
        ids.map(async (id) => {
          const summary = await requestResult(
            transaction.objectStore(SUMMARIES).get(id) as IDBRequest<DatasetSummary | undefined>,
          );
          if (!summary || summary.problem !== null || summary.version !== upgrade.targetVersion) return null;
          return (
            (await requestResult(transaction.objectStore(DATASETS).get(id) as IDBRequest<Dataset | undefined>)) ?? null
          );
        }),
      );
      return found.filter((dataset): dataset is Dataset => dataset !== null);
    },
    async save(dataset, origin, index, options) {
      const stamp = newStamp();
      const written = await write(db, (transaction) => {
        transaction.objectStore(DATASETS).put(dataset);
        const pending = options?.meaningPending ? { meaningPending: true } : {};
        transaction.objectStore(SUMMARIES).put({ ...summariseDataset(dataset, origin), stamp, ...pending });
        // A replaced dataset's old index must not outlive it, nor any combination made with it.
        if (index) transaction.objectStore(INDEXES).put(index, dataset.id);
        else transaction.objectStore(INDEXES).delete(dataset.id);
        transaction.objectStore(COMBINED).clear();
      });
      return written.ok ? { ok: true, stamp } : written;
    },
    async addMeaning(id, stamp, meaning) {
      let added = false;
      const written = await write(db, (transaction) => {
        const summaries = transaction.objectStore(SUMMARIES);
        const indexes = transaction.objectStore(INDEXES);
        // Read and written in the same transaction, so no save or delete can come between the check and the write.
        const summaryRead = summaries.get(id) as IDBRequest<DatasetSummary | undefined>;
        summaryRead.onsuccess = () => {
          const summary = summaryRead.result;
          if (summary?.stamp !== stamp) return;
          const indexRead = indexes.get(id) as IDBRequest<PackedClaimIndex | undefined>;
          indexRead.onsuccess = () => {
            const index = indexRead.result;
            if (!index) return;
            indexes.put({ ...index, meaning }, id);
            const { meaningPending: _, ...rest } = summary;
            summaries.put({ ...rest, stamp: newStamp() });
            // Made with the index as it was: made again, with the part by meaning, on the next build.
            transaction.objectStore(COMBINED).clear();
            added = true;
          };
        };
      });
      return written.ok ? { ok: true, added } : written;
    },
    loadIndex: (id) => readOrNull<PackedClaimIndex>(db, INDEXES, id),
    saveIndex: (id, index) =>
      write(db, (transaction) => {
        transaction.objectStore(INDEXES).put(index, id);
      }),
    remove: (id) =>
      write(db, (transaction) => {
        transaction.objectStore(DATASETS).delete(id);
        transaction.objectStore(SUMMARIES).delete(id);
        transaction.objectStore(INDEXES).delete(id);
        transaction.objectStore(COMBINED).clear();
      }),
    async loadCombination(key) {
      const stored = await readOrNull<CombinationRecord>(db, COMBINED, key);
      // A record of an older form (the arrays themselves) is made again, like any other it cannot read.
      if (stored?.key !== key || !(stored.file instanceof Blob)) return null;
      try {
        const { index, claims } = decodeTypedFile(
          await stored.file.arrayBuffer(),
          COMBINATION_MAGIC,
          COMBINATION_FILE_VERSION,
          'stored combination',
        ) as Omit<StoredCombination, 'key'>;
        return { key, index, claims };
      } catch {
        return null;
      }
    },
    saveCombination: ({ key, index, claims }) => {
      const bytes = encodeTypedFile({ index, claims }, COMBINATION_MAGIC, COMBINATION_FILE_VERSION);
      return write(db, (transaction) => {
        const combined = transaction.objectStore(COMBINED);
        combined.clear();
        combined.put({ key, file: new Blob([bytes]) } satisfies CombinationRecord);
      });
    },
    async loadFile(name, build) {
      const stored = await readOrNull<StoredFile>(db, FILES, name);
      if (stored?.build !== build || !(stored.bytes instanceof Blob)) return null;
      return stored.bytes.arrayBuffer();
    },
    saveFile: (name, build, bytes) =>
      // Its own transaction: a copy of a packaged file never waits on, or holds up, a dataset's write.
      write(
        db,
        (transaction) => {
          transaction.objectStore(FILES).put({ name, build, bytes: new Blob([bytes]) } satisfies StoredFile);
        },
        [FILES],
      ),
    close: () => db.close(),
  };
}
