/**
 * BM25 over content-unit keys (stems and concept ids, so "the Western military alliance" and "NATO"
 * share the term `@nato`). Postings are packed typed arrays (postings.ts), built once — at import time
 * for a stored dataset — and a search touches only the query terms' postings.
 */
import { keyRows, PostingsBuilder, type PackedPostings } from './postings';
import { selectTop, type Scored } from './select-top';

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
  /**
   * The `limit` best documents for the query terms, best first (ties by document number). With
   * `floor`, those scoring below that share of the best hit's score are left out.
   */
  search(terms: readonly string[], limit: number, floor?: number): Bm25Hit[];
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

/**
 * Opens a packed index for searching. A class, not a closure: the analyzer opens an index per dataset
 * change (and the bench one per timed page), and a closure's compiled code starts cold with each new
 * closure, where a method's stays warm across instances (a fresh closure ran this search ~3× slower).
 *
 * `firstCopy[doc]`, when given, is the first document with the same terms as `doc` (a report republished
 * word for word by several outlets): a search then scores each text once and hands out its copies after,
 * with the scores and order it would have given them — copies score alike, and the first copy of a text
 * ranks before the others.
 */
export function openBm25(packed: PackedBm25, firstCopy?: Uint32Array): Bm25Index {
  return new PackedBm25Index(packed, firstCopy);
}

class PackedBm25Index implements Bm25Index {
  readonly size: number;
  private readonly start: Uint32Array;
  private readonly docs: Uint32Array;
  private readonly rows: Map<string, number>;
  private readonly maxIdf: number;
  /** Postings of first copies only (the full ones when no document is a copy): what a search walks. */
  private readonly walkStart: Uint32Array;
  private readonly walkDocs: Uint32Array;
  /** Each first copy's later copies: `laterDocs[laterStart[doc]]` up to `laterStart[doc + 1]`; null when none. */
  private readonly later: { start: Uint32Array; docs: Uint32Array } | null;
  /**
   * Each walked posting's share of the score but the term's idf: its term frequency, saturated and
   * normalised by the document's length. Worked out at opening (8 bytes a posting), it spares a search a
   * division and a read of the document's length per posting (docs/scale.md, *Measurements behind the code's shape*).
   */
  private readonly impacts: Float64Array;
  /** Reused between searches: one slot per document, reset only where a search wrote. */
  private readonly scores: Float64Array;
  private touched = new Uint32Array(1024);
  /** The touched documents scoring from the floor up, with their scores (reused). */
  private scored: Scored = { docs: new Uint32Array(1024), scores: new Float64Array(1024) };

  constructor(packed: PackedBm25, firstCopy?: Uint32Array) {
    const { terms, lengths } = packed;
    this.start = terms.start;
    this.docs = terms.docs;
    this.rows = keyRows(terms);
    let walkCounts: Uint8Array;
    [this.walkStart, this.walkDocs, walkCounts, this.later] = firstCopy?.some((first, doc) => first !== doc)
      ? firstCopiesOnly(terms, firstCopy)
      : [terms.start, terms.docs, terms.counts!, null];
    const n = (this.size = lengths.length);
    let total = 0;
    for (let i = 0; i < n; i++) total += lengths[i]!;
    const averageLength = total / Math.max(1, n) || 1;
    this.maxIdf = this.idfOf(0);
    const lengthNorm = new Float64Array(n);
    for (let doc = 0; doc < n; doc++) lengthNorm[doc] = K1 * (1 - B + (B * lengths[doc]!) / averageLength);
    this.impacts = new Float64Array(this.walkDocs.length);
    for (let j = 0; j < this.walkDocs.length; j++) {
      const tf = walkCounts[j]!;
      this.impacts[j] = (tf * (K1 + 1)) / (tf + lengthNorm[this.walkDocs[j]!]!);
    }
    this.scores = new Float64Array(n);
  }

  private idfOf(df: number): number {
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  private documentFrequency(row: number): number {
    return this.start[row + 1]! - this.start[row]!;
  }

  idf(term: string): number {
    const row = this.rows.get(term);
    return row === undefined ? this.maxIdf : this.idfOf(this.documentFrequency(row));
  }

  /** Whether document `doc` holds row `row`'s term (for the coverage of the hits a caller reads it of). */
  holds(row: number, doc: number): boolean {
    const { start, docs } = this;
    let lo = start[row]!;
    let hi = start[row + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (docs[mid]! < doc) lo = mid + 1;
      else hi = mid;
    }
    return lo < start[row + 1]! && docs[lo] === doc;
  }

  search(query: readonly string[], limit: number, floor = 0): Bm25Hit[] {
    const { walkStart: start, walkDocs: docs, impacts, scores } = this;
    let queryWeight = 0;
    const searched: Array<{ row: number; idf: number }> = [];
    let reach = 0;
    for (const term of new Set(query)) {
      const row = this.rows.get(term);
      if (row === undefined) {
        queryWeight += this.maxIdf;
        continue;
      }
      const idf = this.idfOf(this.documentFrequency(row));
      queryWeight += idf;
      searched.push({ row, idf });
      reach += start[row + 1]! - start[row]!;
    }
    if (this.touched.length < reach) this.touched = new Uint32Array(Math.max(reach, 2 * this.touched.length));
    const { touched } = this;
    let size = 0;
    let best = 0;
    for (const { row, idf } of searched) {
      const end = start[row + 1]!;
      for (let j = start[row]!; j < end; j++) {
        const doc = docs[j]!;
        const before = scores[doc]!;
        if (before === 0) touched[size++] = doc;
        const score = before + idf * impacts[j]!;
        scores[doc] = score;
        if (score > best) best = score;
      }
    }
    // Scores are read back and reset in one pass; only those from the floor up go on to the top-k cut.
    const low = floor * best;
    if (this.scored.docs.length < size)
      this.scored = { docs: new Uint32Array(2 * size), scores: new Float64Array(2 * size) };
    const scored = this.scored;
    let count = 0;
    for (let i = 0; i < size; i++) {
      const doc = touched[i]!;
      const score = scores[doc]!;
      scores[doc] = 0;
      if (score < low) continue;
      scored.docs[count] = doc;
      scored.scores[count++] = score;
    }
    const shared: SearchTerms = { index: this, searched, queryWeight };
    const hits = selectTop(scored, count, best, limit, low).map(
      (i) => new Hit(scored.docs[i]!, scored.scores[i]!, shared),
    );
    return this.withCopies(hits, limit, shared);
  }

  /**
   * The best `limit` documents, given the best `limit` first copies: each copy scores as its first, so
   * every document in the answer is a copy of one of them (its first copy ranks no lower).
   */
  private withCopies(firsts: Hit[], limit: number, shared: SearchTerms): Hit[] {
    const { later } = this;
    if (!later) return firsts;
    const all: Hit[] = [];
    for (const first of firsts) {
      all.push(first);
      for (let j = later.start[first.doc]!; j < later.start[first.doc + 1]!; j++)
        all.push(new Hit(later.docs[j]!, first.score, shared));
    }
    return all.length === firsts.length
      ? firsts
      : all.sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, limit);
  }
}

/** Postings without later copies, and each first copy's later ones (`firstCopy[doc]` ≤ `doc`). */
function firstCopiesOnly(
  terms: PackedPostings,
  firstCopy: Uint32Array,
): [Uint32Array, Uint32Array, Uint8Array, { start: Uint32Array; docs: Uint32Array }] {
  const start = new Uint32Array(terms.start.length);
  let kept = 0;
  for (let j = 0; j < terms.docs.length; j++) if (firstCopy[terms.docs[j]!] === terms.docs[j]) kept++;
  const docs = new Uint32Array(kept);
  const counts = new Uint8Array(kept);
  let k = 0;
  for (let row = 0; row + 1 < terms.start.length; row++) {
    start[row] = k;
    for (let j = terms.start[row]!; j < terms.start[row + 1]!; j++) {
      const doc = terms.docs[j]!;
      if (firstCopy[doc] !== doc) continue;
      docs[k] = doc;
      counts[k++] = terms.counts![j]!;
    }
  }
  start[terms.start.length - 1] = k;
  // Later copies grouped by their first copy, ascending.
  const laterStart = new Uint32Array(firstCopy.length + 1);
  for (let doc = 0; doc < firstCopy.length; doc++) if (firstCopy[doc] !== doc) laterStart[firstCopy[doc]! + 1]!++;
  for (let doc = 0; doc < firstCopy.length; doc++) laterStart[doc + 1]! += laterStart[doc]!;
  const laterDocs = new Uint32Array(laterStart[firstCopy.length]!);
  const fill = laterStart.slice(0, firstCopy.length);
  for (let doc = 0; doc < firstCopy.length; doc++)
    if (firstCopy[doc] !== doc) laterDocs[fill[firstCopy[doc]!]!++] = doc;
  return [start, docs, counts, { start: laterStart, docs: laterDocs }];
}

/** What a search's hits share: the index, the query's terms (rows and idf) and its weight, for coverage. */
interface SearchTerms {
  index: PackedBm25Index;
  searched: ReadonlyArray<{ row: number; idf: number }>;
  queryWeight: number;
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
      const { index, searched, queryWeight } = this.#terms;
      let matched = 0;
      for (const { row, idf } of searched) if (index.holds(row, this.doc)) matched += idf;
      this.#coverage = queryWeight > 0 ? matched / queryWeight : 0;
    }
    return this.#coverage;
  }
}
