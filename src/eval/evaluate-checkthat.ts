/** Runs a claim ranker over CheckThat! queries and scores it with MAP@k and recall@k. */
import type { Qrels, Query } from './checkthat-data';
import { averagePrecisionAt, meanOverQueries, recallAt } from './ranking-metrics';

/** Ranks known claims for a query; `createClaimSearch` from src/match/claim-search.ts fits as is. */
export interface ClaimRanker {
  search(query: string, limit: number): Array<{ id: string; score: number }>;
}

/** One query's ranking, best first. */
export interface QueryRanking {
  qid: string;
  hits: Array<{ id: string; score: number }>;
}

/** Figures over the queries in the qrels, and every query's ranking (for a TREC run). */
export interface CheckThatResult {
  /** Queries ranked. */
  queries: number;
  /** Queries with relevance judgements: the denominator of every mean. */
  judgedQueries: number;
  map1: number;
  map3: number;
  map5: number;
  map10: number;
  recall5: number;
  recall10: number;
  /** Wall-clock milliseconds of the search calls alone, per query. */
  msPerQuery: number;
  rankings: QueryRanking[];
}

/** Ranks `depth` claims (default 1000) for every query and scores the rankings against the qrels. */
export function evaluateCheckThat(
  queries: readonly Query[],
  qrels: Qrels,
  ranker: ClaimRanker,
  options: { depth?: number } = {},
): CheckThatResult {
  const depth = options.depth ?? 1000;
  const rankings: QueryRanking[] = [];
  let searchMs = 0;
  for (const query of queries) {
    const started = performance.now();
    const hits = ranker.search(query.text, depth);
    searchMs += performance.now() - started;
    rankings.push({ qid: query.id, hits });
  }
  const ids = new Map(rankings.map((r) => [r.qid, r.hits.map((hit) => hit.id)]));
  // Only queries that were run count: a --limit smoke run must not be scored against absent queries.
  const asked = new Set(queries.map((q) => q.id));
  const judged: Qrels = new Map([...qrels].filter(([qid]) => asked.has(qid)));
  const mapAt = (k: number) =>
    meanOverQueries(judged, ids, (ranked, relevant) => averagePrecisionAt(k, ranked, relevant));
  const recall = (k: number) => meanOverQueries(judged, ids, (ranked, relevant) => recallAt(k, ranked, relevant));
  return {
    queries: queries.length,
    judgedQueries: judged.size,
    map1: mapAt(1),
    map3: mapAt(3),
    map5: mapAt(5),
    map10: mapAt(10),
    recall5: recall(5),
    recall10: recall(10),
    msPerQuery: queries.length === 0 ? 0 : searchMs / queries.length,
    rankings,
  };
}
