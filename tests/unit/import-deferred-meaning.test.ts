/**
 * A dataset above the threshold is imported in two stages: saved and usable by its words first (marked
 * pending), then its part by meaning packed and added to the same stored copy. Over fake-indexeddb, with
 * a threshold of 2 claims so that a three-claim file is "large".
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { importInStages, type ImportJobDeps } from '../../src/imports/import-job';
import { prepareStoredMeaning } from '../../src/imports/meaning-later';
import { shippedEncoderFor } from '../../src/match/default-sentence-encoder';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { openDatasetStore, type DatasetStore } from '../../src/platform/dataset-store';

const JSONL = [
  { vclaim_id: 'a', vclaim: 'The minister resigned after the scandal.', author: 'Rosa Lind' },
  { vclaim_id: 'b', vclaim: 'The club won the cup final.', author: 'Rosa Lind' },
  { vclaim_id: 'c', vclaim: 'The river flooded the old town.', author: 'Rosa Lind' },
]
  .map((record) => JSON.stringify(record))
  .join('\n');
const encoder = shippedEncoderFor(defaultWordVectors())!;

let store: DatasetStore;
beforeEach(async () => {
  store = await openDatasetStore(new IDBFactory());
});

const deps = (over: Partial<ImportJobDeps> = {}): ImportJobDeps => ({
  store: async () => store,
  builtInId: 'built-in',
  now: () => '2026-12-06T00:00:00.000Z',
  step: async () => {},
  encoder: async () => encoder,
  deferMeaningAbove: 2,
  ...over,
});
const importFile = (over: Partial<ImportJobDeps> = {}) =>
  importInStages({ name: 'claims.jsonl', text: async () => JSONL }, 'auto', deps(over));

describe('an import above the threshold', () => {
  test('is saved without its part by meaning, marked pending, then the part is added', async () => {
    const { result, later } = await importFile();
    expect(result).toMatchObject({ ok: true, meaningPending: true });
    const id = result.ok ? result.id : '';
    expect((await store.loadIndex(id))?.meaning).toBeUndefined();
    expect((await store.list())[0]?.meaningPending).toBe(true);
    expect(later).not.toBeNull();
    expect(await later!()).toEqual({ kind: 'stored' });
    const index = await store.loadIndex(id);
    expect(index?.meaning?.parts[0]?.encoder).toBe(encoder.version);
    expect(index?.meaning?.parts[0]?.claimCount).toBe(3);
    expect((await store.list())[0]?.meaningPending).toBeUndefined();
  });

  test('at or below the threshold, the part is packed with the index and nothing is left for later', async () => {
    const { result, later } = await importFile({ deferMeaningAbove: 3 });
    expect(result.ok && result.meaningPending).toBeFalsy();
    expect(later).toBeNull();
    expect((await store.loadIndex(result.ok ? result.id : ''))?.meaning?.parts[0]?.claimCount).toBe(3);
    expect((await store.list())[0]?.meaningPending).toBeUndefined();
  });

  test('the part added later is the one packed with the index, whether from the kept words or the stored texts', async () => {
    const inline = await importFile({ deferMeaningAbove: 3 });
    const id = inline.result.ok ? inline.result.id : '';
    const packedInline = (await store.loadIndex(id))?.meaning;
    expect(packedInline).toBeDefined();
    const later = await importFile();
    await later.later!();
    expect((await store.loadIndex(id))?.meaning).toEqual(packedInline);
    const recovered = await importFile();
    expect(await prepareStoredMeaning(store, id, { encoder: async () => encoder })).toEqual({ kind: 'stored' });
    expect(recovered.later).not.toBeNull();
    expect((await store.loadIndex(id))?.meaning).toEqual(packedInline);
  });

  test('a dataset replaced before the part is ready does not receive it', async () => {
    const first = await importFile();
    const second = await importFile();
    expect(await first.later!()).toEqual({ kind: 'skipped' });
    expect((await store.list())[0]?.meaningPending).toBe(true);
    expect(await second.later!()).toEqual({ kind: 'stored' });
  });

  test('without word vectors, the dataset stays usable by words and the failure says why', async () => {
    const { result, later } = await importFile({ encoder: async () => null });
    expect(result.ok).toBe(true);
    const outcome = await later!();
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' && outcome.reason).toMatch(/word vectors/);
    expect((await store.list())[0]?.meaningPending).toBe(true);
    expect(await store.loadIndex((await store.list())[0]!.id)).not.toBeNull();
  });

  test('a page that closed before the part was stored: the next one prepares it from the stored dataset', async () => {
    const { result } = await importFile();
    const id = result.ok ? result.id : '';
    // `later` never runs: the worker ended with its page.
    expect(await prepareStoredMeaning(store, id, { encoder: async () => encoder })).toEqual({ kind: 'stored' });
    expect((await store.loadIndex(id))?.meaning?.parts[0]?.claimCount).toBe(3);
    expect((await store.list())[0]?.meaningPending).toBeUndefined();
    // Nothing left to do once it is stored.
    expect(await prepareStoredMeaning(store, id, { encoder: async () => encoder })).toEqual({ kind: 'skipped' });
  });
});
