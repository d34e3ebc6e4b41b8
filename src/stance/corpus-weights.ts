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

/** A weigher over the units of these sentences (unknown keys weigh like concepts). */
export function rankWeigher(
  analyses: ReadonlyArray<SentenceAnalysis | null>,
  vectors: WordVectors,
): (key: string) => number {
  const weights = new Map<string, number>();
  for (const analysis of analyses)
    for (const unit of analysis?.units ?? []) weights.set(unit.key, rankWeight(unit, vectors));
  return (key) => weights.get(key) ?? CONCEPT_WEIGHT;
}
