/**
 * `npm run compare-retrieval`: our BM25 over concept-aware units (with and without the learned
 * re-ranker) against MiniSearch, a well-kept JS search library, on CheckThat! 2A dev: MAP@5, recall@5,
 * index build time and time per query, in one run on one machine. The choice is recorded in
 * docs/quality.md.
 */
// First: the engine's word vectors and pair model, read from assets/.
import '../src/assets/node-assets';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { readQrels, readQueries, readVerifiedClaims } from '../src/eval/checkthat-data';
import { evaluateCheckThat, type ClaimRanker } from '../src/eval/evaluate-checkthat';
import { createClaimSearch } from '../src/match/claim-search';
import { searchableClaim } from '../src/match/searchable-claim';

const dir = resolve(import.meta.dirname, '../../shared/data/checkthat-2022-2a');
const read = (name: string) => readFileSync(resolve(dir, name), 'utf8');
const claims = readVerifiedClaims(read('vclaims.jsonl'));
const queries = readQueries(read('dev_queries.tsv'));
const qrels = readQrels(read('dev_qrels.tsv'));
if (!claims.ok || !queries.ok || !qrels.ok) throw new Error(`CheckThat! data not readable at ${dir}`);
const searchable = claims.value.map(searchableClaim);

function measure(name: string, build: () => ClaimRanker) {
  const started = performance.now();
  const ranker = build();
  const buildMs = performance.now() - started;
  const result = evaluateCheckThat(queries.ok ? queries.value : [], qrels.ok ? qrels.value : new Map(), ranker, {
    depth: 10,
  });
  return {
    name,
    map5: result.map5,
    recall5: result.recall5,
    buildMs: Math.round(buildMs),
    msPerQuery: Number(result.msPerQuery.toFixed(2)),
  };
}

const rows = [
  measure('minisearch (BM25+, prefix off, fuzzy off)', () => {
    const index = new MiniSearch<{ id: string; text: string; title: string }>({
      fields: ['text', 'title'],
      storeFields: [],
    });
    index.addAll(searchable.map((c) => ({ id: c.id, text: c.text, title: c.title ?? '' })));
    return {
      search: (query, limit) =>
        index
          .search(query, { combineWith: 'OR' })
          .slice(0, limit)
          .map((hit) => ({ id: String(hit.id), score: hit.score })),
    };
  }),
  measure('minisearch (fuzzy 0.2, prefix)', () => {
    const index = new MiniSearch<{ id: string; text: string; title: string }>({
      fields: ['text', 'title'],
      storeFields: [],
    });
    index.addAll(searchable.map((c) => ({ id: c.id, text: c.text, title: c.title ?? '' })));
    return {
      search: (query, limit) =>
        index
          .search(query, { combineWith: 'OR', fuzzy: 0.2, prefix: true })
          .slice(0, limit)
          .map((hit) => ({ id: String(hit.id), score: hit.score })),
    };
  }),
  measure('ours: BM25 over stems + concepts', () => createClaimSearch(searchable, { reranker: null })),
  measure('ours: BM25 + learned re-ranker', () => createClaimSearch(searchable)),
];
for (const row of rows)
  process.stderr.write(
    `${row.name}: MAP@5 ${row.map5.toFixed(3)}, recall@5 ${row.recall5.toFixed(3)}, build ${row.buildMs} ms, ${row.msPerQuery} ms/query\n`,
  );
process.stdout.write(`${JSON.stringify({ task: 'compare-retrieval', rows })}\n`);
