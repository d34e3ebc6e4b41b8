/**
 * Product quantisation (Jégou et al. 2011) of the claims' int8 vectors: each vector's dimensions are cut
 * into groups of eight, and each group is stored as the number of the nearest of 256 learned group
 * vectors: 8 bytes a claim instead of 64. A query turns into a table of its dot product with every group
 * vector once, after which a claim's approximate dot product is 8 table reads, not 64 multiplications.
 * The meaning search ranks the claims it reads by these, then the best few by their exact vectors.
 */
import type { PhaseClock } from './phase-clock';
import { seededRandom } from './seeded-random';

/** Dimensions per group. */
export const GROUP_DIMENSIONS = 8;
/** Group vectors per group: one byte a code. */
const CODES = 256;
const ROUNDS = 5;
const SAMPLE = 8_192;

/** Learned group vectors and every claim's codes. */
export interface ProductCodes {
  /** groups × 256 × GROUP_DIMENSIONS, int8 like the vectors. */
  codebooks: Int8Array;
  /** claims × groups. */
  codes: Uint8Array;
}

/** Every group vector's squared length, groups × 256 (see `nearestCode`). */
function codeNorms(codebooks: Int32Array, groups: number): Float64Array {
  const norms = new Float64Array(groups * CODES);
  for (let c = 0; c < norms.length; c++) {
    let norm = 0;
    for (let d = 0, at = c * GROUP_DIMENSIONS; d < GROUP_DIMENSIONS; d++) norm += codebooks[at + d]! ** 2;
    norms[c] = norm;
  }
  return norms;
}

/**
 * The code (0–255) of group `g` of row `row` whose group vector is nearest (squared distance). The
 * distance is |x|² − 2·x·c + |c|², and |x|² is the same for every code, so the nearest is the least
 * |c|² − 2·x·c: integers, exact, and equal exactly when the distances are, so the same code wins. The
 * row's eight values are read once, not once per code; coding 100,000 claims took most of an import's
 * packing by meaning (docs/scale.md). The group vectors are an int32 copy: V8 multiplies int32 array
 * elements faster than int8 ones (meaning-index.ts, `nearestCentroid`).
 */
function nearestCode(
  codebooks: Int32Array,
  norms: Float64Array,
  g: number,
  vectors: Int8Array,
  row: number,
  dims: number,
): number {
  const from = row * dims + g * GROUP_DIMENSIONS;
  const x0 = vectors[from]!;
  const x1 = vectors[from + 1]!;
  const x2 = vectors[from + 2]!;
  const x3 = vectors[from + 3]!;
  const x4 = vectors[from + 4]!;
  const x5 = vectors[from + 5]!;
  const x6 = vectors[from + 6]!;
  const x7 = vectors[from + 7]!;
  let best = 0;
  let bestScore = Infinity;
  for (let c = 0, at = g * CODES * GROUP_DIMENSIONS, n = g * CODES; c < CODES; c++, at += GROUP_DIMENSIONS, n++) {
    const dot =
      x0 * codebooks[at]! +
      x1 * codebooks[at + 1]! +
      x2 * codebooks[at + 2]! +
      x3 * codebooks[at + 3]! +
      x4 * codebooks[at + 4]! +
      x5 * codebooks[at + 5]! +
      x6 * codebooks[at + 6]! +
      x7 * codebooks[at + 7]!;
    const score = norms[n]! - 2 * dot;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/**
 * Fits group vectors by k-means on a seeded sample of `vectors` (n × dims, dims a multiple of 8), then
 * codes every row; `clock` is told `meaning:codes-fit` and `meaning:codes-assign`.
 */
export function fitProductCodes(vectors: Int8Array, n: number, dims: number, clock?: PhaseClock): ProductCodes {
  const fitting = performance.now();
  const groups = dims / GROUP_DIMENSIONS;
  const random = seededRandom(n);
  const sample: number[] = [];
  for (let i = 0; i < n; i++) if (random() < SAMPLE / n) sample.push(i);
  const codebooks = new Int8Array(groups * CODES * GROUP_DIMENSIONS);
  for (let g = 0; g < groups; g++) {
    const base = g * CODES * GROUP_DIMENSIONS;
    for (let c = 0; c < CODES; c++) {
      const row = sample[Math.floor((c * sample.length) / CODES)] ?? 0;
      for (let d = 0; d < GROUP_DIMENSIONS; d++)
        codebooks[base + c * GROUP_DIMENSIONS + d] = vectors[row * dims + g * GROUP_DIMENSIONS + d] ?? 0;
    }
    for (let round = 0; round < ROUNDS; round++) {
      const sums = new Float64Array(CODES * GROUP_DIMENSIONS);
      const counts = new Uint32Array(CODES);
      const wide = Int32Array.from(codebooks);
      const norms = codeNorms(wide, groups);
      for (const row of sample) {
        const c = nearestCode(wide, norms, g, vectors, row, dims);
        counts[c]!++;
        for (let d = 0; d < GROUP_DIMENSIONS; d++)
          sums[c * GROUP_DIMENSIONS + d]! += vectors[row * dims + g * GROUP_DIMENSIONS + d]!;
      }
      for (let c = 0; c < CODES; c++) {
        // An empty cluster keeps its group vector.
        if (counts[c] === 0) continue;
        for (let d = 0; d < GROUP_DIMENSIONS; d++)
          codebooks[base + c * GROUP_DIMENSIONS + d] = Math.round(sums[c * GROUP_DIMENSIONS + d]! / counts[c]!);
      }
    }
  }
  const coding = performance.now();
  clock?.('meaning:codes-fit', coding - fitting);
  const codes = new Uint8Array(n * groups);
  const wide = Int32Array.from(codebooks);
  const norms = codeNorms(wide, groups);
  for (let row = 0; row < n; row++)
    for (let g = 0; g < groups; g++) codes[row * groups + g] = nearestCode(wide, norms, g, vectors, row, dims);
  clock?.('meaning:codes-assign', performance.now() - coding);
  return { codebooks, codes };
}

/** `query`'s dot product with every group vector: groups × 256. */
export function codeTable(codebooks: Int8Array, query: Float32Array): Float32Array {
  const groups = query.length / GROUP_DIMENSIONS;
  const table = new Float32Array(groups * CODES);
  for (let g = 0; g < groups; g++)
    for (let c = 0; c < CODES; c++) {
      let sum = 0;
      const at = (g * CODES + c) * GROUP_DIMENSIONS;
      for (let d = 0; d < GROUP_DIMENSIONS; d++) sum += codebooks[at + d]! * query[g * GROUP_DIMENSIONS + d]!;
      table[g * CODES + c] = sum;
    }
  return table;
}

/**
 * Rows `from`…`to`-1 of `codes`: their approximate dot products with the query of `table` (as `codeTable`
 * made it), written to `out` from `outAt`. A range, not a row a call: V8 did not inline a per-row call,
 * and the calls cost more than the sums.
 */
export function approximateDots(
  table: Float32Array,
  codes: Uint8Array,
  groups: number,
  from: number,
  to: number,
  out: Float64Array,
  outAt: number,
): void {
  if (groups === 8) {
    // The shipped encoder's 64 dimensions, written out.
    for (let row = from, k = outAt; row < to; row++, k++) {
      const at = row * 8;
      out[k] =
        table[codes[at]!]! +
        table[256 + codes[at + 1]!]! +
        table[512 + codes[at + 2]!]! +
        table[768 + codes[at + 3]!]! +
        table[1024 + codes[at + 4]!]! +
        table[1280 + codes[at + 5]!]! +
        table[1536 + codes[at + 6]!]! +
        table[1792 + codes[at + 7]!]!;
    }
    return;
  }
  for (let row = from, k = outAt; row < to; row++, k++) {
    let sum = 0;
    for (let g = 0; g < groups; g++) sum += table[g * CODES + codes[row * groups + g]!]!;
    out[k] = sum;
  }
}
