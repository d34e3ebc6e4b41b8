/**
 * Soft alignment of two analysed sentences: every content unit of one side is matched to its most
 * similar unit on the other (exact key, concept, office-holder ↔ country, or word vectors), weighted by
 * how informative the unit is (IDF). This is BERTScore's recipe with static vectors: cheap enough for
 * thousands of pairs per page, and every aligned pair can be shown as evidence.
 */
import type { SentenceAnalysis, Unit } from '../nlp/analyse-sentence';
import type { WordVectors } from '../nlp/word-vectors';
import { BY_VECTOR, clauseWindows, preparedUnits, SPECIAL, type Weigh } from './prepared-units';
import { THRESHOLDS } from './thresholds';
import { vectorColumns } from './vector-columns';

export type { Weigh } from './prepared-units';

/** One aligned pair: page unit index, source unit index, strength 0–1. */
export interface AlignedPair {
  page: number;
  source: number;
  strength: number;
}

/** The alignment and the similarity figures derived from it. */
export interface Alignment {
  pairs: AlignedPair[];
  /** Weighted share of the page sentence's content found in the source sentence. */
  pageCoverage: number;
  /** Weighted share of the source sentence's content found in the page sentence. */
  sourceCoverage: number;
  /** Harmonic mean of the two coverages over the whole sentences. */
  sentenceSimilarity: number;
  /** Best harmonic mean over one clause of each side: a shared fact inside two long sentences. */
  clauseSimilarity: number;
  /** The page side's coverage in whichever of the two (sentence, best clause window) gave `similarity`. */
  coveredShare: number;
  /** The similarity the judge uses. */
  similarity: number;
}

/**
 * Similarity of two units in [0, 1], their vector rows already resolved (the hot path resolves each unit
 * once). Names and numbers match only exactly; words also by vectors.
 */
function unitSimilarityRows(a: Unit, b: Unit, vectors: WordVectors, rowA: number, rowB: number): number {
  if (a.key === b.key) return 1;
  if (a.actor || b.actor) {
    // A leader stands for their country ("Trump" ~ "the US") and their office ("the US president"),
    // but two leaders are never similar.
    const actor = a.actor ?? b.actor!;
    const other = a.actor ? b : a;
    if (other.actor) return 0;
    return other.concept?.id === actor.country || other.office === actor.office ? THRESHOLDS.actorCountrySimilarity : 0;
  }
  if (a.office || b.office) {
    const office = (a.office ?? b.office)!;
    const other = a.office ? b : a;
    return other.concept && office.startsWith(`${other.concept.id}-`) ? THRESHOLDS.actorCountrySimilarity : 0;
  }
  if (rowA < 0 || rowB < 0) return 0;
  // Countries sit close to each other in vector space ("Ukraine" ~ "Russia"); only equality counts.
  if (a.concept?.kind === 'country' || b.concept?.kind === 'country') return 0;
  const cosine = vectors.cosineRows(rowA, rowB);
  if (cosine < THRESHOLDS.minWordCosine) return 0;
  return cosine * THRESHOLDS.vectorMatchDiscount;
}

function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

/** Positions (first, last) of the clause numbers within [lo, hi]; first > last when none is. */
function clauseSpan(numbers: Int32Array, lo: number, hi: number): [number, number] {
  let first = 0;
  while (first < numbers.length && numbers[first]! < lo) first++;
  let last = numbers.length - 1;
  while (last >= 0 && numbers[last]! > hi) last--;
  return [first, last];
}

/**
 * Working arrays reused from pair to pair (zeroed, grown when a pair needs more): a page is judged against
 * thousands of claims, and three fresh arrays per pair were garbage to collect for every pair.
 * `align` never re-enters itself, and nothing it returns refers to them.
 */
const scratchArrays: Float64Array[] = [new Float64Array(1024), new Float64Array(256), new Float64Array(256)];

function scratch(slot: number, size: number): Float64Array {
  let array = scratchArrays[slot]!;
  if (array.length < size) scratchArrays[slot] = array = new Float64Array(Math.max(size, array.length * 2));
  return array.fill(0, 0, size);
}

/**
 * Aligns `page` to `source`. Hot path (the extension judges thousands of pairs a page): one similarity
 * matrix, typed arrays, and no allocation inside the window loops.
 */
export function align(page: SentenceAnalysis, source: SentenceAnalysis, vectors: WordVectors, weigh: Weigh): Alignment {
  const m = page.units.length;
  const n = source.units.length;
  const matrix = scratch(0, m * n);
  const pagePrepared = preparedUnits(page, vectors, weigh);
  const sourcePrepared = preparedUnits(source, vectors, weigh);
  const { rows: pageRows, kinds: pageKinds, weights: pageWeights } = pagePrepared;
  const { rows: sourceRows, kinds: sourceKinds, weights: sourceWeights } = sourcePrepared;
  const columns = vectorColumns(pagePrepared, vectors);
  for (let j = 0; j < n; j++) {
    const b = source.units[j]!;
    const column = sourceKinds[j] === BY_VECTOR && sourceRows[j]! >= 0 ? columns.column(sourceRows[j]!) : -1;
    const strengths = columns.values;
    for (let i = 0; i < m; i++) {
      const a = page.units[i]!;
      let value = 0;
      // The common case inline (two plain words or concepts): the pair loop runs millions of times a page.
      if (a.key === b.key) value = 1;
      else if (pageKinds[i] === SPECIAL || sourceKinds[j] === SPECIAL) value = unitSimilarityRows(a, b, vectors, pageRows[i]!, sourceRows[j]!);
      else if (column >= 0) value = strengths[column + i]!;
      matrix[i * n + j] = value;
    }
  }
  const pageClauses = { numbers: pagePrepared.clauseNumbers, of: pagePrepared.clauseOf };
  const sourceClauses = { numbers: sourcePrepared.clauseNumbers, of: sourcePrepared.clauseOf };
  const cp = pageClauses.numbers.length;
  const cs = sourceClauses.numbers.length;
  // Best match of each unit within each clause of the other side: a clause window's coverage is then a
  // maximum over its one or two clauses, not a scan of the whole matrix (pairs of long sentences have
  // dozens of windows; this made judging several times faster at the same results).
  const rowBest = scratch(1, m * cs);
  const columnBest = scratch(2, n * cp);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const value = matrix[i * n + j]!;
      const r = i * cs + sourceClauses.of[j]!;
      if (value > rowBest[r]!) rowBest[r] = value;
      const c = j * cp + pageClauses.of[i]!;
      if (value > columnBest[c]!) columnBest[c] = value;
    }
  }

  /** Weighted coverage of each side within clause ranges (whole sentences: -∞..∞). */
  function coverages(plo: number, phi: number, slo: number, shi: number): [number, number] {
    const [pFirst, pLast] = clauseSpan(pageClauses.numbers, plo, phi);
    const [sFirst, sLast] = clauseSpan(sourceClauses.numbers, slo, shi);
    let pMatched = 0;
    let pTotal = 0;
    for (let i = 0; i < m; i++) {
      const clause = pageClauses.of[i]!;
      if (clause < pFirst || clause > pLast) continue;
      let best = 0;
      for (let c = sFirst; c <= sLast; c++) if (rowBest[i * cs + c]! > best) best = rowBest[i * cs + c]!;
      pTotal += pageWeights[i]!;
      pMatched += pageWeights[i]! * best;
    }
    let sMatched = 0;
    let sTotal = 0;
    for (let j = 0; j < n; j++) {
      const clause = sourceClauses.of[j]!;
      if (clause < sFirst || clause > sLast) continue;
      let best = 0;
      for (let c = pFirst; c <= pLast; c++) if (columnBest[j * cp + c]! > best) best = columnBest[j * cp + c]!;
      sTotal += sourceWeights[j]!;
      sMatched += sourceWeights[j]! * best;
    }
    return [pTotal === 0 ? 0 : pMatched / pTotal, sTotal === 0 ? 0 : sMatched / sTotal];
  }

  const pairs: AlignedPair[] = [];
  for (let i = 0; i < m; i++) {
    let best = 0;
    let bestJ = -1;
    for (let j = 0; j < n; j++) {
      if (matrix[i * n + j]! > best) [best, bestJ] = [matrix[i * n + j]!, j];
    }
    if (bestJ >= 0) pairs.push({ page: i, source: bestJ, strength: best });
  }

  const [pageCoverage, sourceCoverage] = coverages(-Infinity, Infinity, -Infinity, Infinity);
  const sentenceSimilarity = harmonic(pageCoverage, sourceCoverage);

  // Windows of one or two consecutive clauses: "the Biden administration has proposed a framework |
  // that would provide Kyiv with defense commitments" is one statement split by its relative clause.
  let clauseSimilarity = 0;
  let clauseCoverage = 0;
  // Below this whole-sentence similarity no clause pair can reach the judge's thresholds (a shared clause
  // of three fully matched units in two six-clause sentences still scores ~0.12), so skip the windows.
  const sourceWindows = sentenceSimilarity < THRESHOLDS.windowFloor ? [] : clauseWindows(source, sourcePrepared);
  for (const [plo, phi] of sentenceSimilarity < THRESHOLDS.windowFloor ? [] : clauseWindows(page, pagePrepared)) {
    for (const [slo, shi] of sourceWindows) {
      const [p, s] = coverages(plo, phi, slo, shi);
      if (harmonic(p, s) > clauseSimilarity) {
        clauseSimilarity = harmonic(p, s);
        clauseCoverage = p;
      }
    }
  }
  const byClause = clauseSimilarity * THRESHOLDS.clauseDiscount > sentenceSimilarity;
  const similarity = byClause ? clauseSimilarity * THRESHOLDS.clauseDiscount : sentenceSimilarity;
  const coveredShare = byClause ? clauseCoverage : pageCoverage;
  return { pairs, pageCoverage, sourceCoverage, sentenceSimilarity, clauseSimilarity, coveredShare, similarity };
}
