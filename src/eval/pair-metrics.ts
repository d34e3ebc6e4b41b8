/** Scores three-way sentence-pair predictions: accuracy, per-class figures, macro-F1, confusion. */
import { classMetrics, confusionMatrix, macroF1, type ClassMetrics } from './classification-metrics';
import type { PairGold } from './pair-sets';
import { PAIR_GOLDS } from './pair-tsv';

/** Figures for one run over labelled pairs. */
export interface PairMetrics {
  pairs: number;
  accuracy: number;
  perClass: Record<PairGold, ClassMetrics>;
  /** Over the classes the gold labels contain; see scorePairs. */
  macroF1: number;
  /** The classes macro-F1 averages, in PAIR_GOLDS order. */
  scoredClasses: PairGold[];
  /** Rows gold, columns predicted, in PAIR_GOLDS order. */
  confusion: number[][];
  /** Accuracy of always answering the commonest gold label: the floor a judge must clear. */
  majorityAccuracy: number;
}

/**
 * Scores predictions against gold. Macro-F1 averages only the classes present in the gold labels:
 * most sets lack one (STS-B and MRPC have no conflicts, VitaminC no `neither`), and counting an absent
 * class as F1 0 would cap those sets at 0.667 whatever the judge did. Predicting an absent class still
 * costs: each such pair counts against the recall of its gold class.
 */
export function scorePairs(gold: readonly PairGold[], predicted: readonly PairGold[]): PairMetrics {
  const confusion = confusionMatrix(PAIR_GOLDS, gold, predicted);
  const perClass = classMetrics(PAIR_GOLDS, confusion);
  const scoredClasses = PAIR_GOLDS.filter((label) => perClass[label].support > 0);
  const scored = Object.fromEntries(scoredClasses.map((label) => [label, perClass[label]])) as Record<
    PairGold,
    ClassMetrics
  >;
  const correct = confusion.reduce((sum, row, i) => sum + row[i]!, 0);
  const commonest = Math.max(0, ...PAIR_GOLDS.map((label) => perClass[label].support));
  return {
    pairs: gold.length,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    perClass,
    macroF1: macroF1(scored),
    scoredClasses,
    confusion,
    majorityAccuracy: gold.length === 0 ? 0 : commonest / gold.length,
  };
}

/** Median and mean of per-pair times in milliseconds (0 for none). */
export function timeSummary(ms: readonly number[]): { median: number; mean: number } {
  if (ms.length === 0) return { median: 0, mean: 0 };
  const sorted = [...ms].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, mean: ms.reduce((sum, t) => sum + t, 0) / ms.length };
}

/** One confidence bin of a calibration table. */
export interface CalibrationBin {
  /** The bin's lower and upper confidence. */
  from: number;
  to: number;
  pairs: number;
  /** Mean confidence and share right of the pairs in the bin (0 when empty). */
  confidence: number;
  accuracy: number;
}

/** How well a judge's confidence says how often it is right. */
export interface Calibration {
  pairs: number;
  /** Expected calibration error: the pair-weighted mean gap between confidence and accuracy over the bins. */
  ece: number;
  bins: CalibrationBin[];
}

/**
 * Expected calibration error over `binCount` equal-width bins of confidence (Guo et al. 2017): a judge
 * whose "0.8" is right 80% of the time scores 0. `confidence[i]` is the probability of the answer given,
 * `correct[i]` whether it was the gold one.
 */
export function calibration(confidence: readonly number[], correct: readonly boolean[], binCount = 10): Calibration {
  const bins: CalibrationBin[] = Array.from({ length: binCount }, (_, i) => ({
    from: i / binCount,
    to: (i + 1) / binCount,
    pairs: 0,
    confidence: 0,
    accuracy: 0,
  }));
  for (const [i, p] of confidence.entries()) {
    const bin = bins[Math.min(binCount - 1, Math.max(0, Math.floor(p * binCount)))]!;
    bin.pairs++;
    bin.confidence += p;
    bin.accuracy += correct[i] ? 1 : 0;
  }
  let gap = 0;
  for (const bin of bins) {
    if (bin.pairs === 0) continue;
    bin.confidence /= bin.pairs;
    bin.accuracy /= bin.pairs;
    gap += bin.pairs * Math.abs(bin.confidence - bin.accuracy);
  }
  return { pairs: confidence.length, ece: confidence.length === 0 ? 0 : gap / confidence.length, bins };
}
