/**
 * The background's analysis over the enabled datasets, with the store, settings and engine faked: which
 * datasets are used, when the analyzer and the tabs' reports are dropped, and that a fact-checker's
 * verdict reaches the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/claims/dataset';
import {
  INITIAL_SETTINGS,
  isEnabled,
  readSettings,
  withEnabled,
  withImported,
  withMeaningAdded,
  withRemoved,
  type DatasetSettings,
} from '../../src/claims/dataset-choice';
import { combineDatasets } from '../../src/claims/combine-datasets';
import { reviewOf } from '../../src/claims/reviewed-matches';
import type { Report } from '../../src/engine/report';
import type { Article } from '../../src/extract/article';
import { isPackedClaims, openPackedClaims, packClaims, type PackedClaims } from '../../src/engine/packed-claims';
import {
  clearStoredReports,
  createDatasetAnalysis,
  type DatasetAnalysisDeps,
} from '../../src/platform/dataset-analysis';
import { fitsDatasets, packClaimIndex, type PackedClaimIndex } from '../../src/match/pack-claim-index';
import { openDatasetStore } from '../../src/platform/dataset-store';
import { combinationKey } from '../../src/platform/combination-key';
import { openStoredAnalyzer } from '../../src/engine/analyzer';
import { packMeaningParts } from '../../src/match/meaning-index';
import { defaultSentenceEncoder } from '../../src/match/default-sentence-encoder';
import { articleFromText } from '../../src/extract/from-text';
import { claimReport, sourceMatch } from './support/make-report';

const V1 = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'datasets', 'provenance-v1.json'), 'utf8'),
) as Dataset;
const BUILT_IN: Dataset = {
  format: 'provenance-dataset',
  version: 1,
  id: 'provenance-seeds',
  name: 'Seeds',
  description: null,
  sources: [
    {
      id: 'seed-1',
      outlet: 'Seed Outlet',
      author: null,
      publishedTime: null,
      url: null,
      title: null,
      claims: [{ id: 'seed-1#1', text: 'The harbour expansion will create 10,000 new jobs.', attribution: null }],
    },
  ],
};
const ORIGIN = { fileName: 'v1.json', importFormat: 'provenance' as const, importedAt: null };
const ARTICLE: Article = {
  meta: { title: 't', byline: null, siteName: null, publishedTime: null, url: null, lang: 'en' },
  text: '',
  sentences: [],
};

/**
 * An engine that "corroborates" every claim it was built over, reading them from the packed claims as
 * the real one does (each with its review, as the real engine's matches carry it), so the test sees
 * which those were.
 */
function fakeEngine(built: PackedClaims[], packs: PackedClaimIndex[] = []) {
  return (claims: PackedClaims, packed: PackedClaimIndex) => {
    built.push(claims);
    packs.push(packed);
    const records = openPackedClaims(claims);
    const sources = Array.from({ length: records.sourceCount }, (_, i) => records.source(i));
    return {
      analyze: (): Report => ({
        article: ARTICLE.meta,
        supported: true,
        claims: [
          claimReport(0, 'page', {
            corroborating: sources.flatMap((s) =>
              s.claims.map((c) =>
                sourceMatch({
                  claimId: c.id,
                  sourceId: s.id,
                  outlet: s.outlet,
                  text: c.text,
                  ...(c.review ? { review: c.review } : {}),
                }),
              ),
            ),
          }),
        ],
        excludedSourceIds: [],
        elapsedMs: 0,
      }),
    };
  };
}

/** The parts of the store the analysis uses. */
type AnalysisStore = Awaited<ReturnType<DatasetAnalysisDeps['store']>>;

interface TestState {
  settings: DatasetSettings;
  reportsRevision: number | null;
  cleared: number;
}

/** A worker's analysis (a fresh one is a worker that just woke) over `store`, with `state`'s settings. */
function wake(
  store: AnalysisStore,
  state: TestState,
  createAnalyzer: DatasetAnalysisDeps['createAnalyzer'],
  prepareEngine: () => Promise<void> = async () => undefined,
  builtInIndex: () => Promise<PackedClaimIndex | null> = async () => null,
) {
  return createDatasetAnalysis({
    builtIn: BUILT_IN,
    settings: { read: async () => state.settings },
    store: async () => store,
    prepareEngine,
    builtInIndex,
    createAnalyzer,
    reports: {
      revision: async () => state.reportsRevision,
      setRevision: async (revision) => {
        state.reportsRevision = revision;
      },
      clearAll: async () => {
        state.cleared++;
      },
    },
  });
}

async function setUp(
  settings: DatasetSettings,
  prepareEngine: () => Promise<void> = async () => undefined,
  builtInIndex: () => Promise<PackedClaimIndex | null> = async () => null,
) {
  const factory = new IDBFactory();
  const store = await openDatasetStore(factory);
  await store.save(V1, ORIGIN);
  const state: TestState = { settings, reportsRevision: null, cleared: 0 };
  const built: PackedClaims[] = [];
  const packs: PackedClaimIndex[] = [];
  const analysis = wake(store, state, fakeEngine(built, packs), prepareEngine, builtInIndex);
  return { analysis, state, built, packs, store, factory };
}

const outlets = (report: Report) => report.claims[0]!.corroborating.map((m) => m.outlet);

describe('analysis over the enabled datasets', () => {
  test('the built-in and every imported dataset are used, imported ids prefixed, with fact-checkers’ verdicts attached', async () => {
    const { analysis } = await setUp(INITIAL_SETTINGS);
    const report = await analysis.analyze(ARTICLE);
    expect(outlets(report)).toEqual(['Seed Outlet', 'Example Wire', 'Example Wire', 'Example Fact Check']);
    const checked = report.claims[0]!.corroborating.find((m) => m.outlet === 'Example Fact Check')!;
    expect([checked.claimId, checked.sourceId]).toEqual(['fixture-v1/check-1#1', 'fixture-v1/check-1']);
    expect(reviewOf(checked)).toEqual(V1.sources[1]!.claims[0]!.review);
    expect(reviewOf(report.claims[0]!.corroborating[0]!)).toBeNull();
  });

  test('the engine is asked for no related sources: the popup and side panel show none', async () => {
    const asked: unknown[] = [];
    const analysis = wake(
      await openDatasetStore(new IDBFactory()),
      { settings: INITIAL_SETTINGS, reportsRevision: null, cleared: 0 },
      () => ({
        analyze: (_article, options) => {
          asked.push(options);
          return { article: ARTICLE.meta, supported: true, claims: [], excludedSourceIds: [], elapsedMs: 0 };
        },
      }),
    );
    await analysis.analyze(ARTICLE);
    expect(asked).toEqual([{ related: false }]);
  });

  test('an imported dataset without a stored index is packed once and the index stored; a stored one is used as is', async () => {
    const { analysis, state, packs, store } = await setUp(INITIAL_SETTINGS);
    expect(await store.loadIndex('fixture-v1')).toBeNull();
    await analysis.analyze(ARTICLE);
    const stored = await store.loadIndex('fixture-v1');
    expect(stored && fitsDatasets(stored, [V1])).toBe(true);
    const both = combineDatasets(BUILT_IN, [V1]).datasets;
    expect(fitsDatasets(packs[0]!, both)).toBe(true);
    // Packed with the claims' vectors by meaning, which the merged index keeps: the channel survives a wake.
    expect(stored?.meaning).toBeDefined();
    expect(packs[0]!.meaning).toBeDefined();
    // The next build (another choice) reads the stored index instead of packing again.
    const packed = packClaimIndex([V1]);
    const marked = {
      ...packed,
      bm25: { ...packed.bm25, lengths: new Uint16Array(packed.bm25.lengths.length).fill(7) },
    };
    await store.saveIndex('fixture-v1', marked);
    state.settings = withEnabled(state.settings, 'provenance-seeds', false);
    await analysis.analyze(ARTICLE);
    expect(packs[1]!.bm25.lengths).toEqual(marked.bm25.lengths);
  });

  test('a dataset stored without its part by meaning is used by words; once the part is added and the revision raised, the next build has it', async () => {
    const { analysis, state, packs, store } = await setUp(INITIAL_SETTINGS);
    // As a large import leaves it (src/imports/meaning-later.ts): its index without the part, marked pending.
    await store.save(V1, ORIGIN, packClaimIndex([V1]), { meaningPending: true });
    await analysis.analyze(ARTICLE);
    expect(packs[0]!.meaning).toBeUndefined();
    const stamp = (await store.list()).find((summary) => summary.id === V1.id)!.stamp!;
    const added = await store.addMeaning(V1.id, stamp, packMeaningParts([V1], defaultSentenceEncoder()!));
    expect(added).toEqual({ ok: true, added: true });
    state.settings = withMeaningAdded(state.settings);
    await analysis.analyze(ARTICLE);
    expect(packs).toHaveLength(2);
    expect(packs[1]!.meaning?.parts.map((part) => part.claimCount)).toEqual([1, 3]);
  });

  test('a disabled dataset is left out, the built-in included; the analyzer is rebuilt only when the choice changes', async () => {
    const { analysis, state, built } = await setUp(INITIAL_SETTINGS);
    await analysis.analyze(ARTICLE);
    await analysis.analyze(ARTICLE);
    expect(built).toHaveLength(1);
    state.settings = withEnabled(withEnabled(state.settings, 'fixture-v1', false), 'provenance-seeds', false);
    expect(outlets(await analysis.analyze(ARTICLE))).toEqual([]);
    state.settings = withEnabled(state.settings, 'provenance-seeds', true);
    expect(outlets(await analysis.analyze(ARTICLE))).toEqual(['Seed Outlet']);
    expect(built).toHaveLength(3);
  });

  test('the tabs’ reports are cleared once per change of choice, before a stored report could be read', async () => {
    const { analysis, state } = await setUp(INITIAL_SETTINGS);
    let read = 0;
    const guarded = analysis.guard({
      get: async (_tabId: number, _url: string) => {
        read++;
        return null;
      },
    });
    await guarded.get(1, 'https://example.org/');
    expect([state.cleared, state.reportsRevision, read]).toEqual([1, 0, 1]);
    await guarded.get(1, 'https://example.org/');
    expect(state.cleared).toBe(1);
    state.settings = withEnabled(state.settings, 'fixture-v1', false);
    await analysis.sync();
    expect([state.cleared, state.reportsRevision]).toEqual([2, 1]);
  });
});

describe('the stored combination a wake reads', () => {
  /** `store` with its reads of whole datasets and per-dataset indexes counted. */
  function counting(store: AnalysisStore) {
    const reads = { datasets: 0, indexes: 0 };
    const counted: AnalysisStore = {
      ...store,
      load: (ids) => {
        reads.datasets++;
        return store.load(ids);
      },
      loadIndex: (id) => {
        reads.indexes++;
        return store.loadIndex(id);
      },
    };
    return { counted, reads };
  }

  test('a worker that wakes after the combination was made reads it alone: no dataset, no per-dataset index, no merge', async () => {
    const { analysis, state, store } = await setUp(INITIAL_SETTINGS);
    await analysis.prepare();
    const { counted, reads } = counting(store);
    const woken = wake(counted, state, fakeEngine([]));
    expect(outlets(await woken.analyze(ARTICLE))).toEqual([
      'Seed Outlet',
      'Example Wire',
      'Example Wire',
      'Example Fact Check',
    ]);
    expect(reads).toEqual({ datasets: 0, indexes: 0 });
  });

  test('a dataset replaced after the combination was made is read in its new copy, even with the old combination stored again', async () => {
    const { analysis, state, store } = await setUp(INITIAL_SETTINGS);
    await analysis.prepare();
    const oldKey = combinationKey(BUILT_IN, await store.list());
    const old = (await store.loadCombination(oldKey))!;
    const renamed = { ...V1, sources: V1.sources.map((s) => ({ ...s, outlet: `${s.outlet} (new)` })) };
    await store.save(renamed, ORIGIN);
    // A build that read the old copy and wrote after the import (a race) must not be taken for current.
    await store.saveCombination(old);
    const woken = wake(store, state, fakeEngine([]));
    expect(outlets(await woken.analyze(ARTICLE))).toEqual([
      'Seed Outlet',
      'Example Wire (new)',
      'Example Wire (new)',
      'Example Fact Check (new)',
    ]);
  });

  test('a switched-off dataset’s claims never match, in the running worker or in one that wakes after', async () => {
    const { analysis, state, store } = await setUp(INITIAL_SETTINGS);
    await analysis.prepare();
    state.settings = withEnabled(state.settings, 'fixture-v1', false);
    expect(outlets(await analysis.analyze(ARTICLE))).toEqual(['Seed Outlet']);
    expect(outlets(await wake(store, state, fakeEngine([])).analyze(ARTICLE))).toEqual(['Seed Outlet']);
    state.settings = withEnabled(withEnabled(state.settings, 'fixture-v1', true), 'provenance-seeds', false);
    expect(outlets(await wake(store, state, fakeEngine([])).analyze(ARTICLE))).toEqual([
      'Example Wire',
      'Example Wire',
      'Example Fact Check',
    ]);
  });

  /** Puts `record` in the combination's object store as is, as a damaged disk or an older build might have left it. */
  async function putRaw(factory: IDBFactory, record: unknown): Promise<void> {
    const db = await new Promise<IDBDatabase>((done) => {
      const opening = factory.open('provenance-datasets');
      opening.onsuccess = () => done(opening.result);
    });
    await new Promise((done) => {
      const transaction = db.transaction('combined', 'readwrite');
      transaction.objectStore('combined').put(record);
      transaction.oncomplete = done;
    });
    db.close();
  }

  test.each([
    ['claims in another form', (key: string) => ({ key, index: packClaimIndex([V1]), claims: { format: 'other' } })],
    ['no index', (key: string) => ({ key, claims: packClaims(combineDatasets(BUILT_IN, [V1]).datasets) })],
  ])('a record of %s under the current key is made again from the datasets, not used', async (_name, record) => {
    const { state, store, factory } = await setUp(INITIAL_SETTINGS);
    const key = combinationKey(BUILT_IN, await store.list());
    await putRaw(factory, record(key));
    const { counted, reads } = counting(store);
    const woken = wake(counted, state, fakeEngine([]));
    expect(outlets(await woken.analyze(ARTICLE))).toHaveLength(4);
    expect(reads.datasets).toBe(1);
    await woken.prepare();
    expect(isPackedClaims((await store.loadCombination(key))?.claims)).toBe(true);
  });

  test('a whole record under the current key that does not fit its claims (another copy’s) is made again, not used', async () => {
    const { state, store } = await setUp(INITIAL_SETTINGS);
    const key = combinationKey(BUILT_IN, await store.list());
    await store.saveCombination({ key, index: packClaimIndex([V1]), claims: packClaims([V1]) });
    const { counted, reads } = counting(store);
    expect(outlets(await wake(counted, state, fakeEngine([])).analyze(ARTICLE))).toHaveLength(4);
    expect(reads.datasets).toBe(1);
  });

  test('with the real engine, a shown match read from the stored combination has its claim’s text, source and review', async () => {
    const { analysis, state, store } = await setUp(withEnabled(INITIAL_SETTINGS, 'provenance-seeds', false));
    await analysis.prepare();
    const page = articleFromText(
      'The city council approved the harbour expansion by nine votes to four on Tuesday. The harbour expansion will create 10,000 new jobs, the mayor said.',
      { lang: 'en' },
    );
    const report = await wake(store, state, openStoredAnalyzer).analyze(page);
    const shown = report.claims.flatMap((claim) => [...claim.corroborating, ...claim.conflicting]);
    const byId = new Map(shown.map((match) => [match.claimId, match]));
    expect(byId.get('fixture-v1/wire-1#1')).toMatchObject({
      text: V1.sources[0]!.claims[0]!.text,
      outlet: 'Example Wire',
      url: V1.sources[0]!.url,
    });
    const checked = byId.get('fixture-v1/check-1#1')!;
    expect([checked.text, checked.outlet]).toEqual([V1.sources[1]!.claims[0]!.text, 'Example Fact Check']);
    expect(reviewOf(checked)).toEqual(V1.sources[1]!.claims[0]!.review);
  });
});

describe('the built-in dataset’s shipped index', () => {
  const builtInOnly = withEnabled(INITIAL_SETTINGS, 'fixture-v1', false);

  test('is used as shipped when it fits the dataset and the analysis', async () => {
    const shipped = packClaimIndex([BUILT_IN]);
    const { analysis, packs } = await setUp(builtInOnly, undefined, async () => shipped);
    await analysis.analyze(ARTICLE);
    expect(packs[0]).toBe(shipped);
  });

  test.each([
    ['made for another dataset', async () => ({ ...packClaimIndex([BUILT_IN]), claimCount: 2 })],
    ['made by another analysis', async () => ({ ...packClaimIndex([BUILT_IN]), analysis: 'older' })],
    ['missing', async () => null],
    [
      'unreadable',
      async () => {
        throw new Error('models/built-in-index.bin could not be read (404)');
      },
    ],
  ])('%s: the dataset is packed here instead, and the analysis goes on', async (_name, shipped) => {
    const { analysis, packs } = await setUp(builtInOnly, undefined, shipped as () => Promise<PackedClaimIndex | null>);
    const report = await analysis.analyze(ARTICLE);
    expect(fitsDatasets(packs[0]!, [BUILT_IN])).toBe(true);
    expect(outlets(report)).toEqual(['Seed Outlet']);
  });
});

describe('the engine’s files', () => {
  test('are read before the analyzer is built; a failed read fails the analysis with its reason and is tried again next time', async () => {
    const events: string[] = [];
    let attempt = 0;
    const { analysis, built } = await setUp(INITIAL_SETTINGS, async () => {
      attempt++;
      await new Promise((done) => setTimeout(done, 5));
      events.push(`read ${attempt}`);
      if (attempt === 1) throw new Error('models/word-vectors.bin could not be read (404)');
    });
    await expect(analysis.analyze(ARTICLE)).rejects.toThrow('word-vectors.bin could not be read');
    expect(built).toHaveLength(0);
    const report = await analysis.analyze(ARTICLE);
    expect(events).toEqual(['read 1', 'read 2']);
    expect(built).toHaveLength(1);
    expect(report.claims[0]!.corroborating.length).toBeGreaterThan(0);
  });
});

describe('the warm-up', () => {
  /** A woken worker's analysis whose analyzer logs into `events`. */
  async function wokenLogging(events: string[]) {
    const engine = fakeEngine([]);
    const state: TestState = { settings: INITIAL_SETTINGS, reportsRevision: null, cleared: 0 };
    const store = await openDatasetStore(new IDBFactory());
    await store.save(V1, ORIGIN);
    return wake(store, state, (claims, index) => {
      const analyzer = engine(claims, index);
      return {
        analyze: () => {
          events.push('analyze');
          return analyzer.analyze();
        },
        warmUp: () => void events.push('warm-up'),
      };
    });
  }

  test('a build made ahead of the click (a page load) warms its analyzer once, before any page', async () => {
    const events: string[] = [];
    const analysis = await wokenLogging(events);
    await analysis.prepare();
    await analysis.prepare();
    await analysis.analyze(ARTICLE);
    await analysis.analyze(ARTICLE);
    expect(events).toEqual(['warm-up', 'analyze', 'analyze']);
  });

  test('a build the reader waits for is not warmed up: started at the click, or prepared while a page waits', async () => {
    const atClick: string[] = [];
    const clicked = await wokenLogging(atClick);
    clicked.startBuild();
    await clicked.analyze(ARTICLE);
    await clicked.prepare();
    expect(atClick).toEqual(['analyze']);

    const racing: string[] = [];
    const raced = await wokenLogging(racing);
    const prepared = raced.prepare();
    await raced.analyze(ARTICLE);
    await prepared;
    expect(racing).toEqual(['analyze']);
  });
});

describe('combining datasets', () => {
  test('a dataset with the built-in’s id is not added twice; a disabled built-in is left out', () => {
    expect(combineDatasets(BUILT_IN, [BUILT_IN, V1]).datasets.map((d) => d.id)).toEqual([
      'provenance-seeds',
      'fixture-v1',
    ]);
    expect(combineDatasets(null, [V1]).datasets.map((d) => d.sources[0]!.id)).toEqual(['fixture-v1/wire-1']);
  });
});

describe('the dataset choice', () => {
  test('datasets are on until switched off; every change is a new revision; deleting drops the flag', () => {
    expect(isEnabled(INITIAL_SETTINGS, 'anything')).toBe(true);
    const off = withEnabled(INITIAL_SETTINGS, 'a', false);
    expect([isEnabled(off, 'a'), off.revision]).toEqual([false, 1]);
    expect(withImported(withImported(off, 'a'), 'a')).toEqual({ enabled: { a: true }, revision: 3 });
    expect(withRemoved(off, 'a')).toEqual({ enabled: {}, revision: 2 });
  });

  test.each([[undefined], ['x'], [{ enabled: 'no', revision: 'one' }]])(
    'storage holding %j reads as the initial choice',
    (value) => {
      expect(readSettings(value)).toEqual(INITIAL_SETTINGS);
    },
  );

  test('clearing reports removes only the report keys', async () => {
    const area = new Map<string, unknown>([
      ['report:3', {}],
      ['report:12', {}],
      ['panel:3', {}],
      ['reportsDatasetRevision', 1],
    ]);
    await clearStoredReports({
      get: async () => Object.fromEntries(area),
      remove: async (keys) => keys.forEach((key) => area.delete(key)),
    });
    expect([...area.keys()]).toEqual(['panel:3', 'reportsDatasetRevision']);
  });
});
