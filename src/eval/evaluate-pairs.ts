/** Runs a stance judge over labelled sentence pairs, timing each call, and scores the three-way verdicts. */
import type { Relation } from '../engine/report';
import { judge, type PassageVerdict } from '../stance/judge-passage';
import { scorePairs, timeSummary, type PairMetrics } from './pair-metrics';
import { goldOf } from './pair-sets';
import type { GoldPair, PairPrediction } from './pair-tsv';

/** (claim, passage) → a relation and its score; `judge` fits, and a test can pass a fake. */
export type PairJudge = (
  claim: string,
  passage: string,
) => { relation: Relation; score: number; decidedBy?: PassageVerdict['decidedBy'] };

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
  for (const [i, pair] of pairs.entries()) {
    const started = performance.now();
    const verdict = judgePair(pair.claim, pair.passage);
    times.push(performance.now() - started);
    predictions.push({ id: pair.id, relation: goldOf(verdict.relation), score: verdict.score });
    if (verdict.decidedBy) decidedBy[verdict.decidedBy] = (decidedBy[verdict.decidedBy] ?? 0) + 1;
    if (options.onProgress && (i + 1) % every === 0) options.onProgress(i + 1, pairs.length);
  }
  const metrics = scorePairs(
    pairs.map((pair) => pair.gold),
    predictions.map((prediction) => prediction.relation),
  );
  return { predictions, metrics, ms: timeSummary(times), decidedBy };
}
