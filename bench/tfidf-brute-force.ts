/**
 * The naive baseline of the scale benchmark: every page sentence compared with every known claim by
 * TF-IDF cosine over lower-cased words, keeping the best 20 — no index, no judging. Claims' vectors are
 * built beforehand (as our index is) and stored as sorted term ids with unit-normalised weights, so the
 * baseline is as fast as brute force gets: a sorted merge per (sentence, claim) pair.
 */
import type { Dataset } from '../src/claims/dataset';
import type { Article } from '../src/extract/article';
import { words } from './tfidf-baseline';

/** Brute-force TF-IDF ranking over every claim of some datasets. */
export class TfidfBruteForce {
  private readonly vocabulary = new Map<string, number>();
  private readonly idf: Float64Array;
  private readonly start: Uint32Array;
  private readonly terms: Uint32Array;
  private readonly weights: Float32Array;

  constructor(datasets: readonly Dataset[]) {
    const documents = datasets.flatMap((d) =>
      d.sources.flatMap((s) => s.claims.map((c) => counts(words(c.text), this.vocabulary, true))),
    );
    const df = new Float64Array(this.vocabulary.size);
    for (const doc of documents) for (const term of doc.keys()) df[term]!++;
    this.idf = df.map((n) => Math.log((documents.length + 1) / (n + 1)) + 1);
    this.start = new Uint32Array(documents.length + 1);
    const total = documents.reduce((n, doc) => n + doc.size, 0);
    this.terms = new Uint32Array(total);
    this.weights = new Float32Array(total);
    let at = 0;
    documents.forEach((doc, i) => {
      this.start[i] = at;
      const sorted = [...doc].sort((a, b) => a[0] - b[0]);
      const norm = Math.sqrt(sorted.reduce((n, [term, tf]) => n + (tf * this.idf[term]!) ** 2, 0)) || 1;
      for (const [term, tf] of sorted) {
        this.terms[at] = term;
        this.weights[at++] = (tf * this.idf[term]!) / norm;
      }
    });
    this.start[documents.length] = at;
  }

  /** The `limit` best claims of each page sentence by cosine; returns how many pairs were compared. */
  rankPage(article: Article, limit: number): number {
    let compared = 0;
    const claims = this.start.length - 1;
    for (const sentence of article.sentences) {
      const query = [...counts(words(sentence.text), this.vocabulary, false)].sort((a, b) => a[0] - b[0]);
      const norm = Math.sqrt(query.reduce((n, [term, tf]) => n + (tf * this.idf[term]!) ** 2, 0)) || 1;
      const qTerms = Uint32Array.from(query, ([term]) => term);
      const qWeights = Float64Array.from(query, ([term, tf]) => (tf * this.idf[term]!) / norm);
      const best: number[] = [];
      for (let c = 0; c < claims; c++) {
        let dot = 0;
        let i = 0;
        for (let j = this.start[c]!; i < qTerms.length && j < this.start[c + 1]!; ) {
          const a = qTerms[i]!;
          const b = this.terms[j]!;
          if (a === b) dot += qWeights[i++]! * this.weights[j++]!;
          else if (a < b) i++;
          else j++;
        }
        compared++;
        if (best.length < limit || dot > best[best.length - 1]!) {
          best.push(dot);
          best.sort((x, y) => y - x);
          if (best.length > limit) best.pop();
        }
      }
    }
    return compared;
  }
}

/** Term id → count; unknown words get ids only when `grow` (claims), else are dropped (a query's). */
function counts(tokens: string[], vocabulary: Map<string, number>, grow: boolean): Map<number, number> {
  const map = new Map<number, number>();
  for (const token of tokens) {
    let id = vocabulary.get(token);
    if (id === undefined) {
      if (!grow) continue;
      vocabulary.set(token, (id = vocabulary.size));
    }
    map.set(id, (map.get(id) ?? 0) + 1);
  }
  return map;
}
