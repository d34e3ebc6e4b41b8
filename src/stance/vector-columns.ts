/**
 * The vector part of alignment, by source word: the match strength of every unit of one page sentence
 * with a source word's vector row, worked out the first time the row meets that sentence. The analyzer
 * aligns a page sentence with its ~20 candidates in a row, and they share words (~25% of a page's word
 * pairs repeat within a sentence's candidates against 100,000 claims): each is computed once.
 *
 * A column keeps only the units that match (most cosines fall below `minWordCosine`): alignment then
 * visits the few cells that can count, not every page unit for every source word.
 */
import type { RowGroup, WordVectors } from '../nlp/word-vectors';
import { BY_VECTOR, type PreparedUnits } from './prepared-units';
import { THRESHOLDS } from './thresholds';

/**
 * Columns of one page sentence. `column(row)` gives an offset: `units[offset]` is how many page units
 * match the row by vectors, and for k from 1 to that count `units[offset + k]` is one of them (ascending)
 * and `values[offset + k]` its match strength. Units not listed match with 0.
 */
export interface VectorColumns {
  readonly units: Int32Array;
  readonly values: Float64Array;
  column(row: number): number;
}

/**
 * Entries kept for one sentence at most (3 MB): past it the columns start afresh. A sentence meets a few
 * hundred source words, and few of its units match each.
 */
const MAX_ENTRIES = 1 << 18;

let units = new Int32Array(4096);
let values = new Float64Array(4096);

/** Two words' match strength by vectors alone: their cosine, discounted, from `minWordCosine` on (else 0). */
export function vectorMatchStrength(cosine: number): number {
  return cosine >= THRESHOLDS.minWordCosine ? cosine * THRESHOLDS.vectorMatchDiscount : 0;
}

/** Cosines of a source row with each page unit that can match by vectors (scratch, one column at a time). */
let cosines = new Float64Array(64);

class SentenceColumns implements VectorColumns {
  private readonly offsets = new Map<number, number>();
  private size = 0;
  /** The page units that can match by vectors (a word with a row), ascending, and their rows packed. */
  private readonly byVector: Int32Array;
  private readonly group: RowGroup;

  constructor(
    readonly page: PreparedUnits,
    readonly vectors: WordVectors,
    readonly limit: number,
  ) {
    let count = 0;
    for (let i = 0; i < page.rows.length; i++) if (page.kinds[i] === BY_VECTOR && page.rows[i]! >= 0) count++;
    this.byVector = new Int32Array(count);
    const rows = new Int32Array(count);
    for (let i = 0, k = 0; i < page.rows.length; i++) {
      if (page.kinds[i] !== BY_VECTOR || page.rows[i]! < 0) continue;
      this.byVector[k] = i;
      rows[k++] = page.rows[i]!;
    }
    this.group = vectors.group(rows);
    if (cosines.length < count) cosines = new Float64Array(2 * count);
  }

  get units(): Int32Array {
    return units;
  }

  get values(): Float64Array {
    return values;
  }

  column(row: number): number {
    let offset = this.offsets.get(row);
    if (offset !== undefined) return offset;
    const most = this.byVector.length + 1;
    if (this.size + most > this.limit) {
      this.offsets.clear();
      this.size = 0;
    }
    offset = this.size;
    if (offset + most > units.length) {
      const length = Math.max(2 * units.length, offset + most);
      const biggerUnits = new Int32Array(length);
      const biggerValues = new Float64Array(length);
      biggerUnits.set(units.subarray(0, offset));
      biggerValues.set(values.subarray(0, offset));
      [units, values] = [biggerUnits, biggerValues];
    }
    this.vectors.cosinesWith(this.group, row, cosines);
    let count = 0;
    for (let k = 0; k < this.byVector.length; k++) {
      const value = vectorMatchStrength(cosines[k]!);
      if (value === 0) continue;
      count++;
      units[offset + count] = this.byVector[k]!;
      values[offset + count] = value;
    }
    units[offset] = count;
    this.offsets.set(row, offset);
    this.size += count + 1;
    return offset;
  }
}

let current: SentenceColumns | null = null;

/**
 * The columns of `page` (one sentence's at a time are kept: the last asked for). A column is only
 * valid until the next call of `column`, which may grow and so move `units` and `values`, or start
 * afresh past `limit` entries (tests make it small).
 */
export function vectorColumns(page: PreparedUnits, vectors: WordVectors, limit = MAX_ENTRIES): VectorColumns {
  if (current?.page !== page || current.vectors !== vectors || current.limit !== limit)
    current = new SentenceColumns(page, vectors, limit);
  return current;
}
