/**
 * One analysis in a fresh process, as the first page after the background worker wakes: nothing compiled
 * or cached yet. Run by scale.ts as `node --import tsx bench/cold-analysis.ts DIR`, where DIR holds the
 * stored index and dataset (`index.bin`, `dataset.bin`, v8.serialize) and the page (`page.html`); prints
 * the analysis time in milliseconds. Loading and extracting the page are not timed.
 */
// First: the engine's word vectors and pair model, read from assets/.
import '../src/assets/node-assets';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deserialize } from 'node:v8';
import type { Dataset } from '../src/claims/dataset';
import { defaultDataset } from '../src/claims/default-dataset';
import { createAnalyzer } from '../src/engine/analyzer';
import { extractArticle } from '../src/extract/extract-article';
import type { PackedClaimIndex } from '../src/match/pack-claim-index';
import { parseHtmlDocument } from '../src/node/html-document';

const dir = process.argv[2]!;
const index = deserialize(readFileSync(resolve(dir, 'index.bin'))) as PackedClaimIndex;
const dataset = deserialize(readFileSync(resolve(dir, 'dataset.bin'))) as Dataset;
const extracted = extractArticle(
  parseHtmlDocument(readFileSync(resolve(dir, 'page.html'), 'utf8'), 'http://127.0.0.1/page'),
);
if (!extracted.ok) throw new Error(extracted.message);
const analyzer = createAnalyzer([defaultDataset, dataset], index);
const started = performance.now();
analyzer.analyze(extracted.article);
process.stdout.write(`${performance.now() - started}\n`);
