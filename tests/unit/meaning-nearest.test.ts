/**
 * The clustering's fast dot products (int32 copies, four sums a step) must pick exactly what a plain
 * reading picks: every claim in the list of its nearest centroid, every group coded by its nearest group
 * vector. Checked against naive loops over seeded vectors.
 */
import { expect, test } from 'vitest';
import { packMeaning } from '../../src/match/meaning-index';
import { fitProductCodes, GROUP_DIMENSIONS } from '../../src/match/product-codes';
import { seededRandom } from '../../src/match/seeded-random';

const DIMS = 64;

/** `n` seeded unit vectors, clustered a little so that k-means has lists to find. */
function vectors(n: number): Float32Array[] {
  const random = seededRandom(7);
  const centres = Array.from({ length: 12 }, () => Array.from({ length: DIMS }, () => random() - 0.5));
  return Array.from({ length: n }, (_, i) => {
    const v = centres[i % centres.length]!.map((x) => x + (random() - 0.5) * 0.8);
    const norm = Math.hypot(...v);
    return Float32Array.from(v, (x) => x / norm);
  });
}

const dot = (a: Int8Array, i: number, b: Int8Array, j: number, dims: number) => {
  let sum = 0;
  for (let d = 0; d < dims; d++) sum += a[i * dims + d]! * b[j * dims + d]!;
  return sum;
};

test('every claim is in the list of its nearest centroid (first of equals)', () => {
  const packed = packMeaning('test', DIMS, vectors(6_000));
  const lists = packed.listStart.length - 1;
  expect(lists).toBeGreaterThan(1);
  for (let c = 0; c < lists; c++)
    for (let j = packed.listStart[c]!; j < packed.listStart[c + 1]!; j++) {
      let best = 0;
      for (let other = 1; other < lists; other++)
        if (
          dot(packed.centroids, other, packed.vectors, j, DIMS) > dot(packed.centroids, best, packed.vectors, j, DIMS)
        )
          best = other;
      expect(c).toBe(best);
    }
});

test('every group of every row is coded by its nearest group vector', () => {
  const rows = vectors(3_000);
  const data = new Int8Array(rows.length * DIMS);
  rows.forEach((row, i) => row.forEach((x, d) => (data[i * DIMS + d] = Math.round(x * 127))));
  const { codebooks, codes } = fitProductCodes(data, rows.length, DIMS);
  const groups = DIMS / GROUP_DIMENSIONS;
  const distance = (row: number, g: number, code: number) => {
    let sum = 0;
    for (let d = 0; d < GROUP_DIMENSIONS; d++)
      sum += (data[row * DIMS + g * GROUP_DIMENSIONS + d]! - codebooks[(g * 256 + code) * GROUP_DIMENSIONS + d]!) ** 2;
    return sum;
  };
  for (let row = 0; row < rows.length; row += 7)
    for (let g = 0; g < groups; g++) {
      let best = 0;
      for (let code = 1; code < 256; code++) if (distance(row, g, code) < distance(row, g, best)) best = code;
      expect(codes[row * groups + g]).toBe(best);
    }
});
