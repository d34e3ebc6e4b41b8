/** The shipped int8 word-vector table (built by scripts/build-vectors.ts) and cosine similarity over it. */

/** The JSON asset's shape. */
export interface WordVectorAsset {
  dimensions: number;
  /** Words separated by single spaces, row order. */
  words: string;
  /** Base64 of an Int8Array, `dimensions` values per word, unit vectors scaled by 200. */
  vectors: string;
}

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
}

function decodeBase64(base64: string): Uint8Array {
  if (typeof atob === 'function') {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  throw new Error('no base64 decoder in this runtime');
}

/** Decodes the asset once; lookups afterwards are a hash probe and a 100-term integer dot product. */
export function loadWordVectors(asset: WordVectorAsset): WordVectors {
  const dims = asset.dimensions;
  const rows = new Map<string, number>();
  asset.words.split(' ').forEach((word, row) => rows.set(word, row));
  const bytes = decodeBase64(asset.vectors);
  const data = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const norms = new Float64Array(rows.size);
  for (let row = 0; row < rows.size; row++) {
    let sum = 0;
    for (let i = row * dims; i < (row + 1) * dims; i++) sum += data[i]! * data[i]!;
    norms[row] = Math.sqrt(sum) || 1;
  }
  return {
    has: (word) => rows.has(word),
    rank: (word) => rows.get(word) ?? null,
    cosine(a, b) {
      const ra = rows.get(a);
      const rb = rows.get(b);
      if (ra === undefined || rb === undefined) return null;
      return this.cosineRows(ra, rb);
    },
    rowOf: (word) => rows.get(word) ?? -1,
    // No cache of computed pairs: a page meets ~120,000 distinct word pairs against 100,000 claims, and a
    // Map that large cost twice the dot product it saved (one-off profile). The integer dot product is
    // exact in any order, so four running sums give the same value as one, a third faster.
    cosineRows(ra, rb) {
      if (ra === rb) return 1;
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
      return (d0 + d1 + d2 + d3) / (norms[ra]! * norms[rb]!);
    },
  };
}
