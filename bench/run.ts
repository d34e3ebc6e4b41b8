/**
 * `npm run bench`: the engine in Node + jsdom, not the browser (`npm run bench:browser` times the
 * extension in Chromium, from the toolbar click to the painted popup). Speed and size figures, each
 * beside a baseline measured in the same run on the same machine (ratios, not absolute times, are what
 * carry between machines). The last line is one JSON
 * object with every figure. Never a timed assertion in tests: this is where speed is measured.
 */
// First: the engine's word vectors and pair model, read from assets/.
import '../src/assets/node-assets';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDataset } from '../src/claims/default-dataset';
import { createAnalyzer } from '../src/engine/analyzer';
import { extractArticle } from '../src/extract/extract-article';
import { parseHtmlDocument } from '../src/node/html-document';
import { analyzeSentence } from '../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../src/nlp/default-vectors';
import { NEWS_PAGES } from '../src/eval/run-distractors-task';
import { judgeAnalyzed } from '../src/stance/judge-passage';
import { LONG_PAGES, REAL_PAGES_DIR, SHARED_DATA_DIR } from './long-pages';
import { tfidfCosineBaseline } from './tfidf-baseline';
import { measureScale, readabilityTimes, releaseDocuments, type BenchPage, type ScaleFigures } from './scale';
import { median, memoryInUse, time } from './timing';

const root = resolve(import.meta.dirname, '..');

const pages = readdirSync(resolve(root, 'tests/fixtures'))
  .filter((name) => /^seed-\d+\.html$/.test(name))
  .map((name) => ({ name, html: readFileSync(resolve(root, 'tests/fixtures', name), 'utf8') }));

/**
 * Real news pages from Readability's own test suite (when ../shared is present): full-size DOMs. The
 * distractors evaluation's English news pages, and one Spanish page, whose extraction is timed too.
 */
const REAL_PAGES = [...NEWS_PAGES, 'la-nacion'];
const dataDir = SHARED_DATA_DIR;
const realDir = REAL_PAGES_DIR;
const realPages = existsSync(realDir)
  ? [...new Set([...REAL_PAGES, ...LONG_PAGES])].map((name) => ({
      name,
      html: readFileSync(resolve(realDir, name, 'source.html'), 'utf8'),
    }))
  : [];
/** Index sizes for the scale figures: `--sizes 1000,10000` for a quicker run. */
const sizesArgument = process.argv.indexOf('--sizes');
const SIZES = sizesArgument > 0 ? process.argv[sizesArgument + 1]!.split(',').map(Number) : [1_000, 10_000, 100_000];

// 1. Sentence-pair judging: every page sentence of the seed pages against every known claim.
const heapBefore = memoryInUse();
const vectors = defaultWordVectors();
const analyzer = createAnalyzer([defaultDataset]);
// What the extension's worker holds: word vectors, stance model, claim index (jsdom pages come later).
const engineHeapMb = Math.round((memoryInUse() - heapBefore) / 1e6);
const pageSentences = pages.flatMap((page) => {
  const result = extractArticle(parseHtmlDocument(page.html, `http://127.0.0.1/${page.name}`));
  return result.ok ? result.article.sentences.map((s) => s.text) : [];
});
const claims = Array.from({ length: Math.min(40, analyzer.index.size) }, (_, doc) => analyzer.index.entry(doc));
const pairs = pageSentences.slice(0, 40).flatMap((text) => claims.map((claim) => [text, claim] as const));
const weigh = (key: string) => analyzer.index.bm25.idf(key);
// The extension's judge on one pair, as the analyzer calls it: the page sentence analyzed once per page
// (outside the timing), the claim analyzed at import; the rules, the features and the trees inside, and
// the attention model on the pairs the trees are unsure of.
const pageAnalyses = new Map(pageSentences.slice(0, 40).map((text) => [text, analyzeSentence(text)]));
let secondStage = 0;
const judgeTimes = pairs.map(([text, claim]) => {
  const page = pageAnalyses.get(text)!;
  const started = performance.now();
  const verdict = judgeAnalyzed(
    page,
    { sentences: [claim.claim.text], analyses: [claim.analysis] },
    { vectors, grain: 'sentence' },
  );
  const ms = performance.now() - started;
  if (verdict.decidedBy === 'model+attention') secondStage++;
  return ms;
});
const baselineTimes = pairs.map(([text, claim]) => {
  const started = performance.now();
  tfidfCosineBaseline(text, claim.claim.text, weigh);
  return performance.now() - started;
});
// 2. Analysis against Readability's own parse of the same page (the issue's budget: well under it).
//    Readability runs here over jsdom, slower than a browser's DOM: the ratio flatters us on big pages
//    and is harsh on the small fixtures, so both kinds are reported.
const benchPages: BenchPage[] = [...pages, ...realPages].flatMap((page) => {
  const result = extractArticle(parseHtmlDocument(page.html, `http://127.0.0.1/${page.name}`));
  return result.ok
    ? [{ ...page, article: result.article, words: result.article.text.split(/\s+/).filter(Boolean).length }]
    : [];
});
await releaseDocuments();
const readability = await readabilityTimes(benchPages);
const pageFigures = benchPages.map((page) => {
  const analysisMs = time(() => analyzer.analyze(page.article), 5, false);
  const readabilityMs = readability.get(page.name)!;
  return {
    page: page.name,
    words: page.words,
    sentences: page.article.sentences.length,
    readabilityMs,
    analysisMs,
    ratio: analysisMs / readabilityMs,
  };
});

// 3. Scale: the same pages against 1,000 / 10,000 / 100,000 claims (needs ../shared/data).
const scale: ScaleFigures[] = [];
if (realPages.length === 0)
  process.stderr.write('scale: skipped (../shared/data is absent; the corpora come from there)\n');
else {
  const long = new Set<string>(LONG_PAGES);
  for (const claims of SIZES) {
    process.stderr.write(`scale: packing and measuring ${claims.toLocaleString('en')} claims…\n`);
    scale.push(measureScale(dataDir, claims, benchPages, long, readability, claims === Math.max(...SIZES)));
  }
}

const assets = Object.fromEntries(
  [
    'word-vectors.bin',
    'pair-model.json',
    'attention-model.json',
    'lexicon.json',
    'retrieval-model.json',
    'default-dataset.json',
  ].map((name) => [name, statSync(resolve(root, 'assets', name)).size]),
);
const figures = {
  judgeSentencePairMedianMs: median(judgeTimes),
  tfidfBaselinePairMedianMs: median(baselineTimes),
  judgeVsBaseline: median(judgeTimes) / median(baselineTimes),
  judgeSentencePairMeanMs: judgeTimes.reduce((a, b) => a + b, 0) / judgeTimes.length,
  /** Pairs the trees were unsure of, judged again with the attention model. */
  judgeSecondStageShare: secondStage / pairs.length,
  pairs: pairs.length,
  pages: pageFigures,
  analysisVsReadabilityMedianFixtures: median(
    pageFigures.filter((p) => p.page.startsWith('seed-')).map((p) => p.ratio),
  ),
  analysisVsReadabilityMedianRealPages: median(
    pageFigures.filter((p) => !p.page.startsWith('seed-')).map((p) => p.ratio),
  ),
  scale,
  modelBytes: assets,
  // What the extension ships to judge: vectors, the learned pair judge (trees and attention model), the lexicon, the
  // re-ranker.
  shippedModelBytes:
    (assets['word-vectors.bin'] ?? 0) +
    (assets['pair-model.json'] ?? 0) +
    (assets['attention-model.json'] ?? 0) +
    (assets['lexicon.json'] ?? 0) +
    (assets['retrieval-model.json'] ?? 0),
  engineHeapMb,
};
process.stderr.write(
  `${[
    'npm run bench: the engine in Node + jsdom, not the browser (Readability runs over jsdom here, 3–10× slower than in Chromium; npm run bench:browser measures the extension in the browser)',
    `judge, sentence pair: median ${figures.judgeSentencePairMedianMs.toFixed(3)} ms, mean ${figures.judgeSentencePairMeanMs.toFixed(3)} ms over ${pairs.length} pairs, ${(100 * figures.judgeSecondStageShare).toFixed(0)}% through the attention model (TF-IDF cosine baseline ${figures.tfidfBaselinePairMedianMs.toFixed(3)} ms; ratio ${figures.judgeVsBaseline.toFixed(1)})`,
    ...pageFigures.map(
      (p) =>
        `${p.page} (${p.sentences} sentences): Readability ${p.readabilityMs.toFixed(1)} ms, analysis ${p.analysisMs.toFixed(1)} ms (ratio ${p.ratio.toFixed(2)})`,
    ),
    `shipped model: ${(figures.shippedModelBytes / 1e6).toFixed(2)} MB; engine heap ${figures.engineHeapMb} MB`,
    ...scale.flatMap((size) => [
      `${size.claims.toLocaleString('en')} claims (the built-in 127 + ${size.corpus}): packed in ${size.packSeconds.toFixed(1)} s; stored index ${(size.indexBytes / 1e6).toFixed(1)} MB + dataset ${(size.datasetBytes / 1e6).toFixed(1)} MB; load ${size.loadMs.toFixed(0)} ms (index ${size.indexReadMs.toFixed(0)} + dataset ${size.datasetReadMs.toFixed(0)} + open ${size.openMs.toFixed(0)}); memory ${size.heapMb === null ? 'n/a (run with --expose-gc)' : `${size.heapMb.toFixed(1)} MB`}`,
      `  ~2,000-word pages: analysis / Readability median ${size.ratioLongPagesMedian.toFixed(2)}, max ${size.ratioLongPagesMax.toFixed(2)}; brute-force TF-IDF takes ${size.baselineVsOursLongPages?.toFixed(1) ?? 'n/a'}× our time`,
      ...size.pages.map(
        (p) =>
          `  ${p.page}: analysis ${p.analysisMs.toFixed(1)} ms (ratio ${p.ratio.toFixed(2)})${p.baselineMs === null ? '' : `, brute-force TF-IDF ${p.baselineMs.toFixed(0)} ms`}`,
      ),
      ...(size.coldPages ?? []).map(
        (p) =>
          `  ${p.page}, first analysis in a fresh process: ${p.analysisMs.toFixed(1)} ms (ratio ${p.ratio.toFixed(2)})`,
      ),
    ]),
  ].join('\n')}\n`,
);
process.stdout.write(`${JSON.stringify(figures)}\n`);
