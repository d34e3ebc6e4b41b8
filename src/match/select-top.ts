/**
 * The best k of many scored documents, as BM25's search needs them: higher score first, then lower
 * document number.
 */

/** Buckets of the score histogram that finds the cut-off. */
const HISTOGRAM_BUCKETS = 256;

/** Past this many candidates beyond the limit, another histogram pass is cheaper than sorting them. */
const SORTED_AT_MOST = 32;

/** Documents and their scores, side by side: `docs[i]` scored `scores[i]`. */
export interface Scored {
  docs: Uint32Array;
  scores: Float64Array;
}

/**
 * Positions of the `limit` best of the first `count` entries of `scored` (scores from `low` to `best`:
 * the histogram spans that range), best first. A common term reaches tens of thousands of claims in a 100,000-claim index and a handful are
 * kept, so a histogram of the scores finds the bucket holding the `limit`-th best; entries above it are
 * kept, those below dropped, and the bucket itself is split again the same way while it holds many
 * (thousands of claims sharing one common word score alike). Bucketing is monotonic in the score, so
 * every entry dropped scores below every one kept: the result is what a full sort would give.
 */
export function selectTop(scored: Scored, count: number, best: number, limit: number, low = 0): number[] {
  if (limit <= 0 || count === 0) return [];
  const { docs, scores } = scored;
  const kept: number[] = [];
  let rest: ArrayLike<number> = positions(count);
  let high = best;
  while (kept.length + rest.length > limit + SORTED_AT_MOST && high > low) {
    const scale = HISTOGRAM_BUCKETS / (high - low);
    const top = HISTOGRAM_BUCKETS - 1;
    const buckets =
      rest.length <= bucketScratch.length ? bucketScratch : (bucketScratch = new Uint8Array(rest.length * 2));
    histogram.fill(0);
    for (let i = 0; i < rest.length; i++) {
      const scaled = ((scores[rest[i]!]! - low) * scale) | 0;
      const bucket = scaled < 0 ? 0 : Math.min(scaled, top);
      buckets[i] = bucket;
      histogram[bucket]!++;
    }
    // The bucket holding the limit-th best: everything above it is kept, everything below dropped.
    let cut = top;
    for (let total = kept.length + histogram[cut]!; total < limit && cut > 0; ) total += histogram[--cut]!;
    const split: number[] = [];
    for (let i = 0; i < rest.length; i++) {
      if (buckets[i]! > cut) kept.push(rest[i]!);
      else if (buckets[i] === cut) split.push(rest[i]!);
    }
    if (split.length === rest.length) break; // all alike: nothing more to split
    rest = split;
    [low, high] = [low + cut / scale, low + (cut + 1) / scale];
  }
  for (let i = 0; i < rest.length; i++) kept.push(rest[i]!);
  return kept.sort((a, b) => scores[b]! - scores[a]! || docs[a]! - docs[b]!).slice(0, limit);
}

/** 0, 1, …, count - 1 (scratch space, valid until the next call). */
function positions(count: number): Uint32Array {
  if (positionScratch.length < count) {
    positionScratch = new Uint32Array(count * 2);
    for (let i = 0; i < positionScratch.length; i++) positionScratch[i] = i;
  }
  return positionScratch.subarray(0, count);
}

/** Scratch space of `selectTop` (one search at a time: the index is not re-entrant). */
const histogram = new Uint32Array(HISTOGRAM_BUCKETS);
let bucketScratch = new Uint8Array(4096);
let positionScratch = Uint32Array.from({ length: 4096 }, (_, i) => i);
