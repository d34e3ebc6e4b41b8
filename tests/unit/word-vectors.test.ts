/**
 * Word vectors: cosines of a packed group of rows are exactly those of the rows one by one — with the
 * shipped table and with a table of extreme values, whatever the group's size and whether the row
 * compared is in it.
 */
import { describe, expect, test } from 'vitest';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { loadWordVectors, type WordVectors } from '../../src/nlp/word-vectors';

let state = 5;
const random = () => (state = (state * 48271) % 2147483647) / 2147483647;

function check(vectors: WordVectors, rowCount: number, groups: number, comparisons: number): void {
  const out = new Float64Array(16);
  for (let g = 0; g < groups; g++) {
    const rows = Array.from({ length: g % 8 }, () => Math.floor(random() * rowCount));
    const group = vectors.group(rows);
    for (let c = 0; c < comparisons; c++) {
      const row = c === 0 && rows.length > 0 ? rows[0]! : Math.floor(random() * rowCount);
      vectors.cosinesWith(group, row, out);
      expect([...out.subarray(0, rows.length)]).toEqual(rows.map((other) => vectors.cosineRows(other, row)));
    }
  }
}

/** A table of `rows` rows from `value(row, dimension)`, as the asset stores it. */
function table(rows: number, dims: number, value: (row: number, d: number) => number): WordVectors {
  const data = Int8Array.from({ length: rows * dims }, (_, i) => value(Math.floor(i / dims), i % dims));
  return loadWordVectors({ dimensions: dims, words: Array.from({ length: rows }, (_, i) => `w${i}`), data });
}

describe('packed cosines', () => {
  test('equal the pairwise cosines on the shipped table', () => {
    check(defaultWordVectors(), 20_000, 200, 20);
  });

  test('equal them at the extremes of int8, where the lanes come closest to overflowing', () => {
    // Rows of ±127 and -128 give the largest dot products of either sign; odd dimensions leave a tail.
    const extreme = table(12, 101, (row, d) =>
      row % 3 === 0 ? 127 : row % 3 === 1 ? -128 : (d + row) % 2 ? 127 : -128,
    );
    check(extreme, 12, 100, 12);
    const mixed = table(50, 7, () => Math.round(random() * 255) - 128);
    check(mixed, 50, 100, 20);
  });
});
