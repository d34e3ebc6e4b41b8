/**
 * `npm run bench:meaning [-- --claims N]`: what the meaning channel costs at a dataset's size (default
 * 100,000 claims of the bench corpus plus the built-in dataset), in Node on this machine:
 *   - encoding every claim and clustering the vectors (what packing adds, and what opening an index
 *     packed without the part pays instead), and the part's bytes;
 *   - one page sentence's search (encoding it, choosing lists, int8 dot products), median over the
 *     sentences of the long news pages, beside scanning every claim;
 *   - how many of a full scan's top hits the inverted-file search returns (its recall);
 *   - the whole analysis of each long page against the same claims, with and without the channel (median
 *     of three runs a page, the index packed once with the vectors and opened for each).
 * Figures go to docs/scale.md; the last line is one JSON object.
 */
import '../src/assets/node-assets';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDataset } from '../src/claims/default-dataset';
import type { Article } from '../src/extract/article';
import { createAnalyzer } from '../src/engine/analyzer';
import { extractArticle } from '../src/extract/extract-article';
import { packClaimIndex } from '../src/match/pack-claim-index';
import { defaultSentenceEncoder } from '../src/match/default-sentence-encoder';
import { packMeaningParts, searchMeaning, type PackedMeaningParts } from '../src/match/meaning-index';
import { parseHtmlDocument } from '../src/node/html-document';
import { benchCorpus } from './claim-corpus';
import { LONG_PAGES, REAL_PAGES_DIR, SHARED_DATA_DIR } from './long-pages';
import { median } from './timing';

const argument = process.argv.indexOf('--claims');
const claims = argument > 0 ? Number(process.argv[argument + 1]) : 100_000;
/** Hits compared with a full scan: what the channel asks for (retrieve-candidates.ts). */
const TOP = 8;
const FLOOR = 0.5;
const encoder = defaultSentenceEncoder();
if (!encoder) throw new Error('the shipped sentence encoder does not fit the word vectors');

const datasets = [defaultDataset, benchCorpus(SHARED_DATA_DIR, claims)];
let started = performance.now();
const meaning = packMeaningParts(datasets, encoder);
const packSeconds = (performance.now() - started) / 1000;
const part = meaning.parts[0]!;
const bytes = [part.vectors, part.centroids, part.listStart, part.members, part.codebooks, part.codes].reduce(
  (n, array) => n + array.byteLength,
  0,
);
/** Every claim in one list: a full scan, for the baseline and the recall. */
const scanAll: PackedMeaningParts = {
  parts: [
    {
      ...part,
      centroids: new Int8Array(part.dimensions),
      // One list of every row (rows are in the part's list order, so `members` still names their claims).
      listStart: Uint32Array.of(0, part.members.length),
      codebooks: new Int8Array(0),
      codes: new Uint8Array(0),
    },
  ],
  from: [0],
};

const sentences: string[] = [];
const articles: Article[] = [];
for (const name of LONG_PAGES) {
  const html = readFileSync(resolve(REAL_PAGES_DIR, name, 'source.html'), 'utf8');
  const article = extractArticle(parseHtmlDocument(html, `https://example.com/${name}`));
  if (!article.ok) continue;
  articles.push(article.article);
  sentences.push(...article.article.sentences.map((sentence) => sentence.text));
}
const SHARES = [1 / 48, 1 / 24, 1 / 12, 1 / 6];
const shares = SHARES.map(() => 0);
const shareMs = SHARES.map(() => 0);
const encodeMs: number[] = [];
const searchMs: number[] = [];
const scanMs: number[] = [];
let overlap = 0;
let compared = 0;
for (const sentence of sentences) {
  started = performance.now();
  const query = encoder.encode(sentence);
  encodeMs.push(performance.now() - started);
  if (!query) continue;
  const hits = searchMeaning(meaning, query, TOP, FLOOR);
  searchMs.push(performance.now() - started);
  started = performance.now();
  const all = searchMeaning(scanAll, query, TOP, FLOOR);
  scanMs.push(performance.now() - started);
  const found = new Set(hits.map((hit) => hit.doc));
  overlap += all.filter((hit) => found.has(hit.doc)).length;
  compared += all.length;
  for (const [i, share] of SHARES.entries()) {
    const t0 = performance.now();
    const found = new Set(searchMeaning(meaning, query, TOP, FLOOR, (n) => n * share).map((hit) => hit.doc));
    shareMs[i]! += performance.now() - t0;
    shares[i]! += all.filter((hit) => found.has(hit.doc)).length;
  }
}
// The whole analysis, with and without the channel, on the same packed index; the two alternate run by
// run, so that a machine busy with something else slows both alike.
const packed = packClaimIndex(datasets, encoder);
const analyzers = [
  createAnalyzer(datasets, packed, undefined, null),
  createAnalyzer(datasets, packed, undefined, encoder),
];
const [without, withChannel] = [[], []] as [number[], number[]];
for (const article of articles) {
  const runs: [number[], number[]] = [[], []];
  for (let run = 0; run < 4; run++)
    analyzers.forEach((analyzer, k) => {
      const t0 = performance.now();
      analyzer.analyze(article);
      if (run > 0) runs[k]!.push(performance.now() - t0);
    });
  without.push(median(runs[0]));
  withChannel.push(median(runs[1]));
}
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const figures = {
  claims: part.claimCount,
  lists: part.listStart.length - 1,
  dimensions: part.dimensions,
  packSeconds: Math.round(packSeconds * 100) / 100,
  partMb: Math.round(bytes / 1e4) / 100,
  sentences: searchMs.length,
  encodeMsMedian: Math.round(median(encodeMs) * 1000) / 1000,
  searchMsMedian: Math.round(median(searchMs) * 1000) / 1000,
  scanMsMedian: Math.round(median(scanMs) * 1000) / 1000,
  recallOfScanTop: Math.round((overlap / compared) * 1000) / 1000,
  longPagesAnalysisMsWithout: Math.round(sum(without)),
  longPagesAnalysisMsWith: Math.round(sum(withChannel)),
};
process.stdout.write(
  `meaning channel at ${figures.claims.toLocaleString('en')} claims (${figures.lists} lists, ${figures.dimensions} int8 dimensions, ${figures.partMb} MB): encoded and clustered in ${figures.packSeconds} s\n` +
    `one page sentence (${figures.sentences} sentences of the long pages): ${figures.searchMsMedian} ms median (encoding it ${figures.encodeMsMedian} ms), scanning every claim ${figures.scanMsMedian} ms; the search returns ${(figures.recallOfScanTop * 100).toFixed(1)}% of the scan's top ${TOP}\n`,
);
process.stdout.write(
  `share of the scan's top ${TOP} found when reading ${SHARES.map((share, i) => `1/${Math.round(1 / share)}: ${((shares[i]! / compared) * 100).toFixed(1)}% (${(shareMs[i]! / searchMs.length).toFixed(2)} ms mean)`).join(', ')}\n`,
);
process.stdout.write(
  `analysis of the ${articles.length} long pages (sum of per-page medians): ${figures.longPagesAnalysisMsWithout} ms without the channel, ${figures.longPagesAnalysisMsWith} ms with it\n`,
);
process.stdout.write(`${JSON.stringify(figures)}\n`);
