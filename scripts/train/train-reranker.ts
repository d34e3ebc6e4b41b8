/**
 * Trains the CheckThat! re-ranker: logistic regression on BM25's top candidates of the train queries
 * (relevant claim = 1), full-batch gradient descent with L2, features standardised into the weights.
 */
import type { Qrels, Query } from '../../src/eval/checkthat-data';
import type { ClaimSearch, Reranker } from '../../src/match/claim-search';
import { RERANK_FEATURES } from '../../src/match/rerank-features';

/** How many BM25 candidates are re-ranked: recall@30 is the ceiling of what re-ranking can fix. */
export const RERANK_DEPTH = 30;

/** Fits the re-ranker on the queries' candidates. */
export function trainReranker(search: ClaimSearch, queries: readonly Query[], qrels: Qrels): Reranker {
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const query of queries) {
    const relevant = qrels.get(query.id);
    if (!relevant) continue;
    for (const candidate of search.candidates(query.text, RERANK_DEPTH)) {
      rows.push(candidate.features);
      labels.push(relevant.has(candidate.id) ? 1 : 0);
    }
  }
  const width = RERANK_FEATURES.length;
  const mean = Array.from({ length: width }, (_, i) => rows.reduce((s, r) => s + r[i]!, 0) / rows.length);
  const std = Array.from(
    { length: width },
    (_, i) => Math.sqrt(rows.reduce((s, r) => s + (r[i]! - mean[i]!) ** 2, 0) / rows.length) || 1,
  );
  const x = rows.map((r) => r.map((v, i) => (v - mean[i]!) / std[i]!));
  const positives = labels.filter(Boolean).length;
  // Relevant candidates are ~1 in 30: weigh them up so the fit is not dominated by easy negatives.
  const positiveWeight = (labels.length - positives) / Math.max(1, positives);
  let w = new Array<number>(width).fill(0);
  let b = 0;
  const l2 = 1e-3;
  for (let iteration = 0; iteration < 800; iteration++) {
    const gradient = new Array<number>(width).fill(0);
    let gb = 0;
    let total = 0;
    x.forEach((row, n) => {
      const z = row.reduce((s, v, i) => s + v * w[i]!, b);
      const p = 1 / (1 + Math.exp(-z));
      const weight = labels[n] ? positiveWeight : 1;
      const error = weight * (p - labels[n]!);
      row.forEach((v, i) => (gradient[i]! += error * v));
      gb += error;
      total += weight;
    });
    w = w.map((value, i) => value - 0.5 * (gradient[i]! / total + l2 * value));
    b -= (0.5 * gb) / total;
  }
  // Fold the standardisation into the weights so inference needs none.
  const weights = w.map((value, i) => value / std[i]!);
  const bias = b - w.reduce((s, value, i) => s + (value * mean[i]!) / std[i]!, 0);
  return {
    features: [...RERANK_FEATURES],
    weights: weights.map((v) => Number(v.toFixed(6))),
    bias: Number(bias.toFixed(6)),
    depth: RERANK_DEPTH,
  };
}
