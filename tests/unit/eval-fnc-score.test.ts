import { describe, expect, test } from 'vitest';
import { classMetrics, confusionMatrix, macroF1 } from '../../src/eval/classification-metrics';
import { scoreFnc } from '../../src/eval/evaluate-fnc';
import { FNC_LABELS, type FncLabel } from '../../src/eval/fnc-labels';
import { fncScore } from '../../src/eval/fnc-score';

// Hand-computed with scorer.py's rules: related gold exact 1.0, other related label 0.25, unrelated
// gold right 0.25, anything across the related/unrelated line 0.
const gold: FncLabel[] = ['agree', 'disagree', 'discuss', 'unrelated', 'unrelated', 'agree'];
const mixed: FncLabel[] = ['agree', 'discuss', 'unrelated', 'unrelated', 'discuss', 'disagree'];

describe('fncScore', () => {
  test.each<[string, FncLabel[], number, number]>([
    ['perfect predictions', gold, 4.5, 100],
    ['all unrelated', gold.map(() => 'unrelated'), 0.5, (100 * 0.5) / 4.5],
    ['mixed', mixed, 1 + 0.25 + 0 + 0.25 + 0 + 0.25, (100 * 1.75) / 4.5],
    ['all discuss', gold.map(() => 'discuss'), 0.25 + 0.25 + 1 + 0 + 0 + 0.25, (100 * 1.75) / 4.5],
  ])('%s', (_name, predicted, score, percent) => {
    const result = fncScore(gold, predicted);
    expect(result.score).toBeCloseTo(score, 10);
    expect(result.max).toBe(4.5);
    expect(result.percent).toBeCloseTo(percent, 10);
  });

  test('mismatched lengths are refused', () => {
    expect(() => fncScore(gold, mixed.slice(1))).toThrow(RangeError);
  });
});

describe('confusion matrix, per-class metrics and macro-F1', () => {
  test('the mixed case, by hand', () => {
    const confusion = confusionMatrix(FNC_LABELS, gold, mixed);
    expect(confusion).toEqual([
      [1, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
      [0, 0, 1, 1],
    ]);
    const perClass = classMetrics(FNC_LABELS, confusion);
    expect(perClass.agree).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
    expect(perClass.disagree).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(perClass.discuss).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(perClass.unrelated).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(macroF1(perClass)).toBeCloseTo((2 / 3 + 0.5) / 4, 12);
  });

  test('perfect predictions: diagonal matrix, macro-F1 1', () => {
    const metrics = scoreFnc(gold, gold);
    expect(metrics.confusion).toEqual([
      [2, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 2],
    ]);
    expect(metrics.macroF1).toBe(1);
    expect(metrics.fncScore.percent).toBe(100);
  });

  test('a class never predicted and never present scores 0, not NaN', () => {
    const metrics = scoreFnc(['unrelated', 'unrelated'], ['unrelated', 'unrelated']);
    expect(metrics.perClass.agree).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(metrics.macroF1).toBe(0.25);
  });

  test('related-vs-unrelated is scored on "related"', () => {
    // Related gold: 4; predicted related among them: agree, discuss, disagree → 3 true positives; one
    // unrelated gold predicted discuss → one false positive.
    expect(scoreFnc(gold, mixed).relatedVsUnrelated).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75, support: 4 });
  });
});
