/**
 * The scale part of `npm run bench`: the default dataset plus real claims up to 1,000 / 10,000 /
 * 100,000 (bench/claim-corpus.ts), each packed as an import packs it, stored the way IndexedDB stores it
 * (the structured clone, v8.serialize), loaded back, and used to analyze the bundled pages beside
 * Readability's own parse of each page and a naive baseline (brute-force TF-IDF cosine over every claim).
 */
// First: the engine's word vectors and pair model, read from assets/.
import '../src/assets/node-assets';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { Readability } from '@mozilla/readability';
import type { Dataset } from '../src/claims/dataset';
import { defaultDataset } from '../src/claims/default-dataset';
import { createAnalyzer } from '../src/engine/analyzer';
import type { Article } from '../src/extract/article';
import { packClaimIndex, type PackedClaimIndex } from '../src/match/pack-claim-index';
import { parseHtmlDocument } from '../src/node/html-document';
import { defaultSentenceEncoder } from '../src/match/default-sentence-encoder';
import { benchCorpus } from './claim-corpus';
import { TfidfBruteForce } from './tfidf-brute-force';
import { canCollect, median, memoryInUse, time, timeFresh } from './timing';

/** A page of the benchmark, extracted once. */
export interface BenchPage {
  name: string;
  html: string;
  article: Article;
  words: number;
}

/** Figures for one index size. */
export interface ScaleFigures {
  claims: number;
  /** What the corpus is made of ("60,610 real claims, 39,263 republished"). */
  corpus: string;
  packSeconds: number;
  indexBytes: number;
  datasetBytes: number;
  /** Reading the stored index and dataset back and opening the analyzer (median of three): the sum of the three below. */
  loadMs: number;
  indexReadMs: number;
  datasetReadMs: number;
  openMs: number;
  /** Memory held by the loaded dataset, index and analyzer: heap and array buffers (after garbage collection, when `--expose-gc`). */
  heapMb: number | null;
  pages: Array<{ page: string; analysisMs: number; ratio: number; baselineMs: number | null }>;
  /**
   * Each long page analyzed once in a fresh process (`bench/cold-analysis.ts`): the first page after the
   * worker wakes, with nothing compiled yet (the timed runs above reuse the compiled code of earlier
   * ones); measured at the largest size only, null elsewhere.
   */
  coldPages: Array<{ page: string; analysisMs: number; ratio: number }> | null;
  /** Median of analysis / Readability over the ~2,000-word pages. */
  ratioLongPagesMedian: number;
  ratioLongPagesMax: number;
  baselineVsOursLongPages: number | null;
}

/** Readability's parse time of each page (median of five, on a fresh document each time). */
export async function readabilityTimes(pages: readonly BenchPage[]): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const page of pages) {
    const runs: number[] = [];
    for (let run = 0; run < READABILITY_RUNS; run++) {
      runs.push(
        timeFresh(
          () => parseHtmlDocument(page.html),
          (document) => new Readability(document as Document).parse(),
          1,
        ),
      );
      await releaseDocuments();
    }
    times.set(page.name, median(runs));
  }
  return times;
}

const READABILITY_RUNS = 5;

/**
 * Lets jsdom release the documents parsed so far: it holds each window until the event loop turns, and a
 * bench that never yields ends up timing everything on a heap of a thousand parsed pages (~1.2 GB: the
 * collector's work then swamps both Readability's times and ours).
 */
export function releaseDocuments(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Timed analyses of each page at each size; the median counts. */
const ANALYSIS_RUNS = 5;

/**
 * Measures one size. Each timed analysis gets an analyzer opened afresh from the stored index, so no claim
 * is decoded before the page needs it; the code itself is already compiled by earlier runs, as in a
 * worker that has analyzed a page before. With `cold`, each long page is also analyzed once in a fresh
 * process, nothing compiled: the first page after the worker wakes.
 */
export function measureScale(
  dataDir: string,
  claims: number,
  pages: readonly BenchPage[],
  longPages: ReadonlySet<string>,
  readability: ReadonlyMap<string, number>,
  cold = false,
): ScaleFigures {
  const corpus = benchCorpus(dataDir, claims - countClaims(defaultDataset));
  const datasets = [defaultDataset, corpus];
  // Only what a worker holds stays alive while pages are timed (one loaded copy): the stored bytes and
  // the other loads go with this call's scope, and the brute-force baseline is built after.
  // The cold runs read the same stored bytes from files, written before the bytes go out of scope.
  const coldDir = cold ? mkdtempSync(join(tmpdir(), 'provenance-cold-')) : null;
  const { loaded, packSeconds, indexBytes, datasetBytes, loadMs, indexReadMs, datasetReadMs, openMs, heapMb } =
    packAndLoad(datasets, corpus, coldDir);

  const analysisTimes = pages.map((page) =>
    timeFresh(
      () => createAnalyzer([defaultDataset, loaded.dataset], loaded.index),
      (fresh) => fresh.analyze(page.article),
      ANALYSIS_RUNS,
    ),
  );
  const baseline = new TfidfBruteForce(datasets);
  const figures = pages.map((page, i) => {
    const analysisMs = analysisTimes[i]!;
    const baselineMs = longPages.has(page.name) ? time(() => baseline.rankPage(page.article, 20), 1, false) : null;
    return { page: page.name, analysisMs, ratio: analysisMs / readability.get(page.name)!, baselineMs };
  });
  const coldPages = coldDir
    ? coldAnalyses(
        coldDir,
        pages.filter((page) => longPages.has(page.name)),
        readability,
      )
    : null;
  const long = figures.filter((f) => longPages.has(f.page));
  const oursLong = long.reduce((n, f) => n + f.analysisMs, 0);
  const baselineLong = long.reduce((n, f) => n + (f.baselineMs ?? 0), 0);
  return {
    claims,
    corpus: corpus.description ?? '',
    packSeconds,
    indexBytes,
    datasetBytes,
    loadMs,
    indexReadMs,
    datasetReadMs,
    openMs,
    heapMb,
    pages: figures,
    coldPages,
    ratioLongPagesMedian: median(long.map((f) => f.ratio)),
    ratioLongPagesMax: Math.max(...long.map((f) => f.ratio)),
    baselineVsOursLongPages: oursLong > 0 ? baselineLong / oursLong : null,
  };
}

/** Each page analyzed once in a fresh Node process against the index and dataset stored in `dir`, which is then removed (see `coldPages`). */
function coldAnalyses(dir: string, pages: readonly BenchPage[], readability: ReadonlyMap<string, number>) {
  try {
    return pages.map((page) => {
      writeFileSync(join(dir, 'page.html'), page.html);
      const output = execFileSync(process.execPath, ['--import', 'tsx', COLD_SCRIPT, dir], { encoding: 'utf8' });
      const analysisMs = Number(output.trim().split('\n').at(-1));
      return { page: page.name, analysisMs, ratio: analysisMs / readability.get(page.name)! };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const COLD_SCRIPT = fileURLToPath(new URL('./cold-analysis.ts', import.meta.url));

/**
 * Packs and stores the index, then loads it back three times as a waking worker does; keeps the typical
 * load. With `storeIn`, the stored index and dataset are also written there (index.bin, dataset.bin).
 */
function packAndLoad(datasets: Dataset[], corpus: Dataset, storeIn: string | null) {
  const started = performance.now();
  const storedIndex = serialize(packClaimIndex(datasets, defaultSentenceEncoder()));
  const packSeconds = (performance.now() - started) / 1000;
  const storedDataset = serialize(corpus);
  if (storeIn) {
    writeFileSync(join(storeIn, 'index.bin'), storedIndex);
    writeFileSync(join(storeIn, 'dataset.bin'), storedDataset);
  }
  // Loaded three times (the median counts): a worker that wakes reads the stored index and dataset back.
  const loads = [0, 1, 2].map(() => {
    const before = memoryInUse();
    const t0 = performance.now();
    const index = deserialize(storedIndex) as PackedClaimIndex;
    const t1 = performance.now();
    const dataset = deserialize(storedDataset) as Dataset;
    const t2 = performance.now();
    const analyzer = createAnalyzer([defaultDataset, dataset], index);
    const t3 = performance.now();
    const heapMb = canCollect() ? (memoryInUse() - before) / 1e6 : null;
    return {
      loaded: { index, dataset, analyzer },
      indexReadMs: t1 - t0,
      datasetReadMs: t2 - t1,
      openMs: t3 - t2,
      loadMs: t3 - t0,
      heapMb,
    };
  });
  const typical = [...loads].sort((a, b) => a.loadMs - b.loadMs)[1]!;
  // Memory from the first load, the only one measured with no other copy alive.
  return {
    ...typical,
    heapMb: loads[0]!.heapMb,
    packSeconds,
    indexBytes: storedIndex.byteLength,
    datasetBytes: storedDataset.byteLength,
  };
}

function countClaims(dataset: Dataset): number {
  return dataset.sources.reduce((n, source) => n + source.claims.length, 0);
}
