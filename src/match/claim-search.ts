/**
 * Ranking known claims for a free-text query (a tweet, a sentence): BM25 over concept-aware terms, then
 * an optional learned re-ranking of the top candidates (rerank-features.ts). This is the retrieval the
 * CheckThat! evaluation measures.
 */
import { analyzeSentence, type SentenceAnalysis } from '../nlp/analyze-sentence';
import { defaultWordVectors } from '../nlp/default-vectors';
import type { WordVectors } from '../nlp/word-vectors';
import { buildBm25 } from './bm25';
import { defaultReranker } from './default-reranker';
import { cleanQueryText } from './query-text';
import { RERANK_FEATURES, rerankFeatures } from './rerank-features';

/** A claim to search: its id and the texts that describe it (claim, title). */
export interface SearchableClaim {
  id: string;
  text: string;
  title?: string | null;
}

/** A linear re-ranker: score = bias + Σ weights[i] × feature[i], over the top `depth` BM25 hits. */
export interface Reranker {
  features: string[];
  weights: number[];
  bias: number;
  depth: number;
}

/** Ranks claims for a query. */
export interface ClaimSearch {
  search(query: string, limit: number): Array<{ id: string; score: number }>;
  /** BM25 candidates with their re-ranking features (for training the re-ranker). */
  candidates(query: string, depth: number): Array<{ id: string; features: number[] }>;
}

/** BM25 over claim text plus title, re-ranked by the shipped re-ranker unless `reranker: null` is passed. */
export function createClaimSearch(
  claims: readonly SearchableClaim[],
  options: { reranker?: Reranker | null; vectors?: WordVectors } = {},
): ClaimSearch {
  const vectors = options.vectors ?? defaultWordVectors();
  const reranker = options.reranker === undefined ? defaultReranker : options.reranker;
  if (reranker && reranker.features.join() !== RERANK_FEATURES.join())
    throw new Error('re-ranker was trained on other features: run npm run train');
  const analyses = claims.map((claim) => analyzeSentence(claim.text));
  const titles = claims.map((claim) => (claim.title ? analyzeSentence(claim.title) : null));
  const bm25 = buildBm25(
    claims.map((_, i) => [...analyses[i]!.units, ...(titles[i]?.units ?? [])].map((unit) => unit.key)),
  );

  function candidates(
    query: string,
    depth: number,
  ): Array<{ doc: number; bm25: number; features: number[]; analysis: SentenceAnalysis }> {
    const analysis = analyzeSentence(cleanQueryText(query));
    const hits = bm25.search(
      analysis.units.map((unit) => unit.key),
      depth,
    );
    const top = hits[0]?.score ?? 0;
    return hits.map((hit, rank) => ({
      doc: hit.doc,
      bm25: hit.score,
      analysis,
      features: rerankFeatures(
        analysis,
        { claim: analyses[hit.doc]!, title: titles[hit.doc]!, bm25: hit.score, rank },
        top,
        vectors,
      ),
    }));
  }

  return {
    search(query, limit) {
      if (!reranker) {
        const analysis = analyzeSentence(cleanQueryText(query));
        return bm25
          .search(
            analysis.units.map((unit) => unit.key),
            limit,
          )
          .map((hit) => ({ id: claims[hit.doc]!.id, score: hit.score }));
      }
      const scored = candidates(query, Math.max(limit, reranker.depth)).map((candidate, rank) => ({
        id: claims[candidate.doc]!.id,
        // Beyond the re-ranked depth, BM25's order stands, below every re-ranked candidate.
        score:
          rank < reranker.depth
            ? candidate.features.reduce((sum, x, i) => sum + x * reranker.weights[i]!, reranker.bias)
            : -1e6 - rank,
      }));
      return scored.sort((a, b) => b.score - a.score).slice(0, limit);
    },
    candidates(query, depth) {
      return candidates(query, depth).map((candidate) => ({
        id: claims[candidate.doc]!.id,
        features: candidate.features,
      }));
    },
  };
}
