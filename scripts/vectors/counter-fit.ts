/**
 * Retrofitting (Faruqui et al., NAACL 2015) and antonym repulsion (the "counter-fitting" of Mrkšić et al.,
 * NAACL 2016) over a word-vector table. Distributional vectors put paraphrases far apart ("durable" ~
 * "lasting" 0.34, "resistance" ~ "opposition" 0.32 after the common directions are removed) and
 * antonyms close ("increase" ~ "decrease" 0.86, "accept" ~ "reject" 0.73): the first hides
 * corroborations, the second makes opposite claims look like the same claim. Pulling each word towards
 * its WordNet synonyms and pushing antonyms apart fixes both, without changing the table's size.
 */

/** How the table is fitted. */
export interface CounterFitOptions {
  /** Retrofitting rounds (the update converges in about ten). */
  iterations: number;
  /** Weight of a word's own distributional vector against its synonyms' average (Faruqui's α/β = 1). */
  selfWeight: number;
  /** Antonyms are pushed apart until their cosine is at most this (below the judge's 0.4 match floor). */
  antonymMaxCosine: number;
}

type Vector = Float64Array<ArrayBuffer>;

function normalise(vector: Vector): Vector {
  const norm = Math.hypot(...vector) || 1;
  return vector.map((x) => x / norm);
}

function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/**
 * Returns fitted unit vectors. `neighbours[i]` are the rows of row i's synonyms; `antonyms` pairs of
 * rows. Each retrofitting round sets a word to the weighted mean of its original vector and its
 * neighbours' current ones; then antonym pairs above `antonymMaxCosine` move apart along each other.
 */
export function counterFit(
  vectors: readonly Vector[],
  neighbours: ReadonlyArray<ReadonlySet<number>>,
  antonyms: ReadonlyArray<readonly [number, number]>,
  options: CounterFitOptions,
): Vector[] {
  const base = vectors.map(normalise);
  let fitted = base.map((v) => v.slice());
  for (let round = 0; round < options.iterations; round++) {
    fitted = fitted.map((vector, i) => {
      const near = neighbours[i]!;
      if (near.size === 0) return vector;
      const next = base[i]!.map((x) => x * options.selfWeight * near.size);
      for (const j of near) for (let d = 0; d < next.length; d++) next[d]! += fitted[j]![d]!;
      return next.map((x) => x / (options.selfWeight * near.size + near.size));
    });
  }
  fitted = fitted.map(normalise);
  const MAX_ROUNDS = 20;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = 0;
    for (const [i, j] of antonyms) {
      const a = fitted[i]!;
      const b = fitted[j]!;
      const cosine = dot(a, b);
      if (cosine <= options.antonymMaxCosine) continue;
      moved++;
      const step = (cosine - options.antonymMaxCosine) / 2;
      fitted[i] = normalise(a.map((x, d) => x - step * b[d]!));
      fitted[j] = normalise(b.map((x, d) => x - step * a[d]!));
    }
    if (moved === 0) break;
  }
  return fitted;
}
