import { describe, expect, test } from 'vitest';
import { evaluatePairs } from '../../src/eval/evaluate-pairs';
import { calibration, scorePairs, timeSummary } from '../../src/eval/pair-metrics';
import type { PairGold } from '../../src/eval/pair-sets';

const C = 'corroborates';
const K = 'conflicts';
const N = 'neither';

describe('scorePairs', () => {
  // Worked by hand: rows gold, columns predicted (corroborates, conflicts, neither).
  //   C: 2 0 1   K: 1 1 0   N: 1 1 3
  const gold: PairGold[] = [C, C, C, K, K, N, N, N, N, N];
  const predicted: PairGold[] = [C, C, N, K, C, N, N, N, C, K];

  test('confusion matrix, accuracy and the majority-class floor', () => {
    const m = scorePairs(gold, predicted);
    expect(m.confusion).toEqual([
      [2, 0, 1],
      [1, 1, 0],
      [1, 1, 3],
    ]);
    expect(m.accuracy).toBeCloseTo(0.6, 10);
    expect(m.majorityAccuracy).toBeCloseTo(0.5, 10);
  });

  test('per-class precision, recall, F1 and macro-F1', () => {
    const m = scorePairs(gold, predicted);
    // corroborates: 2 of 4 predicted, 2 of 3 gold; conflicts 1 of 2 both ways; neither 3 of 4, 3 of 5.
    expect(m.perClass.corroborates).toMatchObject({ precision: 0.5, support: 3 });
    expect(m.perClass.corroborates.recall).toBeCloseTo(2 / 3, 10);
    expect(m.perClass.corroborates.f1).toBeCloseTo(4 / 7, 10);
    expect(m.perClass.conflicts).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(m.perClass.neither).toMatchObject({ precision: 0.75, recall: 0.6, support: 5 });
    expect(m.perClass.neither.f1).toBeCloseTo(2 / 3, 10);
    expect(m.macroF1).toBeCloseTo((4 / 7 + 1 / 2 + 2 / 3) / 3, 10);
    expect(m.scoredClasses).toEqual([C, K, N]);
  });

  test('macro-F1 leaves out a class no gold pair has, but a prediction of it still costs recall', () => {
    const m = scorePairs([C, C, N], [C, K, N]);
    expect(m.scoredClasses).toEqual([C, N]);
    // corroborates: precision 1, recall 1/2 → F1 2/3; neither F1 1.
    expect(m.macroF1).toBeCloseTo((2 / 3 + 1) / 2, 10);
  });
});

describe('timeSummary', () => {
  test.each([
    [[3, 1, 2, 10], 2.5, 4],
    [[5], 5, 5],
    [[], 0, 0],
  ])('%j → median %d, mean %d', (times, median, mean) => {
    expect(timeSummary(times)).toEqual({ median, mean });
  });
});

describe('calibration', () => {
  test('a judge right as often as it is sure scores 0; an overconfident one scores its gap', () => {
    // Ten pairs at 0.75, of which 3 in 4 right; then ten at 0.95 with half right.
    const sure = [...Array(8).fill(0.75), ...Array(10).fill(0.95)];
    const right = [true, true, true, false, true, true, true, false, ...Array(5).fill(true), ...Array(5).fill(false)];
    const c = calibration(sure.slice(0, 8), right.slice(0, 8));
    expect(c.ece).toBeCloseTo(0, 10);
    const over = calibration(sure, right);
    // (8 × 0 + 10 × |0.95 − 0.5|) / 18
    expect(over.ece).toBeCloseTo(4.5 / 18, 10);
    expect(over.bins[9]).toMatchObject({ pairs: 10, accuracy: 0.5 });
    expect(over.bins[9]!.confidence).toBeCloseTo(0.95, 10);
    expect(calibration([1, 0], [true, false]).bins.map((bin) => bin.pairs)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  test('the pairs run reads the three-way answer from the probabilities: neither is related plus unrelated', () => {
    const pairs = [
      { id: 'a', claim: 'x', passage: 'y', gold: 'neither' as const },
      { id: 'b', claim: 'x', passage: 'y', gold: 'corroborates' as const },
    ];
    // Related 0.4 + unrelated 0.3 make "neither" the answer at 0.7, right for a and wrong for b.
    const probabilities = { corroborates: 0.25, conflicts: 0.05, related: 0.4, unrelated: 0.3 };
    const run = evaluatePairs(pairs, () => ({ relation: 'related', score: 0.4, probabilities }));
    expect(run.calibration?.pairs).toBe(2);
    expect(run.calibration?.bins[7]).toMatchObject({ pairs: 2, accuracy: 0.5 });
    expect(run.calibration?.ece).toBeCloseTo(0.2, 10);
    expect(evaluatePairs(pairs, () => ({ relation: 'related', score: 0.4 })).calibration).toBeUndefined();
  });
});
