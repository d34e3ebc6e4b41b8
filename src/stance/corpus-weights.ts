/**
 * Unit weights when there is no claim corpus to count document frequencies in (judging one claim
 * against one article). The vector table is ordered by corpus frequency, and by Zipf's law a word's
 * document frequency falls with its rank, so log(rank) stands in for IDF.
 */
import type { SentenceAnalysis, Unit } from '../nlp/analyze-sentence';
import type { WordVectors } from '../nlp/word-vectors';

/** Weight of words the table does not know: names and rare words, the most informative of all. */
const UNKNOWN_WEIGHT = 6;
/** Concepts and office-holders are informative but common in news. */
const CONCEPT_WEIGHT = 3;

/** IDF-like weight of a unit from its word's frequency rank. */
export function rankWeight(unit: Pick<Unit, 'key' | 'vectorWord' | 'concept' | 'actor'>, vectors: WordVectors): number {
  if (unit.actor || unit.concept) return CONCEPT_WEIGHT;
  if (unit.key.startsWith('#')) return CONCEPT_WEIGHT;
  const rank = unit.vectorWord ? vectors.rank(unit.vectorWord) : null;
  if (rank === null) return UNKNOWN_WEIGHT;
  return Math.min(UNKNOWN_WEIGHT, Math.max(0.3, Math.log(1 + rank / 200)));
}

/** Each sentence's keys and their weights (the last unit with a key decides), per table of vectors. */
const keyWeights = new WeakMap<WordVectors, WeakMap<SentenceAnalysis, Map<string, number>>>();

function weightsOf(analysis: SentenceAnalysis, vectors: WordVectors): Map<string, number> {
  let byAnalysis = keyWeights.get(vectors);
  if (!byAnalysis) keyWeights.set(vectors, (byAnalysis = new WeakMap()));
  let weights = byAnalysis.get(analysis);
  if (!weights) {
    weights = new Map();
    for (const unit of analysis.units) weights.set(unit.key, rankWeight(unit, vectors));
    byAnalysis.set(analysis, weights);
  }
  return weights;
}

/**
 * A weigher over the units of these sentences (unknown keys weigh like concepts): a key shared by several
 * weighs as in the last of them. Each sentence's weights are worked out once, not once per pair judged.
 */
export function rankWeigher(
  analyses: ReadonlyArray<SentenceAnalysis | null>,
  vectors: WordVectors,
): (key: string) => number {
  const tables = analyses.flatMap((analysis) => (analysis ? [weightsOf(analysis, vectors)] : [])).reverse();
  return (key) => {
    for (const table of tables) {
      const weight = table.get(key);
      if (weight !== undefined) return weight;
    }
    return CONCEPT_WEIGHT;
  };
}
