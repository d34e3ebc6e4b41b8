/**
 * `npm run bench:meaning [-- --claims N]`: what the meaning channel costs at a dataset's size (default
 * 100,000 claims of the bench corpus plus the built-in dataset), in Node on this machine:
 *   - encoding every claim and clustering the vectors (what packing adds, and what opening an index
 *     packed without the part pays instead), and the part's bytes;
 *   - one page sentence's search (encoding it, choosing lists, int8 dot products), median over the
 *     sentences of the long news pages, beside scanning every claim;
 *   - how many of a full scan's top hits the inverted-file search returns (its recall).
 * Figures go to docs/scale.md; the last line is one JSON object.
 */
import '../src/assets/node-assets';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDataset } from '../src/claims/default-dataset';
import { extractArticle } from '../src/extract/extract-article';
import { defaultSentenceEncoder } from '../src/match/default-sentence-encoder';
import { packMeaningParts, searchMeaning, type PackedMeaningParts } from '../src/match/meaning-index';
import { parseHtmlDocument } from '../src/node/html-document';
import { benchCorpus } from './claim-corpus';
import { LONG_PAGES, REAL_PAGES_DIR, SHARED_DATA_DIR } from './long-pages';
import { median } from './timing';

const argument = process.argv.indexOf('--claims');
const claims = argument > 0 ? Number(process.argv[argument + 1]) : 100_000;
const TOP = 16;
const encoder = defaultSentenceEncoder();
if (!encoder) throw new Error('the shipped sentence encoder does not fit the word vectors');

const datasets = [defaultDataset, benchCorpus(SHARED_DATA_DIR, claims)];
let started = performance.now();
const meaning = packMeaningParts(datasets, encoder);
const packSeconds = (performance.now() - started) / 1000;
const part = meaning.parts[0]!;
const bytes = part.vectors.byteLength + part.centroids.byteLength + part.listStart.byteLength + part.members.byteLength;
/** Every claim in one list: a full scan, for the baseline and the recall. */
const scanAll: PackedMeaningParts = {
  parts: [
    {
      ...part,
      centroids: new Int8Array(part.dimensions),
      listStart: Uint32Array.of(0, part.claimCount),
      members: Uint32Array.from({ length: part.claimCount }, (_, i) => i),
    },
  ],
  from: [0],
};

const sentences: string[] = [];
for (const name of LONG_PAGES) {
  const html = readFileSync(resolve(REAL_PAGES_DIR, name, 'source.html'), 'utf8');
  const article = extractArticle(parseHtmlDocument(html, `https://example.com/${name}`));
  if (article.ok) sentences.push(...article.article.sentences.map((sentence) => sentence.text));
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
  const hits = searchMeaning(meaning, query, TOP, -1);
  searchMs.push(performance.now() - started);
  started = performance.now();
  const all = searchMeaning(scanAll, query, TOP, -1);
  scanMs.push(performance.now() - started);
  const found = new Set(hits.map((hit) => hit.doc));
  overlap += all.filter((hit) => found.has(hit.doc)).length;
  compared += all.length;
  for (const [i, share] of SHARES.entries()) {
    const t0 = performance.now();
    const found = new Set(searchMeaning(meaning, query, TOP, -1, (n) => n * share).map((hit) => hit.doc));
    shareMs[i]! += performance.now() - t0;
    shares[i]! += all.filter((hit) => found.has(hit.doc)).length;
  }
}
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
};
process.stdout.write(
  `meaning channel at ${figures.claims.toLocaleString('en')} claims (${figures.lists} lists, ${figures.dimensions} int8 dimensions, ${figures.partMb} MB): encoded and clustered in ${figures.packSeconds} s\n` +
    `one page sentence (${figures.sentences} sentences of the long pages): ${figures.searchMsMedian} ms median (encoding it ${figures.encodeMsMedian} ms), scanning every claim ${figures.scanMsMedian} ms; the search returns ${(figures.recallOfScanTop * 100).toFixed(1)}% of the scan's top ${TOP}\n`,
);
process.stdout.write(
  `share of the scan's top ${TOP} found when reading ${SHARES.map((share, i) => `1/${Math.round(1 / share)}: ${((shares[i]! / compared) * 100).toFixed(1)}% (${(shareMs[i]! / searchMs.length).toFixed(2)} ms mean)`).join(', ')}\n`,
);
process.stdout.write(`${JSON.stringify(figures)}\n`);
