/** Runs a stance judge over labelled sentence pairs, timing each call, and scores the three-way verdicts. */
import type { Relation } from '../engine/report';
import { judge, type PassageVerdict } from '../stance/judge-passage';
import { calibration, scorePairs, timeSummary, type Calibration, type PairMetrics } from './pair-metrics';
import { goldOf } from './pair-sets';
import type { GoldPair, PairPrediction } from './pair-tsv';

/** (claim, passage) → a relation and its score; `judge` fits, and a test can pass a fake. */
export type PairJudge = (
  claim: string,
  passage: string,
) => {
  relation: Relation;
  score: number;
  decidedBy?: PassageVerdict['decidedBy'];
  /** The model's probability of each relation, when the judge has them (for calibration). */
  probabilities?: Record<Relation, number>;
};

/** The extension's one stance function, told that each passage is a single known claim. */
export const sentenceJudge: PairJudge = (claim, passage) => judge(claim, passage, { grain: 'sentence' });

/** Predictions in input order, their scores, and how long the judge took. */
export interface PairRun {
  predictions: PairPrediction[];
  metrics: PairMetrics;
  /** Milliseconds per judge call. */
  ms: { median: number; mean: number };
  /**
   * Who decided, when the judge says: `judge` leaves a passage that splits into several sentences to the
   * trained model even at sentence grain, so a set with long evidence is partly a model figure.
   */
  decidedBy: Partial<Record<PassageVerdict['decidedBy'], number>>;
  /**
   * The model's own calibration, when the judge gives probabilities: its three-way answer (neither =
   * related + unrelated) and that answer's probability, against gold. The rules that turn a model's
   * corroboration or conflict into related (judge-passage.ts) are not part of it.
   */
  calibration?: Calibration;
}

/** Called every `progressEvery` pairs (default 1000) with the number judged so far. */
export interface EvaluatePairsOptions {
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

/**
 * Untimed calls before the run: the first call loads the word vectors and a multi-sentence passage the
 * model, which would otherwise land in one pair's time and inflate the mean of a small set.
 */
const WARM_UP: ReadonlyArray<readonly [string, string]> = [
  ['The minister resigned on Monday.', 'The minister stepped down on Monday.'],
  ['The minister resigned on Monday.', 'The minister stepped down. She gave no reason.'],
];

/** Judges every pair (claim as the page sentence, passage as the known claim) and scores the run. */
export function evaluatePairs(
  pairs: readonly GoldPair[],
  judgePair: PairJudge = sentenceJudge,
  options: EvaluatePairsOptions = {},
): PairRun {
  const every = options.progressEvery ?? 1000;
  for (const [claim, passage] of WARM_UP) judgePair(claim, passage);
  const predictions: PairPrediction[] = [];
  const times: number[] = [];
  const decidedBy: PairRun['decidedBy'] = {};
  const confidence: number[] = [];
  const right: boolean[] = [];
  for (const [i, pair] of pairs.entries()) {
    const started = performance.now();
    const verdict = judgePair(pair.claim, pair.passage);
    times.push(performance.now() - started);
    const p = verdict.probabilities;
    if (p) {
      const three = { corroborates: p.corroborates, conflicts: p.conflicts, neither: p.related + p.unrelated };
      const answer = (Object.keys(three) as Array<keyof typeof three>).reduce((a, b) => (three[b] > three[a] ? b : a));
      confidence.push(three[answer]);
      right.push(answer === pair.gold);
    }
    predictions.push({ id: pair.id, relation: goldOf(verdict.relation), score: verdict.score });
    if (verdict.decidedBy) decidedBy[verdict.decidedBy] = (decidedBy[verdict.decidedBy] ?? 0) + 1;
    if (options.onProgress && (i + 1) % every === 0) options.onProgress(i + 1, pairs.length);
  }
  const metrics = scorePairs(
    pairs.map((pair) => pair.gold),
    predictions.map((prediction) => prediction.relation),
  );
  return {
    predictions,
    metrics,
    ms: timeSummary(times),
    decidedBy,
    ...(confidence.length === pairs.length && pairs.length > 0 ? { calibration: calibration(confidence, right) } : {}),
  };
}
