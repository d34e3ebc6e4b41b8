/**
 * A page sentence's vector columns hold, for every source word row, each page unit's vector match as the
 * pair-by-pair rule gives it (the units a column leaves out match with 0) — across growth of the shared
 * arrays, their reset when full, and a change of page sentence.
 */
import { expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { BY_VECTOR, preparedUnits, type PreparedUnits } from '../../src/stance/prepared-units';
import { THRESHOLDS } from '../../src/stance/thresholds';
import { vectorColumns } from '../../src/stance/vector-columns';

const vectors = defaultWordVectors();
const weigh = () => 1;

/** The rule, pair by pair. */
function expected(page: PreparedUnits, i: number, row: number): number {
  if (page.kinds[i] !== BY_VECTOR || page.rows[i]! < 0) return 0;
  const cosine = vectors.cosineRows(page.rows[i]!, row);
  return cosine >= THRESHOLDS.minWordCosine ? cosine * THRESHOLDS.vectorMatchDiscount : 0;
}

function check(page: PreparedUnits, rows: readonly number[], limit?: number): void {
  const columns = vectorColumns(page, vectors, limit);
  for (const row of rows) {
    const offset = columns.column(row);
    const got = new Array<number>(page.rows.length).fill(0);
    const listed: number[] = [];
    for (let k = offset + 1; k <= offset + columns.units[offset]!; k++) {
      listed.push(columns.units[k]!);
      got[columns.units[k]!] = columns.values[k]!;
    }
    expect(got).toEqual(Array.from({ length: page.rows.length }, (_, i) => expected(page, i, row)));
    expect(listed).toEqual([...new Set(listed)].sort((a, b) => a - b));
    expect(listed.every((i) => got[i] !== 0)).toBe(true);
  }
}

const short = preparedUnits(
  analyzeSentence('Trump proposed security guarantees for Ukraine, the Kremlin said on Monday.'),
  vectors,
  weigh,
);
const long = preparedUnits(
  analyzeSentence(
    'The president said on Tuesday that the administration would send more troops, tanks, aircraft, ' +
      'money, weapons and advisers to help the army defend its cities, farms, factories, ports, railways, ' +
      'schools, hospitals, bridges, roads, power plants, pipelines and borders against a larger invading ' +
      'force whose generals, soldiers, officers, commanders and politicians promised victory, peace, order, ' +
      'prosperity, security, freedom, justice and safety to frightened citizens, refugees, workers and families.',
  ),
  vectors,
  weigh,
);

test('columns match the pair rule, asked in any order and again', () => {
  const rows = Array.from({ length: 3000 }, (_, k) => (k * 7919) % 30000);
  check(short, rows);
  check(short, rows.slice().reverse()); // cached columns
  expect(short.kinds.some((kind) => kind === BY_VECTOR)).toBe(true);
});

test('a long sentence against the whole vocabulary: the shared arrays grow', () => {
  check(
    long,
    Array.from({ length: 30000 }, (_, row) => row),
  );
  check(long, [0, 1, 2, 29999]);
});

test('past its limit a sentence’s columns start afresh, and a column asked for again is made again', () => {
  const limit = 2 * (long.rows.length + 1);
  const rows = Array.from({ length: 2000 }, (_, k) => (k * 7919) % 30000);
  check(long, rows, limit);
  check(long, rows.slice().reverse(), limit);
  const columns = vectorColumns(long, vectors, limit);
  const offsets = rows.map((row) => columns.column(row));
  expect(offsets.some((offset, k) => k > 0 && offset < offsets[k - 1]!)).toBe(true);
});

test('another page sentence gets its own columns', () => {
  check(short, [10, 20, 30]);
  check(long, [10, 20, 30]);
  check(short, [10, 20, 30]);
});
