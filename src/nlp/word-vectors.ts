/** The shipped int8 word-vector table (built by scripts/build-vectors.ts) and cosine similarity over it. */
import type { WordVectorTable } from './word-vector-file';

/** Looks up words and compares them. */
export interface WordVectors {
  has(word: string): boolean;
  /** Frequency rank of a word in the vectors' training corpus (0 = most frequent), or null if unknown. */
  rank(word: string): number | null;
  /** Cosine similarity of two words in [-1, 1], or null when either is unknown. */
  cosine(a: string, b: string): number | null;
  /** Row of a word in the table (-1 if unknown): resolve once, then compare rows with `cosineRows`. */
  rowOf(word: string): number;
  /** Cosine of two rows (both ≥ 0). */
  cosineRows(a: number, b: number): number;
  /** `rows` packed for `cosinesWith`. */
  group(rows: ArrayLike<number>): RowGroup;
  /** `out[k]` = `cosineRows(group.rows[k], row)` for every row of the group, in a fraction of the time. */
  cosinesWith(group: RowGroup, row: number, out: Float64Array): void;
  /** Adds `weight` × row `row` scaled to unit length into `out` (its length: the table's dimensions). */
  addUnitRow(row: number, weight: number, out: Float64Array): void;
  /** The number of dimensions of a row. */
  readonly dimensions: number;
  /** The number of rows (words) in the table. */
  readonly size: number;
  /** A row's stored values (the vector × 200, as int8), a view into the table: read, never write. */
  values(row: number): Int8Array;
}

/** Bytes of a base64 string (the shipped assets store typed arrays this way). */
export function decodeBase64(base64: string): Uint8Array {
  if (typeof atob === 'function') {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  throw new Error('no base64 decoder in this runtime');
}

/** Indexes the table once; lookups afterwards are a hash probe and a 100-term integer dot product. */
export function loadWordVectors(table: Pick<WordVectorTable, 'dimensions' | 'words' | 'data'>): WordVectors {
  return new Int8WordVectors(table);
}

/**
 * Rows compared with many others in turn (a page sentence's words with every candidate claim's), packed
 * for `cosinesWith`: `lanes` rows a number, each dimension's values as `v0 + v1·2^k + v2·2^2k`.
 */
export interface RowGroup {
  readonly rows: Int32Array;
  readonly packed: Float64Array;
}

class Int8WordVectors implements WordVectors {
  private readonly dims: number;
  private readonly rows = new Map<string, number>();
  private readonly data: Int8Array;
  private readonly norms: Float64Array;
  /** Rows packed into one number by `group` (1–3). */
  private readonly lanes: number;
  /** Each lane's scale: 1, 2^k, 2^2k (k from the table, see the constructor). */
  private readonly scales: Float64Array;

  constructor(table: Pick<WordVectorTable, 'dimensions' | 'words' | 'data'>) {
    const dims = (this.dims = table.dimensions);
    table.words.forEach((word, row) => this.rows.set(word, row));
    const data = (this.data = table.data);
    this.norms = new Float64Array(this.rows.size);
    let largest = 0;
    for (let row = 0; row < this.rows.size; row++) {
      let sum = 0;
      for (let i = row * dims; i < (row + 1) * dims; i++) sum += data[i]! * data[i]!;
      this.norms[row] = Math.sqrt(sum) || 1;
      largest = Math.max(largest, sum);
    }
    // Packing is exact: by Cauchy–Schwarz every partial dot product of two rows is at most the largest
    // squared norm (`largest`: 40,572 in the shipped table, unit vectors scaled by 200), so each lane's sum stays under
    // half its spacing and the packed sum, an integer, under 2^53.
    const spacing = 2 ** (Math.ceil(Math.log2(largest + 1)) + 1);
    this.lanes = [3, 2, 1].find((lanes) => (largest + 1) * spacing ** (lanes - 1) * 2 < 2 ** 53)!;
    this.scales = Float64Array.from({ length: this.lanes }, (_, lane) => spacing ** lane);
  }

  has(word: string): boolean {
    return this.rows.has(word);
  }

  get dimensions(): number {
    return this.dims;
  }

  get size(): number {
    return this.norms.length;
  }

  values(row: number): Int8Array {
    return this.data.subarray(row * this.dims, (row + 1) * this.dims);
  }

  addUnitRow(row: number, weight: number, out: Float64Array): void {
    const { data, dims } = this;
    const scale = weight / this.norms[row]!;
    for (let d = 0, from = row * dims; d < dims; d++) out[d]! += data[from + d]! * scale;
  }

  rank(word: string): number | null {
    return this.rows.get(word) ?? null;
  }

  cosine(a: string, b: string): number | null {
    const ra = this.rows.get(a);
    const rb = this.rows.get(b);
    if (ra === undefined || rb === undefined) return null;
    return this.cosineRows(ra, rb);
  }

  rowOf(word: string): number {
    return this.rows.get(word) ?? -1;
  }

  // No cache of computed pairs: a page meets too many distinct word pairs against a large dataset, and a Map that large
  // cost more than the dot products it saved (docs/scale.md, *Measurements behind the code's shape*). The integer dot
  // product is exact in any order, so four running sums give the same value as one, a third faster.
  cosineRows(ra: number, rb: number): number {
    if (ra === rb) return 1;
    const { data, dims } = this;
    const oa = ra * dims;
    const ob = rb * dims;
    let d0 = 0;
    let d1 = 0;
    let d2 = 0;
    let d3 = 0;
    let i = 0;
    for (; i + 3 < dims; i += 4) {
      d0 = (d0 + data[oa + i]! * data[ob + i]!) | 0;
      d1 = (d1 + data[oa + i + 1]! * data[ob + i + 1]!) | 0;
      d2 = (d2 + data[oa + i + 2]! * data[ob + i + 2]!) | 0;
      d3 = (d3 + data[oa + i + 3]! * data[ob + i + 3]!) | 0;
    }
    for (; i < dims; i++) d0 = (d0 + data[oa + i]! * data[ob + i]!) | 0;
    return (d0 + d1 + d2 + d3) / (this.norms[ra]! * this.norms[rb]!);
  }

  group(rows: ArrayLike<number>): RowGroup {
    const { data, dims, lanes, scales } = this;
    const packed = new Float64Array(Math.ceil(rows.length / lanes) * dims);
    for (let k = 0; k < rows.length; k++) {
      const scale = scales[k % lanes]!;
      const from = rows[k]! * dims;
      const to = Math.floor(k / lanes) * dims;
      for (let d = 0; d < dims; d++) packed[to + d]! += data[from + d]! * scale;
    }
    return { rows: new Int32Array(rows as ArrayLike<number>), packed };
  }

  /**
   * `out[k]` = `cosineRows(group.rows[k], row)` for every k, `lanes` rows per pass over the dimensions:
   * one multiply-add serves them all, and the lanes are read back exactly.
   */
  cosinesWith(group: RowGroup, row: number, out: Float64Array): void {
    const { data, dims, lanes, scales, norms } = this;
    const { rows, packed } = group;
    const from = row * dims;
    const norm = norms[row]!;
    for (let k = 0, offset = 0; k < rows.length; k += lanes, offset += dims) {
      let even = 0;
      let odd = 0;
      let d = 0;
      for (; d + 1 < dims; d += 2) {
        even += data[from + d]! * packed[offset + d]!;
        odd += data[from + d + 1]! * packed[offset + d + 1]!;
      }
      if (d < dims) even += data[from + d]! * packed[offset + d]!;
      let rest = even + odd;
      // Top lane first: each lane below is smaller than half a unit of the one above, so rounding finds it.
      for (let lane = Math.min(lanes, rows.length - k) - 1; lane >= 0; lane--) {
        const scale = scales[lane]!;
        const dot = lane === 0 ? rest : Math.round(rest / scale);
        rest -= dot * scale;
        const other = rows[k + lane]!;
        out[k + lane] = other === row ? 1 : dot / (norms[other]! * norm);
      }
    }
  }
}
