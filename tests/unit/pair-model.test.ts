import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import asset from '../../assets/pair-model.json';
import { PAIR_FEATURES } from '../../src/stance/pair-features';
import {
  ATTENTION_FEATURES,
  loadPairModel,
  predictCascade,
  predictPair,
  predictSecondStage,
  type PairModelAsset,
} from '../../src/stance/pair-model';

const shipped = asset as unknown as PairModelAsset;
const parity = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/pair-model-parity.json'), 'utf8'),
) as Array<{ features: number[]; probabilities: number[] }>;

const cascadeParity = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/pair-cascade-parity.json'), 'utf8'),
) as Array<{ features: number[]; probabilities: number[] }>;

const encode = (array: Int16Array | Uint16Array | Float32Array) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

describe('the learned pair model', () => {
  test('the TypeScript trees give the trainer’s probabilities (scikit-learn, fitted temperature)', () => {
    const model = loadPairModel(shipped);
    expect(parity.length).toBeGreaterThanOrEqual(20);
    for (const row of parity) {
      const p = predictPair(model, Float32Array.from(row.features));
      row.probabilities.forEach((expected, c) => expect(p[c]).toBeCloseTo(expected, 6));
    }
  });

  test('the second-stage trees give the trainer’s probabilities from the features and the attention model’s', () => {
    const model = loadPairModel(shipped);
    expect(model.cascade).not.toBeNull();
    expect(cascadeParity.length).toBeGreaterThanOrEqual(20);
    for (const row of cascadeParity) {
      const features = Float32Array.from(row.features.slice(0, model.width));
      const p = predictSecondStage(model.cascade!, features, row.features.slice(model.width));
      row.probabilities.forEach((expected, c) => expect(p[c]).toBeCloseTo(expected, 6));
    }
  });

  test('the cascade asks the attention model only about pairs whose top first-stage probability is below its cut', () => {
    const model = loadPairModel(shipped);
    let asked = 0;
    const attention = () => {
      asked++;
      return [0.25, 0.25, 0.25, 0.25];
    };
    const stages = parity.map((row) => {
      const features = Float32Array.from(row.features);
      const sure = Math.max(...predictPair(model, features)) >= model.cascade!.below;
      const { probabilities, stage } = predictCascade(model, features, attention);
      expect(stage).toBe(sure ? 1 : 2);
      if (sure) expect([...probabilities]).toEqual([...predictPair(model, features)]);
      return stage;
    });
    expect(asked).toBe(stages.filter((stage) => stage === 2).length);
    // Both kinds are among the 40 validation rows, so both paths are tested.
    expect(stages).toContain(1);
    expect(stages).toContain(2);
    // When the attention model declines (a side with no token), the first stage's verdict stands.
    const row = Float32Array.from(parity[stages.indexOf(2)]!.features);
    expect(predictCascade(model, row, () => null)).toEqual({ probabilities: predictPair(model, row), stage: 1 });
  });

  test('probabilities sum to one and follow the features', () => {
    const model = loadPairModel(shipped);
    const zeros = predictPair(model, new Float32Array(PAIR_FEATURES.length));
    expect(zeros.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(predictPair(model, Float32Array.from(parity[0]!.features))).not.toEqual(zeros);
  });

  test('refuses an asset trained on other features or classes', () => {
    expect(() => loadPairModel({ ...shipped, features: [...shipped.features].reverse() })).toThrow(/other features/);
    expect(() => loadPairModel({ ...shipped, classes: ['a', 'b', 'c', 'd'] })).toThrow(/other classes/);
    expect(() => loadPairModel({ ...shipped, version: 2 as 3 })).toThrow(/format/);
    expect(() =>
      loadPairModel({ ...shipped, cascade: { ...shipped.cascade!, features: shipped.cascade!.features.slice(1) } }),
    ).toThrow(/second stage/);
    expect(() => loadPairModel({ ...shipped, cascade: { ...shipped.cascade!, below: 2 } })).toThrow(/cut/);
    expect(shipped.cascade!.features.slice(-ATTENTION_FEATURES.length)).toEqual(ATTENTION_FEATURES);
    expect(() => loadPairModel({ ...shipped, linkThresholds: { corroborates: 1.5, conflicts: 0.5 } })).toThrow(
      /link thresholds/,
    );
  });

  test('refuses trees that would not end: a child before its parent or past the end, or a feature it does not compute', () => {
    const tree = (feature: number[], number: number[], right: number[]) => ({
      ...shipped,
      feature: encode(Int16Array.from(feature)),
      number: encode(Float32Array.from(number)),
      right: encode(Uint16Array.from(right)),
      roots: [0],
      treeClass: [0],
    });
    expect(() => loadPairModel(tree([0, -1, -1], [0.5, 1, 2], [2, 0, 0]))).not.toThrow();
    expect(() => loadPairModel(tree([0, -1, -1], [0.5, 1, 2], [0, 0, 0]))).toThrow(/bad children/);
    expect(() => loadPairModel(tree([0, -1, -1], [0.5, 1, 2], [5, 0, 0]))).toThrow(/bad children/);
    expect(() => loadPairModel(tree([0, -1], [0.5, 1], [2, 0]))).toThrow(/bad children/);
    expect(() => loadPairModel(tree([shipped.features.length, -1, -1], [0.5, 1, 2], [2, 0, 0]))).toThrow(
      /tests feature/,
    );
    expect(() =>
      loadPairModel({ ...tree([0, -1, -1], [0.5, 1, 2], [2, 0, 0]), right: encode(Uint16Array.of(2)) }),
    ).toThrow(/differ in length/);
  });

  test('walks left to the next node when the feature is at most the threshold, else ahead by the offset', () => {
    const model = loadPairModel({
      ...shipped,
      baseline: [0, 0, 0, 0],
      temperature: 1,
      feature: encode(Int16Array.of(0, -1, -1)),
      number: encode(Float32Array.of(0.5, 2, -2)),
      right: encode(Uint16Array.of(2, 0, 0)),
      roots: [0],
      treeClass: [1],
    });
    const input = (x: number) => Float32Array.from({ length: model.width }, (_, i) => (i === 0 ? x : 0));
    const [, low] = predictPair(model, input(0.5));
    const [, high] = predictPair(model, input(0.75));
    expect(low).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 3), 9);
    expect(high).toBeCloseTo(Math.exp(-2) / (Math.exp(-2) + 3), 9);
  });
});
