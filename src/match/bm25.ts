/**
 * BM25 over content-unit keys (stems and concept ids, so "the Western military alliance" and "NATO"
 * share the term `@nato`). Postings are packed typed arrays (postings.ts), built once — at import time
 * for a stored dataset — and a search touches only the query terms' postings.
 */
import { keyRows, PostingsBuilder, type PackedPostings } from './postings';

/** BM25's usual constants: k1 saturates term frequency, b normalises by document length. */
const K1 = 1.2;
const B = 0.75;

/** What a BM25 index stores: term postings with counts, and each document's length in terms. */
export interface PackedBm25 {
  terms: PackedPostings;
  lengths: Uint16Array;
}

/** One search hit. */
export interface Bm25Hit {
  doc: number;
  score: number;
  /**
   * Share of the query's informative weight (its distinct terms' idf) this document contains, 0–1:
   * unlike the score, comparable across queries, so it can say "too little in common to be worth judging".
   */
  coverage: number;
}

/** An immutable BM25 index. */
export interface Bm25Index {
  size: number;
  /** Inverse document frequency of a term; unseen terms get the highest value. */
  idf(term: string): number;
  /** The `limit` best documents for the query terms, best first (ties by document number). */
  search(terms: readonly string[], limit: number): Bm25Hit[];
}

/** Packs documents given as term lists (`documents[i]` is document i). */
export function packBm25(documents: readonly (readonly string[])[]): PackedBm25 {
  const builder = new PostingsBuilder();
  const lengths = new Uint16Array(documents.length);
  documents.forEach((terms, doc) => {
    lengths[doc] = Math.min(terms.length, 0xffff);
    for (const term of terms) builder.add(term, doc);
  });
  return { terms: builder.pack(true), lengths };
}

/** Builds an index over term lists in one step (for corpora indexed on the spot). */
export function buildBm25(documents: readonly (readonly string[])[]): Bm25Index {
  return openBm25(packBm25(documents));
}

/** Buckets of the score histogram that finds a search's cut-off (see `selectTop`). */
const HISTOGRAM_BUCKETS = 256;

/** Opens a packed index for searching. */
export function openBm25(packed: PackedBm25): Bm25Index {
  const { terms, lengths } = packed;
  const { start, docs } = terms;
  const counts = terms.counts!;
  const rows = keyRows(terms);
  const n = lengths.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += lengths[i]!;
  const averageLength = total / Math.max(1, n) || 1;
  const idfOf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const maxIdf = idfOf(0);
  const documentFrequency = (row: number) => start[row + 1]! - start[row]!;
  // Each posting's share of a score, worked out the first time a search uses its term (most of a large
  // index's terms are never searched): the inner loop is then a load and an add.
  const impacts = new Float64Array(docs.length);
  const impactsReady = new Uint8Array(terms.keys.length);
  const impactsOf = (row: number, idf: number) => {
    if (impactsReady[row]) return;
    for (let j = start[row]!; j < start[row + 1]!; j++) {
      const tf = counts[j]!;
      const norm = tf + K1 * (1 - B + (B * lengths[docs[j]!]!) / averageLength);
      impacts[j] = (idf * tf * (K1 + 1)) / norm;
    }
    impactsReady[row] = 1;
  };
  // Reused between searches: one slot per document, reset only where a search wrote.
  const scores = new Float64Array(n);
  let touched = new Uint32Array(1024);

  /** Documents holding row `row`'s term, for the coverage of the hits a caller reads it of. */
  const holds = (row: number, doc: number) => {
    let lo = start[row]!;
    let hi = start[row + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (docs[mid]! < doc) lo = mid + 1;
      else hi = mid;
    }
    return lo < start[row + 1]! && docs[lo] === doc;
  };

  return {
    size: n,
    idf: (term) => {
      const row = rows.get(term);
      return row === undefined ? maxIdf : idfOf(documentFrequency(row));
    },
    search(query, limit) {
      let queryWeight = 0;
      const searched: Array<{ row: number; idf: number }> = [];
      let reach = 0;
      for (const term of new Set(query)) {
        const row = rows.get(term);
        if (row === undefined) {
          queryWeight += maxIdf;
          continue;
        }
        const idf = idfOf(documentFrequency(row));
        queryWeight += idf;
        impactsOf(row, idf);
        searched.push({ row, idf });
        reach += documentFrequency(row);
      }
      if (touched.length < reach) touched = new Uint32Array(Math.max(reach, 2 * touched.length));
      const list = touched;
      let size = 0;
      let best = 0;
      for (const { row } of searched) {
        const end = start[row + 1]!;
        for (let j = start[row]!; j < end; j++) {
          const doc = docs[j]!;
          const before = scores[doc]!;
          if (before === 0) list[size++] = doc;
          const score = before + impacts[j]!;
          scores[doc] = score;
          if (score > best) best = score;
        }
      }
      const shared: SearchTerms = { searched, queryWeight, holds };
      const hits = selectTop(list.subarray(0, size), scores, best, limit).map((doc) => new Hit(doc, scores[doc]!, shared));
      for (let i = 0; i < size; i++) scores[list[i]!] = 0;
      return hits;
    },
  };
}

/** What a search's hits share: its terms' rows and idf, and a membership test, for coverage. */
interface SearchTerms {
  searched: ReadonlyArray<{ row: number; idf: number }>;
  queryWeight: number;
  holds(row: number, doc: number): boolean;
}

/** A search hit; its coverage is worked out when read (only the self-detection reads it, of a few hits). */
class Hit implements Bm25Hit {
  readonly #terms: SearchTerms;
  #coverage: number | undefined;

  constructor(
    readonly doc: number,
    readonly score: number,
    terms: SearchTerms,
  ) {
    this.#terms = terms;
  }

  get coverage(): number {
    if (this.#coverage === undefined) {
      const { searched, queryWeight, holds } = this.#terms;
      let matched = 0;
      for (const { row, idf } of searched) if (holds(row, this.doc)) matched += idf;
      this.#coverage = queryWeight > 0 ? matched / queryWeight : 0;
    }
    return this.#coverage;
  }
}

/** `a` ranks before `b`: higher score, then lower document number. */
function before(scores: Float64Array, a: number, b: number): boolean {
  return scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
}

/**
 * The `limit` best of `docs` (scores at most `best`), best first. A common term reaches tens of thousands
 * of claims in a 100,000-claim index and a handful are kept, so a histogram of the scores finds the
 * bucket holding the `limit`-th best first; only documents from that bucket up are sorted. Bucketing is
 * monotonic in the score, so every document left out scores below every one kept: the result is what a
 * full sort would give.
 */
export function selectTop(docs: Uint32Array, scores: Float64Array, best: number, limit: number): number[] {
  if (limit <= 0 || docs.length === 0) return [];
  const scale = best > 0 ? HISTOGRAM_BUCKETS / best : 0;
  const top = HISTOGRAM_BUCKETS - 1;
  const buckets = docs.length <= bucketScratch.length ? bucketScratch : (bucketScratch = new Uint8Array(docs.length * 2));
  histogram.fill(0);
  for (let i = 0; i < docs.length; i++) {
    const scaled = (scores[docs[i]!]! * scale) | 0;
    const bucket = scaled < top ? scaled : top;
    buckets[i] = bucket;
    histogram[bucket]!++;
  }
  let cut = top;
  for (let count = histogram[cut]!; count < limit && cut > 0; ) count += histogram[--cut]!;
  const kept: number[] = [];
  for (let i = 0; i < docs.length; i++) if (buckets[i]! >= cut) kept.push(docs[i]!);
  return kept.sort((a, b) => (before(scores, a, b) ? -1 : 1)).slice(0, limit);
}

/** Scratch space of `selectTop` (one search at a time: the index is not re-entrant). */
const histogram = new Uint32Array(HISTOGRAM_BUCKETS);
let bucketScratch = new Uint8Array(4096);
