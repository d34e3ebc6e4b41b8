/** Runs a stance judge over FNC-1-format pairs and scores it the way the challenge did. */
import { classMetrics, confusionMatrix, macroF1, type ClassMetrics } from './classification-metrics';
import type { FncPair } from './fnc-data';
import { FNC_LABELS, labelForRelation, type FncLabel } from './fnc-labels';
import { fncScore, type FncScore } from './fnc-score';
import type { StanceJudge } from './stance-judge';

/** Figures that need gold labels. */
export interface FncMetrics {
  fncScore: FncScore;
  perClass: Record<FncLabel, ClassMetrics>;
  macroF1: number;
  /** Rows gold, columns predicted, in FNC_LABELS order. */
  confusion: number[][];
  /** The first stage on its own: related (agree/disagree/discuss) vs unrelated, scored on "related". */
  relatedVsUnrelated: ClassMetrics;
  accuracy: number;
}

/** Predictions in input order, with metrics when every pair had a gold label. */
export interface FncResult {
  pairs: number;
  predictions: FncLabel[];
  /** Null when the pairs carry no gold labels (the official test input format). */
  metrics: FncMetrics | null;
  /** Wall-clock milliseconds of the judge calls alone, per pair. */
  msPerPair: number;
}

/** Options for a run: progress reporting for long runs. */
export interface EvaluateFncOptions {
  /** Called every `progressEvery` pairs (default 500) with the number done so far. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

/** Scores predictions against gold labels; exported so training code can score its own predictions. */
export function scoreFnc(gold: readonly FncLabel[], predicted: readonly FncLabel[]): FncMetrics {
  const confusion = confusionMatrix(FNC_LABELS, gold, predicted);
  const perClass = classMetrics(FNC_LABELS, confusion);
  const related = (label: FncLabel) => (label === 'unrelated' ? 'unrelated' : 'related');
  const stageOne = classMetrics(
    ['related', 'unrelated'] as const,
    confusionMatrix(['related', 'unrelated'] as const, gold.map(related), predicted.map(related)),
  );
  const correct = gold.filter((label, i) => label === predicted[i]).length;
  return {
    fncScore: fncScore(gold, predicted),
    perClass,
    macroF1: macroF1(perClass),
    confusion,
    relatedVsUnrelated: stageOne.related,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
  };
}

/**
 * Judges every pair (headline as the claim, body as the passage) and scores the predictions when all
 * pairs are labelled. Every body id must be in `bodies`: callers check first (see missingBodyIds),
 * since guessing a verdict for a missing body would hide a broken input.
 */
export function evaluateFnc(
  pairs: readonly FncPair[],
  bodies: ReadonlyMap<string, string>,
  judge: StanceJudge,
  options: EvaluateFncOptions = {},
): FncResult {
  const every = options.progressEvery ?? 500;
  const predictions: FncLabel[] = [];
  let judgeMs = 0;
  for (const [i, pair] of pairs.entries()) {
    const body = bodies.get(pair.bodyId);
    if (body === undefined) throw new RangeError(`evaluateFnc: no body with id ${pair.bodyId}`);
    const started = performance.now();
    const verdict = judge(pair.headline, body);
    judgeMs += performance.now() - started;
    predictions.push(labelForRelation(verdict.relation));
    if (options.onProgress && (i + 1) % every === 0) options.onProgress(i + 1, pairs.length);
  }
  const gold = pairs.map((pair) => pair.stance);
  const labelled = pairs.length > 0 && gold.every((label): label is FncLabel => label !== undefined);
  return {
    pairs: pairs.length,
    predictions,
    metrics: labelled ? scoreFnc(gold as FncLabel[], predictions) : null,
    msPerPair: pairs.length === 0 ? 0 : judgeMs / pairs.length,
  };
}

/** Body ids the pairs name that `bodies` lacks, in first-seen order. */
export function missingBodyIds(pairs: readonly FncPair[], bodies: ReadonlyMap<string, string>): string[] {
  return [...new Set(pairs.map((pair) => pair.bodyId).filter((id) => !bodies.has(id)))];
}
