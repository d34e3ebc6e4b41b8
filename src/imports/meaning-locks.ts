/**
 * Which page is packing a dataset's part by meaning (meaning-later.ts): the one that imported it, or one
 * that found it pending on opening. Each holds a Web Lock named after the dataset for as long as it
 * packs, so a page opening meanwhile (another options tab) leaves it to them rather than packing the same
 * claims a second time; a closed page's lock goes with it, and the next page to open takes the work up.
 * Two pages can still both pack in the instant between an import's save and its page taking the lock:
 * the store adds the part only to the copy it was packed from, so the second is skipped, not doubled.
 */

const LOCK_PREFIX = 'provenance-meaning:';

/** The part of the Web Locks API used here (`navigator.locks`). */
export interface MeaningLocksLike {
  request(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<void>): Promise<void>;
}

/** Holding a dataset's lock while its part by meaning is packed. */
export interface MeaningLocks {
  /** Runs `job` holding dataset `id`'s lock, waiting for it if another page holds it. */
  hold<T>(id: string, job: () => Promise<T>): Promise<T>;
  /** Runs `job` holding dataset `id`'s lock if nobody holds it; null (without running it) if somebody does. */
  holdIfFree<T>(id: string, job: () => Promise<T>): Promise<T | null>;
}

/** Meaning locks over `locks` (navigator.locks). */
export function createMeaningLocks(locks: MeaningLocksLike): MeaningLocks {
  const run = async <T>(id: string, ifAvailable: boolean, job: () => Promise<T>): Promise<T | null> => {
    let result: { value: T } | null = null;
    await locks.request(`${LOCK_PREFIX}${id}`, { ifAvailable }, async (lock) => {
      if (lock !== null) result = { value: await job() };
    });
    // Assigned in the callback, which TypeScript cannot see.
    const settled = result as { value: T } | null;
    return settled ? settled.value : null;
  };
  return {
    hold: async (id, job) => (await run(id, false, job)) as Awaited<ReturnType<typeof job>>,
    holdIfFree: (id, job) => run(id, true, job),
  };
}
