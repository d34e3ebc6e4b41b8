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
/** Claims a list holds on average: about √n lists of about √n claims balance choosing against scanning. */
const k = (n: number) => (n < ONE_LIST_BELOW ? 1 : Math.round(Math.sqrt(n)));
/** k-means rounds, and the sample it is fitted on (assigning every claim after is one more pass). */
const KMEANS_ROUNDS = 6;
const KMEANS_SAMPLE = 16_384;

const quantise = (x: number) => Math.max(-127, Math.min(127, Math.round(x * 127)));

function dotRow(data: Int8Array, row: number, dims: number, query: ArrayLike<number>): number {
  let sum = 0;
  for (let d = 0, at = row * dims; d < dims; d++) sum += data[at + d]! * query[d]!;
  return sum;
}

/** The nearest centroid of row `row` of `data`. */
function nearest(centroids: Int8Array, count: number, dims: number, data: Int8Array, row: number): number {
  let best = 0;
  let bestDot = -Infinity;
  const query = data.subarray(row * dims, (row + 1) * dims);
  for (let c = 0; c < count; c++) {
    const dot = dotRow(centroids, c, dims, query);
    if (dot > bestDot) [best, bestDot] = [c, dot];
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
 * Lists read per query: a share of them, at least a few. Recall against scanning every claim is
 * measured by the bench (docs/scale.md).
 */
const probes = (lists: number) => Math.min(lists, Math.max(8, Math.ceil(lists / 12)));

/** The `limit` claims of `meaning` nearest `query` (a unit vector), best first, at least `floor` alike. */
export function searchMeaning(
  meaning: PackedMeaningParts,
  query: ArrayLike<number>,
  limit: number,
  floor: number,
): MeaningHit[] {
  const hits: MeaningHit[] = [];
  meaning.parts.forEach((part, p) => {
    const { dimensions: dims, centroids, listStart, members, vectors } = part;
    const lists = listStart.length - 1;
    let chosen: number[];
    if (lists === 1) chosen = [0];
    else {
      const near = Array.from({ length: lists }, (_, c) => ({ c, dot: dotRow(centroids, c, dims, query) }));
      chosen = near
        .sort((a, b) => b.dot - a.dot)
        .slice(0, probes(lists))
        .map((x) => x.c);
    }
    const min = floor * 127;
    for (const c of chosen)
      for (let j = listStart[c]!; j < listStart[c + 1]!; j++) {
        const doc = members[j]!;
        const dot = dotRow(vectors, doc, dims, query);
        if (dot >= min) hits.push({ doc: doc + meaning.from[p]!, score: dot / 127 });
      }
  });
  return hits.sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, limit);
}
