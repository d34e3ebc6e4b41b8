/** The naive baseline the benchmarks compare against: TF-IDF cosine over lower-cased words. */

/** The baselines' words: runs of letters, lower-cased. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

function counts(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const word of words(text)) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

/** Cosine of TF-IDF vectors of two texts, with `idf` giving each word's weight. */
export function tfidfCosineBaseline(a: string, b: string, idf: (word: string) => number): number {
  const va = counts(a);
  const vb = counts(b);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [word, tf] of va) {
    const w = tf * idf(word);
    na += w * w;
    const other = vb.get(word);
    if (other) dot += w * other * idf(word);
  }
  for (const [word, tf] of vb) nb += (tf * idf(word)) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
