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

/** Opens a packed index for searching. */
export function openBm25(packed: PackedBm25): Bm25Index {
  const { terms, lengths } = packed;
  const rows = keyRows(terms);
  const n = lengths.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += lengths[i]!;
  const averageLength = total / Math.max(1, n) || 1;
  const idfOf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const maxIdf = idfOf(0);
  const documentFrequency = (row: number) => terms.start[row + 1]! - terms.start[row]!;
  // Reused between searches: one slot per document, reset only where a search wrote.
  const scores = new Float64Array(n);
  const matched = new Float64Array(n);
  const touched: number[] = [];

  return {
    size: n,
    idf: (term) => {
      const row = rows.get(term);
      return row === undefined ? maxIdf : idfOf(documentFrequency(row));
    },
    search(query, limit) {
      let queryWeight = 0;
      for (const term of new Set(query)) {
        const row = rows.get(term);
        if (row === undefined) {
          queryWeight += maxIdf;
          continue;
        }
        const idf = idfOf(documentFrequency(row));
        queryWeight += idf;
        for (let j = terms.start[row]!; j < terms.start[row + 1]!; j++) {
          const doc = terms.docs[j]!;
          const tf = terms.counts![j]!;
          const norm = tf + K1 * (1 - B + (B * lengths[doc]!) / averageLength);
          if (scores[doc] === 0) touched.push(doc);
          scores[doc]! += (idf * tf * (K1 + 1)) / norm;
          matched[doc]! += idf;
        }
      }
      const best = topDocuments(touched, scores, limit);
      const hits = best.map((doc) => ({ doc, score: scores[doc]!, coverage: queryWeight > 0 ? matched[doc]! / queryWeight : 0 }));
      for (const doc of touched) scores[doc] = matched[doc] = 0;
      touched.length = 0;
      return hits;
    },
  };
}

/** `a` ranks before `b`: higher score, then lower document number. */
function before(scores: Float64Array, a: number, b: number): boolean {
  return scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
}

/**
 * The `limit` best of `docs`, best first. A bounded heap (worst kept on top), not a full sort: a common
 * term reaches tens of thousands of claims in a 100,000-claim index, and only a handful are kept.
 */
export function topDocuments(docs: readonly number[], scores: Float64Array, limit: number): number[] {
  const heap: number[] = [];
  const sink = (i: number) => {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && before(scores, heap[worst]!, heap[left]!)) worst = left;
      if (right < heap.length && before(scores, heap[worst]!, heap[right]!)) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (const doc of docs) {
    if (heap.length < limit) {
      heap.push(doc);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!before(scores, heap[parent]!, heap[i]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (limit > 0 && before(scores, doc, heap[0]!)) {
      heap[0] = doc;
      sink(0);
    }
  }
  return heap.sort((a, b) => (before(scores, a, b) ? -1 : 1));
}
