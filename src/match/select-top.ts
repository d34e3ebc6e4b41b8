/**
 * The best k of many scored documents, as BM25's search needs them: higher score first, then lower
 * document number.
 */

/** Buckets of the score histogram that finds the cut-off. */
const HISTOGRAM_BUCKETS = 256;

/** `a` ranks before `b`: higher score, then lower document number. */
export function before(scores: Float64Array, a: number, b: number): boolean {
  return scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
}

/**
 * The `limit` best of `docs` (scores at most `best`) scoring at least `floor`, best first. A common term reaches tens of thousands
 * of claims in a 100,000-claim index and a handful are kept, so a histogram of the scores finds the
 * bucket holding the `limit`-th best; documents above it are kept, those below dropped, and the bucket
 * itself is split again the same way while it holds many (thousands of claims sharing one common word
 * score alike). Bucketing is monotonic in the score, so every document dropped scores below every one
 * kept: the result is what a full sort would give.
 */
export function selectTop(docs: Uint32Array, scores: Float64Array, best: number, limit: number, floor = 0): number[] {
  if (limit <= 0 || docs.length === 0) return [];
  const kept: number[] = [];
  let rest: ArrayLike<number> = floor > 0 ? atLeast(docs, scores, floor) : docs;
  let [low, high] = [floor, best];
  while (kept.length + rest.length > SORTED_AT_MOST && high > low) {
    const scale = HISTOGRAM_BUCKETS / (high - low);
    const top = HISTOGRAM_BUCKETS - 1;
    const buckets = rest.length <= bucketScratch.length ? bucketScratch : (bucketScratch = new Uint8Array(rest.length * 2));
    histogram.fill(0);
    for (let i = 0; i < rest.length; i++) {
      const scaled = ((scores[rest[i]!]! - low) * scale) | 0;
      const bucket = scaled < 0 ? 0 : scaled < top ? scaled : top;
      buckets[i] = bucket;
      histogram[bucket]!++;
    }
    // The bucket holding the limit-th best: everything above it is kept, everything below dropped.
    let cut = top;
    for (let count = kept.length + histogram[cut]!; count < limit && cut > 0; ) count += histogram[--cut]!;
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
  return kept.sort((a, b) => (before(scores, a, b) ? -1 : 1)).slice(0, limit);
}

/**
 * The documents of `docs` scoring at least `floor` (in scratch space, valid until the next call). Against
 * 100,000 claims a page sentence's query touches ~6,500 and ~1,100 reach the analyzer's floor, a third of
 * the best score: the histogram passes then run over those.
 */
function atLeast(docs: Uint32Array, scores: Float64Array, floor: number): Uint32Array {
  if (floorScratch.length < docs.length) floorScratch = new Uint32Array(docs.length * 2);
  let size = 0;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    if (scores[doc]! >= floor) floorScratch[size++] = doc;
  }
  return floorScratch.subarray(0, size);
}

/** Below this many candidates a plain sort is cheaper than another histogram pass. */
const SORTED_AT_MOST = 256;

/** Scratch space of `selectTop` (one search at a time: the index is not re-entrant). */
const histogram = new Uint32Array(HISTOGRAM_BUCKETS);
let bucketScratch = new Uint8Array(4096);
let floorScratch = new Uint32Array(4096);
