/**
 * BM25 over content-unit keys (stems and concept ids, so "the Western military alliance" and "NATO"
 * share the term `@nato`). Postings are built once; a search touches only the query terms' postings.
 */

/** BM25's usual constants: k1 saturates term frequency, b normalises by document length. */
const K1 = 1.2;
const B = 0.75;

/** An immutable BM25 index over documents given as lists of term keys. */
export interface Bm25Index {
  size: number;
  /** Inverse document frequency of a term; unseen terms get the highest value. */
  idf(term: string): number;
  /** The `limit` best documents for the query terms, best first, with their scores. */
  search(terms: string[], limit: number): Array<{ doc: number; score: number }>;
}

/** Builds the index. `documents[i]` is the term list of document i. */
export function buildBm25(documents: string[][]): Bm25Index {
  const postings = new Map<string, Array<[doc: number, tf: number]>>();
  const lengths = new Float64Array(documents.length);
  documents.forEach((terms, doc) => {
    lengths[doc] = terms.length;
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push([doc, tf]);
    }
  });
  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, documents.length);
  const n = documents.length;
  const idfOf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const maxIdf = idfOf(0);

  return {
    size: n,
    idf: (term) => {
      const df = postings.get(term)?.length ?? 0;
      return df === 0 ? maxIdf : idfOf(df);
    },
    search(terms, limit) {
      const scores = new Map<number, number>();
      for (const term of new Set(terms)) {
        const list = postings.get(term);
        if (!list) continue;
        const idf = idfOf(list.length);
        for (const [doc, tf] of list) {
          const norm = tf + K1 * (1 - B + (B * lengths[doc]!) / (averageLength || 1));
          scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
        }
      }
      return [...scores]
        .map(([doc, score]) => ({ doc, score }))
        .sort((a, b) => b.score - a.score || a.doc - b.doc)
        .slice(0, limit);
    },
  };
}
