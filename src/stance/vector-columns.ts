/**
 * The vector part of alignment, by source word: the match strength of every unit of one page sentence
 * with a source word's vector row, worked out the first time the row meets that sentence. The analyzer
 * aligns a page sentence with its ~20 candidates in a row, and they share words (~25% of a page's word
 * pairs repeat within a sentence's candidates against 100,000 claims): each is computed once, and the
 * pair loop reads a column instead of testing unit kinds per cell.
 */
import type { WordVectors } from '../nlp/word-vectors';
import { BY_VECTOR, type PreparedUnits } from './prepared-units';
import { THRESHOLDS } from './thresholds';

/** Columns of one page sentence: `values[column(row) + i]` is page unit i's vector match with `row`. */
export interface VectorColumns {
  values: Float64Array;
  column(row: number): number;
}

/** Values kept for one sentence at most (8 MB): past it the columns start afresh. */
const MAX_VALUES = 1 << 20;

let current: { page: PreparedUnits; vectors: WordVectors; offsets: Map<number, number>; size: number } | null = null;
let values = new Float64Array(4096);

/**
 * A page unit's match strength with a source word by vectors alone: the cosine, discounted, from
 * `minWordCosine` on (0 for units that match only exactly or by the special rules).
 */
function vectorMatch(vectors: WordVectors, page: PreparedUnits, i: number, row: number): number {
  if (page.kinds[i] !== BY_VECTOR || page.rows[i]! < 0) return 0;
  const cosine = vectors.cosineRows(page.rows[i]!, row);
  return cosine >= THRESHOLDS.minWordCosine ? cosine * THRESHOLDS.vectorMatchDiscount : 0;
}

/**
 * The columns of `page` (one sentence's at a time are kept: the last asked for). A column is only
 * valid until the next call of `column`, which may grow and so move `values`.
 */
export function vectorColumns(page: PreparedUnits, vectors: WordVectors): VectorColumns {
  if (current?.page !== page || current.vectors !== vectors) current = { page, vectors, offsets: new Map(), size: 0 };
  const state = current;
  const m = page.rows.length;
  return {
    get values() {
      return values;
    },
    column(row) {
      let offset = state.offsets.get(row);
      if (offset === undefined) {
        if (state.size + m > MAX_VALUES) {
          state.offsets.clear();
          state.size = 0;
        }
        offset = state.size;
        if (offset + m > values.length) {
          const bigger = new Float64Array(Math.max(2 * values.length, offset + m));
          bigger.set(values.subarray(0, offset));
          values = bigger;
        }
        for (let i = 0; i < m; i++) values[offset + i] = vectorMatch(vectors, page, i, row);
        state.offsets.set(row, offset);
        state.size += m;
      }
      return offset;
    },
  };
}
