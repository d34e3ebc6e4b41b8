/**
 * Adding the part by meaning to a dataset stored without it (a large import: import-job.ts), over
 * fake-indexeddb: added to the copy it was packed from, never to a copy that replaced it or to a
 * dataset deleted meanwhile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/claims/dataset';
import type { PackedMeaningParts } from '../../src/match/meaning-index';
import { packClaimIndex } from '../../src/match/pack-claim-index';
import { packClaims } from '../../src/engine/packed-claims';
import { openDatasetStore, type DatasetStore } from '../../src/platform/dataset-store';

const V1 = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'datasets', 'provenance-v1.json'), 'utf8'),
) as Dataset;
const ORIGIN = { fileName: 'a.json', importFormat: 'provenance' as const, importedAt: '2026-12-06T10:00:00.000Z' };
/** Stands in for a packed part: the store keeps whatever it is given. */
const MEANING = { parts: [], from: [] } as unknown as PackedMeaningParts;

let store: DatasetStore;
beforeEach(async () => {
  store = await openDatasetStore(new IDBFactory());
});

/** Saves V1 as a large import does (index without meaning, pending) and returns the stamp the save gave. */
async function saveWithoutMeaning(): Promise<string> {
  const saved = await store.save(V1, ORIGIN, packClaimIndex([V1]), { meaningPending: true });
  if (!saved.ok) throw new Error(saved.message);
  const summary = (await store.list()).find((s) => s.id === V1.id)!;
  expect(summary.meaningPending).toBe(true);
  // The save tells the stamp it wrote, so an import adds its part to that copy without reading the list.
  expect(summary.stamp).toBe(saved.stamp);
  return saved.stamp;
}

describe('addMeaning', () => {
  test('adds the part to the index, clears the mark, stamps the summary anew and drops the combination', async () => {
    const stamp = await saveWithoutMeaning();
    const index = packClaimIndex([V1]);
    await store.saveCombination({ key: 'k', index, claims: packClaims([V1]) });
    expect(await store.addMeaning(V1.id, stamp, MEANING)).toEqual({ ok: true, added: true });
    expect((await store.loadIndex(V1.id))?.meaning).toEqual(MEANING);
    expect((await store.loadIndex(V1.id))?.claimCount).toBe(index.claimCount);
    const summary = (await store.list()).find((s) => s.id === V1.id)!;
    expect(summary.meaningPending).toBeUndefined();
    expect(summary.stamp).not.toBe(stamp);
    expect(await store.loadCombination('k')).toBeNull();
  });

  test('skips a dataset replaced since (its stamp changed)', async () => {
    const stamp = await saveWithoutMeaning();
    await store.save(V1, ORIGIN, packClaimIndex([V1]), { meaningPending: true });
    expect(await store.addMeaning(V1.id, stamp, MEANING)).toEqual({ ok: true, added: false });
    expect((await store.loadIndex(V1.id))?.meaning).toBeUndefined();
    expect((await store.list())[0]?.meaningPending).toBe(true);
  });

  test('skips a dataset deleted since, and stores nothing for it', async () => {
    const stamp = await saveWithoutMeaning();
    await store.remove(V1.id);
    expect(await store.addMeaning(V1.id, stamp, MEANING)).toEqual({ ok: true, added: false });
    expect(await store.loadIndex(V1.id)).toBeNull();
    expect(await store.list()).toEqual([]);
  });

  test('a save without the option leaves no mark', async () => {
    await store.save(V1, ORIGIN, packClaimIndex([V1]));
    expect((await store.list())[0]?.meaningPending).toBeUndefined();
  });
});
