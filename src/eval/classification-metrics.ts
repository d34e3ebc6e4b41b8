/** Confusion matrix, per-class precision/recall/F1 and macro-F1 for a fixed label order. */

/** Precision, recall and F1 of one class, with its gold count. */
export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  /** Gold items of this class. */
  support: number;
}

/** Rows are gold labels, columns predicted labels, both in `labels` order. */
export function confusionMatrix<L extends string>(
  labels: readonly L[],
  gold: readonly L[],
  predicted: readonly L[],
): number[][] {
  if (gold.length !== predicted.length)
    throw new RangeError(`confusionMatrix: ${gold.length} gold labels but ${predicted.length} predictions`);
  const matrix = labels.map(() => labels.map(() => 0));
  for (const [i, label] of gold.entries()) {
    const row = labels.indexOf(label);
    const column = labels.indexOf(predicted[i]!);
    if (row < 0 || column < 0) throw new RangeError(`confusionMatrix: unknown label ${row < 0 ? label : predicted[i]}`);
    matrix[row]![column]!++;
  }
  return matrix;
}

/**
 * Per-class metrics from a confusion matrix. A class never predicted has precision 0 and one never
 * present has recall 0 (as scikit-learn's zero_division=0), so F1 is 0 rather than undefined.
 */
export function classMetrics<L extends string>(
  labels: readonly L[],
  matrix: readonly number[][],
): Record<L, ClassMetrics> {
  const result = {} as Record<L, ClassMetrics>;
  for (const [k, label] of labels.entries()) {
    const truePositives = matrix[k]![k]!;
    const support = matrix[k]!.reduce((sum, n) => sum + n, 0);
    const predicted = matrix.reduce((sum, row) => sum + row[k]!, 0);
    const precision = predicted === 0 ? 0 : truePositives / predicted;
    const recall = support === 0 ? 0 : truePositives / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    result[label] = { precision, recall, f1, support };
  }
  return result;
}

/** Unweighted mean of the classes' F1 (the figure Hanselowski et al. report for FNC-1). */
export function macroF1<L extends string>(perClass: Record<L, ClassMetrics>): number {
  const values = Object.values<ClassMetrics>(perClass);
  return values.length === 0 ? 0 : values.reduce((sum, m) => sum + m.f1, 0) / values.length;
}
