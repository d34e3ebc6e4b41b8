import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import asset from '../../assets/pair-model.json';
import { PAIR_FEATURES } from '../../src/stance/pair-features';
import { loadPairModel, predictPair, type PairModelAsset } from '../../src/stance/pair-model';

const shipped = asset as unknown as PairModelAsset;
const parity = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/pair-model-parity.json'), 'utf8')) as Array<{ features: number[]; probabilities: number[] }>;

const encode = (array: Int16Array | Int32Array | Float64Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

describe('the learned pair model', () => {
  test('the TypeScript trees give the trainer’s probabilities (scikit-learn, fitted temperature)', () => {
    const model = loadPairModel(shipped);
    expect(parity.length).toBeGreaterThanOrEqual(20);
    for (const row of parity) {
      const p = predictPair(model, row.features);
      row.probabilities.forEach((expected, c) => expect(p[c]).toBeCloseTo(expected, 6));
    }
  });

  test('probabilities sum to one and follow the features', () => {
    const model = loadPairModel(shipped);
    const zeros = predictPair(model, new Float32Array(PAIR_FEATURES.length));
    expect(zeros.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(predictPair(model, parity[0]!.features)).not.toEqual(zeros);
  });

  test('refuses an asset trained on other features or classes', () => {
    expect(() => loadPairModel({ ...shipped, features: [...shipped.features].reverse() })).toThrow(/other features/);
    expect(() => loadPairModel({ ...shipped, classes: ['a', 'b', 'c', 'd'] })).toThrow(/other classes/);
    expect(() => loadPairModel({ ...shipped, version: 2 as 1 })).toThrow(/format/);
  });

  test('refuses trees that would not end: a child before its parent, or a feature it does not compute', () => {
    const loops = { ...shipped, feature: encode(Int16Array.of(0, -1)), threshold: encode(Float64Array.of(0, 0)), left: encode(Int32Array.of(0, 1)), right: encode(Int32Array.of(1, 1)), value: encode(Float64Array.of(0, 1)), roots: [0], treeClass: [0] };
    expect(() => loadPairModel(loops)).toThrow(/bad children/);
    const unknown = { ...loops, left: encode(Int32Array.of(1, 1)), feature: encode(Int16Array.of(shipped.features.length, -1)) };
    expect(() => loadPairModel(unknown)).toThrow(/tests feature/);
    expect(() => loadPairModel({ ...loops, left: encode(Int32Array.of(1, 1)), value: encode(Float64Array.of(0)) })).toThrow(/differ in length/);
  });
});
