/** The shipped CheckThat!-trained re-ranker (assets/retrieval-model.json, written by `npm run train:body`). */
import asset from '../../assets/retrieval-model.json';
import type { Reranker } from './claim-search';

/** The re-ranker as trained: BM25's top candidates re-ordered by a linear model over rerank-features.ts. */
export const defaultReranker: Reranker = {
  features: asset.features,
  weights: asset.weights,
  bias: asset.bias,
  depth: asset.depth,
};
