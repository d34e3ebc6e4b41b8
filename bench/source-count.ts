/**
 * `npm run bench:sources`: what the number of sources costs. The same synthetic claims
 * (bench/synthetic-claims.ts; 100,000 unless `--claims N`) grouped into few sources and into one source
 * per claim (`--sources 1000,100000`), each grouping measured in a fresh Node process so that neither
 * inherits the other's compiled code or heap: validating (an import of our format's text), importing the
 * same claims as JSON Lines (a source per author) and as a ClaimReview feed (a source per review URL),
 * packing the index, the stored sizes (v8.serialize, the structured clone IndexedDB keeps), opening an
 * analyzer from the stored bytes as a waking worker does, the memory each step holds (heap and array
 * buffers after garbage collection), and analyzing two pages beside the built-in dataset: a page restating
 * ten of the claims (five corroborated, five with another number) at one source's URL, and seed-000.
 * `--runs N` measures each grouping N times, taking turns, and prints the fastest of each figure: on a
 * shared machine the least disturbed run is the fairest. Node figures, not the browser's. The last line
 * is one JSON object.
 */
// First: the engine's word vectors and pair model, read from assets/.
import '../src/assets/node-assets';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { combineDatasets } from '../src/claims/combine-datasets';
import type { Dataset } from '../src/claims/dataset';
import { defaultDataset } from '../src/claims/default-dataset';
import { importDataset } from '../src/claims/import-dataset';
import { createAnalyzer } from '../src/engine/analyzer';
import type { Report } from '../src/engine/report';
import type { Article } from '../src/extract/article';
import { extractArticle } from '../src/extract/extract-article';
import { articleFromText } from '../src/extract/from-text';
import { mergeClaimIndexes, packClaimIndex, type PackedClaimIndex } from '../src/match/pack-claim-index';
import { parseHtmlDocument } from '../src/node/html-document';
import { restatingPageLines, syntheticDataset } from './synthetic-claims';
import { canCollect, median, memoryInUse } from './timing';

/** Figures for one grouping. */
interface SourceFigures {
  claims: number;
  sources: number;
  /** Our format's text, compact JSON. */
  textMb: number;
  validateMs: number;
  /** Memory held by the validated dataset (MB), null without --expose-gc. */
  datasetHeapMb: number | null;
  jsonLinesMs: number;
  claimReviewMs: number;
  /** The ClaimReview feed's size, compact JSON. */
  claimReviewMb: number;
  packMs: number;
  indexHeapMb: number | null;
  storedIndexMb: number;
  storedDatasetMb: number;
  /** Reading the stored index and dataset back and opening the analyzer over them and the built-in dataset, as the background does (median of three). */
  openMs: number;
  analyzerHeapMb: number | null;
  pages: Array<{
    page: string;
    /** A freshly opened analyzer's first page (what a waking worker pays; median of three), then the median of five more on one. */
    firstMs: number;
    nextMs: number;
    corroborated: number;
    conflicting: number;
    /** SHA-1 of every sentence's matches (claim, relation, score, differences): equal when the groupings find the same. */
    verdicts: string;
  }>;
  /** The measuring process's largest resident set over the whole run (every text and step above), MB. */
  runPeakRssMb: number;
}

const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const CLAIMS = Number(argument('--claims', '100000'));
const root = resolve(import.meta.dirname, '..');
/** The claims the first page restates (five corroborated, five with another number). */
const RESTATED = [3, 250, 777, 1_234, 1_999];
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** Memory in use now, or null when garbage collection cannot be forced. */
const heapNow = () => (canCollect() ? memoryInUse() : null);
const heapSince = (before: number | null) => (before === null ? null : mb(memoryInUse() - before));

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, Math.round(performance.now() - started)];
}

/** The page restating ten claims, at `url`. */
function restatingPage(url: string): Article {
  return articleFromText(restatingPageLines(RESTATED).join('\n'), { url, lang: 'en' });
}

function seedPage(): Article {
  const html = readFileSync(resolve(root, 'tests/fixtures/seed-000.html'), 'utf8');
  const extracted = extractArticle(parseHtmlDocument(html, 'http://127.0.0.1/seed-000.html'));
  if (!extracted.ok) throw new Error(extracted.message);
  return extracted.article;
}

function verdicts(report: Report): string {
  const matches = report.claims.map((claim) =>
    (['corroborating', 'conflicting', 'related'] as const).map((key) =>
      claim[key].map((match) => [match.claimId, match.score, match.differences]),
    ),
  );
  return createHash('sha1').update(JSON.stringify(matches)).digest('hex').slice(0, 12);
}

/** The ClaimReview feed of `dataset`'s claims: a review per claim, at its source's URL. */
function claimReviewFeed(dataset: Dataset): string {
  const items = dataset.sources.flatMap((source) =>
    source.claims.map((claim) => ({
      '@type': 'DataFeedItem',
      item: {
        '@type': 'ClaimReview',
        url: source.url,
        claimReviewed: claim.text,
        author: { '@type': 'Organization', name: source.outlet },
        datePublished: source.publishedTime,
        reviewRating: { '@type': 'Rating', alternateName: 'False' },
      },
    })),
  );
  return JSON.stringify({ '@type': 'DataFeed', dataFeedElement: items });
}

/** The JSON Lines of `dataset`'s claims, a source's author on each of its lines. */
function jsonLines(dataset: Dataset): string {
  return dataset.sources
    .flatMap((source, s) =>
      source.claims.map((claim) =>
        JSON.stringify({
          vclaim: claim.text,
          vclaim_id: claim.id,
          author: `Reporter ${s}`,
          page_url: source.url,
          date: source.publishedTime,
        }),
      ),
    )
    .join('\n');
}

/** Our format's text of the claims in `sources` sources (made here, so the dataset it was made from is gone on return). */
function datasetText(sources: number): string {
  return JSON.stringify(syntheticDataset(CLAIMS, sources, 'archive'));
}

function measure(sources: number): SourceFigures {
  const text = datasetText(sources);
  const before = heapNow();
  const [validated, validateMs] = timed(() => importDataset(text, 'provenance', { fileName: 'archive.json' }));
  if (!validated.ok) throw new Error(validated.errors.join('\n'));
  const dataset = validated.dataset;
  const datasetHeapMb = heapSince(before);

  const lines = jsonLines(dataset);
  const [fromLines, jsonLinesMs] = timed(() => importDataset(lines, 'jsonl', { fileName: 'archive.jsonl' }));
  if (!fromLines.ok || fromLines.dataset.sources.length !== sources)
    throw new Error(`JSON Lines: ${fromLines.ok ? fromLines.dataset.sources.length : fromLines.errors.join('\n')}`);
  const feed = claimReviewFeed(dataset);
  const [fromFeed, claimReviewMs] = timed(() => importDataset(feed, 'claimreview', { fileName: 'feed.json' }));
  if (!fromFeed.ok || fromFeed.dataset.sources.length !== sources)
    throw new Error(`ClaimReview: ${fromFeed.ok ? fromFeed.dataset.sources.length : fromFeed.errors.join('\n')}`);

  const beforeIndex = heapNow();
  // As an import packs it: the dataset alone (the worker merges the built-in dataset's index on opening).
  const [packed, packMs] = timed(() => packClaimIndex([dataset]));
  const indexHeapMb = heapSince(beforeIndex);
  const storedIndex = serialize(packed);
  const storedDataset = serialize(dataset);

  // The engine's own models (word vectors, the judge) loaded first, so that what opening holds is the datasets'.
  createAnalyzer([defaultDataset]);
  const beforeOpen = heapNow();
  // What the background does when it wakes (src/platform/dataset-analysis.ts): the stored dataset and
  // index read back, ids prefixed, the built-in dataset packed and its index merged in, the analyzer opened.
  const open = () => {
    const { datasets } = combineDatasets(defaultDataset, [deserialize(storedDataset) as Dataset]);
    return createAnalyzer(
      datasets,
      mergeClaimIndexes([packClaimIndex([defaultDataset]), deserialize(storedIndex) as PackedClaimIndex]),
    );
  };
  const [analyzer, firstOpenMs] = timed(open);
  const analyzerHeapMb = heapSince(beforeOpen);
  const openMs = median([firstOpenMs, timed(open)[1], timed(open)[1]]);

  const pageUrl = dataset.sources[Math.floor(sources / 2)]!.url!;
  const pages = [
    { page: 'restating ten claims', article: restatingPage(pageUrl) },
    { page: 'seed-000', article: seedPage() },
  ].map(({ page, article }) => {
    // Three freshly opened analyzers' first analysis (the median counts), then five more on the last.
    const firsts = [0, 1, 2].map(() => {
      const fresh = open();
      return { fresh, run: timed(() => fresh.analyze(article)) };
    });
    const { fresh } = firsts[2]!;
    const report = firsts[0]!.run[0];
    const firstMs = median(firsts.map(({ run }) => run[1]));
    const nextMs = median([0, 1, 2, 3, 4].map(() => timed(() => fresh.analyze(article))[1]));
    const count = (key: 'corroborating' | 'conflicting') =>
      report.claims.filter((claim) => claim[key].length > 0).length;
    return {
      page,
      firstMs,
      nextMs,
      corroborated: count('corroborating'),
      conflicting: count('conflicting'),
      verdicts: verdicts(report),
    };
  });
  void analyzer;
  return {
    claims: CLAIMS,
    sources,
    textMb: mb(text.length),
    validateMs,
    datasetHeapMb,
    jsonLinesMs,
    claimReviewMs,
    claimReviewMb: mb(feed.length),
    packMs,
    indexHeapMb,
    storedIndexMb: mb(storedIndex.byteLength),
    storedDatasetMb: mb(storedDataset.byteLength),
    openMs,
    analyzerHeapMb,
    pages,
    runPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

const child = process.argv.indexOf('--child');
if (child > 0) {
  process.stdout.write(`${JSON.stringify(measure(Number(process.argv[child + 1])))}\n`);
} else {
  const groupings = argument('--sources', `1000,${CLAIMS}`).split(',').map(Number);
  const script = fileURLToPath(import.meta.url);
  // The groupings take turns (`--runs N`), so that a busy spell on a shared machine falls on both.
  const runs = Number(argument('--runs', '1'));
  const figures: SourceFigures[] = Array.from({ length: runs }, () => groupings)
    .flat()
    .map((sources) => {
      process.stderr.write(
        `sources: ${CLAIMS.toLocaleString('en')} claims in ${sources.toLocaleString('en')} sources…\n`,
      );
      const output = execFileSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', script, '--claims', String(CLAIMS), '--child', String(sources)],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      return JSON.parse(output.trim().split('\n').at(-1)!) as SourceFigures;
    });
  const heap = (value: number | null) => (value === null ? 'n/a' : `${value} MB`);
  for (const f of figures) {
    process.stderr.write(
      `${[
        `${f.claims.toLocaleString('en')} claims in ${f.sources.toLocaleString('en')} sources (Node):`,
        `  validate ${f.validateMs} ms (${f.textMb} MB of text; the dataset holds ${heap(f.datasetHeapMb)}); import as JSON Lines ${f.jsonLinesMs} ms, as ClaimReview ${f.claimReviewMs} ms (${f.claimReviewMb} MB)`,
        `  pack ${f.packMs} ms (holds ${heap(f.indexHeapMb)}); stored index ${f.storedIndexMb} MB + dataset ${f.storedDatasetMb} MB`,
        `  open ${f.openMs} ms (holds ${heap(f.analyzerHeapMb)}); the run's peak resident set ${f.runPeakRssMb} MB`,
        ...f.pages.map(
          (p) =>
            `  ${p.page}: first ${p.firstMs} ms, then ${p.nextMs} ms; ${p.corroborated} sentences corroborated, ${p.conflicting} conflicting; verdicts ${p.verdicts}`,
        ),
      ].join('\n')}\n`,
    );
  }
  if (runs > 1) {
    for (const sources of groupings) {
      const mine = figures.filter((f) => f.sources === sources);
      const least = (pick: (f: SourceFigures) => number) => Math.min(...mine.map(pick));
      const pageLeast = mine[0]!.pages.map(
        (p, i) => `${p.page} first ${least((f) => f.pages[i]!.firstMs)} / then ${least((f) => f.pages[i]!.nextMs)} ms`,
      );
      process.stderr.write(
        `${sources.toLocaleString('en')} sources, fastest of ${runs}: validate ${least((f) => f.validateMs)} ms, JSON Lines ${least((f) => f.jsonLinesMs)} ms, ClaimReview ${least((f) => f.claimReviewMs)} ms, pack ${least((f) => f.packMs)} ms, open ${least((f) => f.openMs)} ms; ${pageLeast.join('; ')}\n`,
      );
    }
  }
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
