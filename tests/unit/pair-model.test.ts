import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import asset from '../../assets/pair-model.json';
import { PAIR_FEATURES } from '../../src/stance/pair-features';
import { loadPairModel, predictPair, type PairModelAsset } from '../../src/stance/pair-model';

const shipped = asset as unknown as PairModelAsset;
const parity = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/pair-model-parity.json'), 'utf8'),
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

  test('probabilities sum to one and follow the features', () => {
    const model = loadPairModel(shipped);
    const zeros = predictPair(model, new Float32Array(PAIR_FEATURES.length));
    expect(zeros.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(predictPair(model, Float32Array.from(parity[0]!.features))).not.toEqual(zeros);
  });

  test('refuses an asset trained on other features or classes', () => {
    expect(() => loadPairModel({ ...shipped, features: [...shipped.features].reverse() })).toThrow(/other features/);
    expect(() => loadPairModel({ ...shipped, classes: ['a', 'b', 'c', 'd'] })).toThrow(/other classes/);
    expect(() => loadPairModel({ ...shipped, version: 1 as 2 })).toThrow(/format/);
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
