/**
 * Imports that were started and never finished: the options page was closed or reloaded mid-import,
 * which ends its worker. Each import is written down in `storage.local` when it starts, under a Web
 * Lock held for as long as it runs, and struck off when it ends. A page opening later finds the entries
 * whose lock nobody holds (an import still running in another options tab holds its own) and tells the
 * reader those did not finish. Saving is one IndexedDB transaction, so such an import stored all of its
 * dataset or none of it.
 */
import type { StorageAreaLike } from '../platform/report-store';

const KEY = 'pendingImports';
const LOCK_PREFIX = 'provenance-import:';

/** An unfinished import as recorded: the file's name and when it started. */
export interface PendingImport {
  fileName: string;
  startedAt: string;
}

/** The part of the Web Locks API used here (`navigator.locks`). */
export interface LocksLike {
  request(name: string, callback: () => Promise<void>): Promise<void>;
  query(): Promise<{ held?: Array<{ name?: string }> }>;
}

/** Recording imports while they run, and finding the ones that were cut off. */
export interface PendingImports {
  /** Runs `job` as the import of `fileName`, written down until it settles. */
  track<T>(fileName: string, job: () => Promise<T>): Promise<T>;
  /** The imports cut off before they finished (and not running elsewhere now), struck off as they are told. */
  takeInterrupted(): Promise<PendingImport[]>;
}

type Entries = Record<string, PendingImport>;

/** Pending imports in `area` (storage.local), locked with `locks` (navigator.locks). */
export function createPendingImports(
  area: Pick<StorageAreaLike, 'get' | 'set'>,
  locks: LocksLike,
  now: () => string,
  token: () => string,
): PendingImports {
  const read = async (): Promise<Entries> => {
    const value = (await area.get(KEY))[KEY];
    return typeof value === 'object' && value !== null ? (value as Entries) : {};
  };
  const change = async (edit: (entries: Entries) => void) => {
    const entries = { ...(await read()) };
    edit(entries);
    await area.set({ [KEY]: entries });
  };
  return {
    async track(fileName, job) {
      const id = token();
      let result: { value: Awaited<ReturnType<typeof job>> } | null = null;
      await locks.request(`${LOCK_PREFIX}${id}`, async () => {
        await change((entries) => (entries[id] = { fileName, startedAt: now() }));
        try {
          result = { value: await job() };
        } finally {
          await change((entries) => delete entries[id]);
        }
      });
      return result!.value;
    },
    async takeInterrupted() {
      const held = new Set(((await locks.query()).held ?? []).map((lock) => lock.name));
      const entries = await read();
      const cut = Object.keys(entries).filter((id) => !held.has(`${LOCK_PREFIX}${id}`));
      if (cut.length === 0) return [];
      await change((current) => {
        for (const id of cut) delete current[id];
      });
      return cut.map((id) => entries[id]!).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    },
  };
}
