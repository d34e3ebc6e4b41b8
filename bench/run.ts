/**
 * `npm run bench`: speed and size figures, each beside a baseline measured in the same run on the same
 * machine (ratios, not absolute times, are what carry between machines). The last line is one JSON
 * object with every figure. Never a timed assertion in tests: this is where speed is measured.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { defaultDataset } from '../src/claims/default-dataset';
import { createAnalyzer } from '../src/engine/analyzer';
import { extractArticle } from '../src/extract/extract-article';
import { parseHtmlDocument } from '../src/node/html-document';
import { analyseSentence } from '../src/nlp/analyse-sentence';
import { defaultWordVectors } from '../src/nlp/default-vectors';
import { judgeSentences } from '../src/stance/judge';
import { judge } from '../src/stance/judge-passage';
import { tfidfCosineBaseline } from './tfidf-baseline';
import { median, time } from './timing';

const root = resolve(import.meta.dirname, '..');


const pages = readdirSync(resolve(root, 'tests/fixtures'))
  .filter((name) => /^seed-\d+\.html$/.test(name))
  .map((name) => ({ name, html: readFileSync(resolve(root, 'tests/fixtures', name), 'utf8') }));

/** Real news pages from Readability's own test suite (when ../shared is present): full-size DOMs. */
const REAL_PAGES = ['nytimes-1', 'guardian-1', 'bbc-1', 'cnn', 'wapo-1', 'seattletimes-1', 'medium-1', 'theverge', 'yahoo-1', 'la-nacion'];
const realDir = resolve(root, '../shared/data/readability-pages');
const realPages = existsSync(realDir)
  ? REAL_PAGES.map((name) => ({ name, html: readFileSync(resolve(realDir, name, 'source.html'), 'utf8') }))
  : [];

// 1. Sentence-pair judging: every page sentence of the seed pages against every known claim.
const heapBefore = process.memoryUsage().heapUsed;
const vectors = defaultWordVectors();
const analyzer = createAnalyzer([defaultDataset]);
// What the extension's worker holds: word vectors, stance model, claim index (jsdom pages come later).
const engineHeapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6);
const pageSentences = pages.flatMap((page) => {
  const result = extractArticle(parseHtmlDocument(page.html, `http://127.0.0.1/${page.name}`));
  return result.ok ? result.article.sentences.map((s) => s.text) : [];
});
const claims = Array.from({ length: Math.min(40, analyzer.index.size) }, (_, doc) => analyzer.index.entry(doc));
const pairs = pageSentences.slice(0, 40).flatMap((text) => claims.map((claim) => [text, claim] as const));
const weigh = (key: string) => analyzer.index.bm25.idf(key);
const judgeTimes = pairs.map(([text, claim]) => {
  const started = performance.now();
  judgeSentences(analyseSentence(text), claim.analysis, { vectors, weigh });
  return performance.now() - started;
});
const baselineTimes = pairs.map(([text, claim]) => {
  const started = performance.now();
  tfidfCosineBaseline(text, claim.claim.text, weigh);
  return performance.now() - started;
});
const passageTimes = pages.slice(0, 3).flatMap((page) =>
  pageSentences.slice(0, 10).map((claim) => {
    const started = performance.now();
    judge(claim, page.html.replace(/<[^>]+>/g, ' '));
    return performance.now() - started;
  }),
);

// 2. Analysis against Readability's own parse of the same page (the budget: well under it).
//    Readability runs here over jsdom, slower than a browser's DOM: the ratio flatters us on big pages
//    and is harsh on the small fixtures, so both kinds are reported.
const pageFigures = [...pages, ...realPages].map((page) => {
  const readabilityMs = time(() => new Readability(parseHtmlDocument(page.html) as Document).parse(), 5, false);
  const result = extractArticle(parseHtmlDocument(page.html, `http://127.0.0.1/${page.name}`));
  const analysisMs = result.ok ? time(() => analyzer.analyze(result.article), 5, false) : 0;
  const sentences = result.ok ? result.article.sentences.length : 0;
  return { page: page.name, sentences, readabilityMs, analysisMs, ratio: analysisMs / readabilityMs };
});

const assets = Object.fromEntries(
  ['word-vectors.json', 'stance-model.json', 'retrieval-model.json', 'default-dataset.json'].map((name) => [name, statSync(resolve(root, 'assets', name)).size]),
);
const figures = {
  judgeSentencePairMedianMs: median(judgeTimes),
  tfidfBaselinePairMedianMs: median(baselineTimes),
  judgeVsBaseline: median(judgeTimes) / median(baselineTimes),
  judgePassageMedianMs: median(passageTimes),
  pairs: pairs.length,
  pages: pageFigures,
  analysisVsReadabilityMedianFixtures: median(pageFigures.filter((p) => p.page.startsWith('seed-')).map((p) => p.ratio)),
  analysisVsReadabilityMedianRealPages: median(pageFigures.filter((p) => !p.page.startsWith('seed-')).map((p) => p.ratio)),
  modelBytes: assets,
  shippedModelBytes: (assets['word-vectors.json'] ?? 0) + (assets['stance-model.json'] ?? 0) + (assets['retrieval-model.json'] ?? 0),
  engineHeapMb,
};
process.stderr.write(
  [
    `judge, sentence pair: median ${figures.judgeSentencePairMedianMs.toFixed(3)} ms over ${pairs.length} pairs (TF-IDF cosine baseline ${figures.tfidfBaselinePairMedianMs.toFixed(3)} ms; ratio ${figures.judgeVsBaseline.toFixed(1)})`,
    `judge, claim vs whole page: median ${figures.judgePassageMedianMs.toFixed(1)} ms`,
    ...pageFigures.map((p) => `${p.page} (${p.sentences} sentences): Readability ${p.readabilityMs.toFixed(1)} ms, analysis ${p.analysisMs.toFixed(1)} ms (ratio ${p.ratio.toFixed(2)})`),
    `shipped model: ${(figures.shippedModelBytes / 1e6).toFixed(2)} MB; engine heap ${figures.engineHeapMb} MB`,
  ].join('\n') + '\n',
);
process.stdout.write(`${JSON.stringify(figures)}\n`);
