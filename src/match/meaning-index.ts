/**
 * The packed index's optional part for retrieval by meaning: every claim's sentence-encoder vector, int8,
 * grouped into lists around k-means centroids (an inverted-file index). A query reads the lists of its
 * nearest centroids only, so 100,000 claims cost a few thousand dot products, not 100,000. An index packed
 * before this part existed, or by another encoder, has none that fits; retrieval then goes without it.
 */
import type { Dataset } from '../claims/dataset';
import { seededRandom } from './seeded-random';
import type { SentenceEncoder } from './sentence-encoder';

/** The stored part for a run of claims (one dataset, or several merged: see `mergeMeaningParts`). */
export interface PackedMeaning {
  /** The encoder the vectors came from (`SentenceEncoder.version`). */
  encoder: string;
  dimensions: number;
  /** Claims covered, in the index's order from its first. */
  claimCount: number;
  /** Each claim's unit vector × 127, row after row (a claim without one is all zeros). */
  vectors: Int8Array;
  /** Centroids × dimensions, unit vectors × 127. */
  centroids: Int8Array;
  /** List k holds `members[listStart[k]]…members[listStart[k+1]-1]` (claim numbers within this part). */
  listStart: Uint32Array;
  members: Uint32Array;
}

/** The meaning parts of a packed index: part k covers the claims from `from[k]`. */
export interface PackedMeaningParts {
  parts: PackedMeaning[];
  from: number[];
}

/** Fewer claims than this are one list: scanning them all costs less than choosing lists. */
const ONE_LIST_BELOW = 4096;
/**
 * Lists for n claims: about √n/2, so that packing (every claim against every centroid) stays a few
 * seconds at 100,000 claims, while a search still reads only a few thousand claims.
 */
const k = (n: number) => (n < ONE_LIST_BELOW ? 1 : Math.round(Math.sqrt(n) / 2));
/** k-means rounds, and the sample it is fitted on (assigning every claim after is one more pass). */
const KMEANS_ROUNDS = 5;
const KMEANS_SAMPLE = 8_192;

const quantise = (x: number) => Math.max(-127, Math.min(127, Math.round(x * 127)));

/** Row `row` of `data` · `query` (a float query against int8 rows: searching). */
function dotQuery(data: Int8Array, row: number, dims: number, query: Float32Array): number {
  let a = 0;
  let b = 0;
  let d = 0;
  for (let at = row * dims; d + 1 < dims; d += 2, at += 2) {
    a += data[at]! * query[d]!;
    b += data[at + 1]! * query[d + 1]!;
  }
  if (d < dims) a += data[row * dims + d]! * query[d]!;
  return a + b;
}

/** Row `a` of `left` · row `b` of `right`, both int8 (clustering): exact in 32-bit integers. */
function dotInt8(left: Int8Array, a: number, right: Int8Array, b: number, dims: number): number {
  let s0 = 0;
  let s1 = 0;
  let d = 0;
  for (let i = a * dims, j = b * dims; d + 1 < dims; d += 2, i += 2, j += 2) {
    s0 = (s0 + left[i]! * right[j]!) | 0;
    s1 = (s1 + left[i + 1]! * right[j + 1]!) | 0;
  }
  if (d < dims) s0 = (s0 + left[a * dims + d]! * right[b * dims + d]!) | 0;
  return s0 + s1;
}

/** The nearest centroid of row `row` of `data`. */
function nearest(centroids: Int8Array, count: number, dims: number, data: Int8Array, row: number): number {
  let best = 0;
  let bestDot = -Infinity;
  for (let c = 0; c < count; c++) {
    const dot = dotInt8(centroids, c, data, row, dims);
    if (dot > bestDot) {
      best = c;
      bestDot = dot;
    }
  }
  return best;
}

/** Spherical k-means on a seeded sample: centroids as unit vectors × 127. */
function fitCentroids(vectors: Int8Array, n: number, dims: number, count: number): Int8Array {
  const random = seededRandom(count);
  const sample: number[] = [];
  for (let i = 0; i < n; i++) if (random() < KMEANS_SAMPLE / n) sample.push(i);
  const centroids = new Int8Array(count * dims);
  for (let c = 0; c < count; c++) {
    const from = sample[Math.floor((c * sample.length) / count)]!;
    centroids.set(vectors.subarray(from * dims, (from + 1) * dims), c * dims);
  }
  for (let round = 0; round < KMEANS_ROUNDS; round++) {
    const sums = new Float64Array(count * dims);
    for (const row of sample) {
      const c = nearest(centroids, count, dims, vectors, row);
      for (let d = 0; d < dims; d++) sums[c * dims + d]! += vectors[row * dims + d]!;
    }
    for (let c = 0; c < count; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d]! ** 2;
      // An empty cluster keeps its centroid.
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = quantise(sums[c * dims + d]! / norm);
    }
  }
  return centroids;
}

/** Packs claims' vectors (null: the claim has no word with a vector, and is never found this way). */
export function packMeaning(
  encoder: string,
  dimensions: number,
  claimVectors: ReadonlyArray<ArrayLike<number> | null>,
): PackedMeaning {
  const n = claimVectors.length;
  const vectors = new Int8Array(n * dimensions);
  claimVectors.forEach((vector, i) => {
    if (vector) for (let d = 0; d < dimensions; d++) vectors[i * dimensions + d] = quantise(vector[d]!);
  });
  const count = k(n);
  const centroids = count === 1 ? new Int8Array(dimensions) : fitCentroids(vectors, n, dimensions, Math.min(count, n));
  const lists = centroids.length / dimensions;
  const assigned = new Uint32Array(n);
  const sizes = new Uint32Array(lists + 1);
  for (let i = 0; i < n; i++) {
    if (!claimVectors[i]) continue;
    assigned[i] = lists === 1 ? 0 : nearest(centroids, lists, dimensions, vectors, i);
    sizes[assigned[i]! + 1]!++;
  }
  const listStart = new Uint32Array(lists + 1);
  for (let c = 0; c < lists; c++) listStart[c + 1] = listStart[c]! + sizes[c + 1]!;
  const members = new Uint32Array(listStart[lists]!);
  const fill = listStart.slice(0, lists);
  for (let i = 0; i < n; i++) if (claimVectors[i]) members[fill[assigned[i]!]!++] = i;
  return { encoder, dimensions, claimCount: n, vectors, centroids, listStart, members };
}

/** The meaning part for every claim of `datasets` (in the index's order), read with their antecedents. */
export function packMeaningParts(datasets: readonly Dataset[], encoder: SentenceEncoder): PackedMeaningParts {
  const vectors: Array<Float32Array | null> = [];
  for (const dataset of datasets)
    for (const source of dataset.sources)
      for (const claim of source.claims) vectors.push(encoder.encode(claim.text, claim.antecedent));
  return { parts: [packMeaning(encoder.version, encoder.dimensions, vectors)], from: [0] };
}

/** Whether `meaning` covers `claimCount` claims with vectors from `encoder`. */
export function meaningFits(meaning: PackedMeaningParts | undefined, encoder: SentenceEncoder, claimCount: number) {
  if (!meaning) return false;
  const covered = meaning.parts.reduce((n, part) => n + part.claimCount, 0);
  return (
    covered === claimCount &&
    meaning.parts.every((part) => part.encoder === encoder.version && part.dimensions === encoder.dimensions)
  );
}

/** One packed index's parts as one (merging datasets): each part keeps its lists, searched in turn. */
export function mergeMeaningParts(
  parts: ReadonlyArray<PackedMeaningParts | undefined>,
  claimOffsets: readonly number[],
) {
  if (parts.some((part) => !part)) return undefined;
  return {
    parts: parts.flatMap((part) => part!.parts),
    from: parts.flatMap((part, k) => part!.from.map((first) => first + claimOffsets[k]!)),
  } satisfies PackedMeaningParts;
}

/** A claim found by meaning: its number in the index and the cosine of its vector with the query's. */
export interface MeaningHit {
  doc: number;
  score: number;
}

/**
 * Claims read per query, at least: lists are read nearest centroid first until this many are read.
 * Counted in claims, not lists, because k-means lists are uneven and a query's nearest are often the
 * largest. How much of a full scan's best this keeps is measured by `npm run bench:meaning`.
 */
export const claimsReadPerQuery = (claims: number) => Math.max(ONE_LIST_BELOW, Math.ceil(claims / 24));

/** The `limit` claims of `meaning` nearest `query` (a unit vector), best first, at least `floor` alike. */
export function searchMeaning(
  meaning: PackedMeaningParts,
  query: Float32Array,
  limit: number,
  floor: number,
  toRead = claimsReadPerQuery,
): MeaningHit[] {
  // Kept best first; a dot product must beat the last kept (or the floor) to enter.
  const hits: MeaningHit[] = [];
  if (limit <= 0) return hits;
  let bar = floor * 127;
  meaning.parts.forEach((part, p) => {
    const { dimensions: dims, centroids, listStart, members, vectors } = part;
    const lists = listStart.length - 1;
    let chosen: number[] = [0];
    if (lists > 1) {
      const near = Array.from({ length: lists }, (_, c) => ({ c, dot: dotQuery(centroids, c, dims, query) }));
      near.sort((a, b) => b.dot - a.dot);
      const budget = toRead(part.claimCount);
      chosen = [];
      for (let i = 0, read = 0; i < lists && read < budget; i++) {
        chosen.push(near[i]!.c);
        read += listStart[near[i]!.c + 1]! - listStart[near[i]!.c]!;
      }
    }
    for (const c of chosen)
      for (let j = listStart[c]!; j < listStart[c + 1]!; j++) {
        const doc = members[j]!;
        const dot = dotQuery(vectors, doc, dims, query);
        if (dot < bar) continue;
        const hit = { doc: doc + meaning.from[p]!, score: dot / 127 };
        let at = hits.length;
        while (
          at > 0 &&
          (hits[at - 1]!.score < hit.score || (hits[at - 1]!.score === hit.score && hits[at - 1]!.doc > hit.doc))
        )
          at--;
        hits.splice(at, 0, hit);
        if (hits.length > limit) hits.pop();
        if (hits.length === limit) bar = Math.max(bar, hits[limit - 1]!.score * 127);
      }
  });
  return hits;
}
