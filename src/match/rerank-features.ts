/**
 * Features for re-ranking BM25's candidates: how much of the claim the query states (soft alignment),
 * how its title matches, names and numbers in common. A linear model over these (trained on CheckThat!
 * train queries by `npm run train`) re-orders the top candidates.
 */
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import type { WordVectors } from '../nlp/word-vectors';
import { align } from '../stance/align';
import { rankWeigher } from '../stance/corpus-weights';

/** Names of the re-ranking features, in order. */
export const RERANK_FEATURES = [
  'bm25Relative',
  'reciprocalRank',
  'logBm25',
  'similarity',
  'claimCoverage',
  'queryCoverage',
  'titleSimilarity',
  'titleCoverage',
  'rareShare',
  'entityShare',
  'numberShare',
] as const;

/** A candidate claim as the re-ranker sees it. */
export interface RerankCandidate {
  claim: SentenceAnalysis;
  title: SentenceAnalysis | null;
  bm25: number;
  rank: number;
}

/** Feature vector of one candidate for one query; `topBm25` is the query's best BM25 score. */
export function rerankFeatures(
  query: SentenceAnalysis,
  candidate: RerankCandidate,
  topBm25: number,
  vectors: WordVectors,
): number[] {
  const weigh = rankWeigher([query, candidate.claim, candidate.title], vectors);
  const body = align(query, candidate.claim, vectors, weigh);
  const title = candidate.title ? align(query, candidate.title, vectors, weigh) : null;
  const queryKeys = new Set(query.units.map((u) => u.key));
  const rare = candidate.claim.units.filter((u) => weigh(u.key) >= 4);
  const capitalised = (a: SentenceAnalysis) => new Set(a.tokens.filter((t) => t.isCapitalised).map((t) => t.norm));
  const claimNames = capitalised(candidate.claim);
  const queryText = query.text.toLowerCase();
  const numbers = candidate.claim.numbers;
  return [
    topBm25 > 0 ? candidate.bm25 / topBm25 : 0,
    1 / (candidate.rank + 1),
    Math.log(1 + candidate.bm25),
    body.similarity,
    body.sourceCoverage,
    body.pageCoverage,
    title?.similarity ?? 0,
    title?.sourceCoverage ?? 0,
    rare.length ? rare.filter((u) => queryKeys.has(u.key)).length / rare.length : 0,
    claimNames.size ? [...claimNames].filter((name) => queryText.includes(name)).length / claimNames.size : 0,
    numbers.length ? numbers.filter((n) => queryText.includes(n.text.toLowerCase())).length / numbers.length : 0,
  ];
}
