/** The FNC-1 score exactly as the challenge's scorer (fnc-1/scorer.py) computes it. */
import type { FncLabel } from './fnc-labels';

/** Raw score, the best score the gold labels allow, and the score as a percentage of it. */
export interface FncScore {
  score: number;
  max: number;
  /** 100 × score / max; 0 when there is nothing to score. */
  percent: number;
}

function pairScore(gold: FncLabel, predicted: FncLabel): number {
  const goldRelated = gold !== 'unrelated';
  const predictedRelated = predicted !== 'unrelated';
  // As scorer.py: +0.25 for an exact match, +0.50 more if that label is a related one, and +0.25 when
  // both are related labels. So a related pair scores 1.0 exact, 0.25 with the wrong related label.
  let score = 0;
  if (gold === predicted) score += goldRelated ? 0.75 : 0.25;
  if (goldRelated && predictedRelated) score += 0.25;
  return score;
}

/** Scores predictions against gold labels (same order, same length). */
export function fncScore(gold: readonly FncLabel[], predicted: readonly FncLabel[]): FncScore {
  if (gold.length !== predicted.length)
    throw new RangeError(`fncScore: ${gold.length} gold labels but ${predicted.length} predictions`);
  let score = 0;
  let max = 0;
  for (const [i, label] of gold.entries()) {
    score += pairScore(label, predicted[i]!);
    max += pairScore(label, label);
  }
  return { score, max, percent: max === 0 ? 0 : (100 * score) / max };
}
