/**
 * Soft alignment of two analysed sentences: every content unit of one side is matched to its most
 * similar unit on the other (exact key, concept, office-holder ↔ country, or word vectors), weighted by
 * how informative the unit is (IDF). This is BERTScore's recipe with static vectors: cheap enough for
 * thousands of pairs per page, and every aligned pair can be shown as evidence.
 */
import type { SentenceAnalysis, Unit } from '../nlp/analyse-sentence';
import type { WordVectors } from '../nlp/word-vectors';
import { THRESHOLDS } from './thresholds';

/** How informative a unit key is (inverse document frequency over the known claims). */
export type Weigh = (key: string) => number;

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

/** Similarity of two units in [0, 1]. Names and numbers match only exactly; words also by vectors. */
export function unitSimilarity(a: Unit, b: Unit, vectors: WordVectors): number {
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
  if (!a.vectorWord || !b.vectorWord) return 0;
  // Countries sit close to each other in vector space ("Ukraine" ~ "Russia"); only equality counts.
  if (a.concept?.kind === 'country' || b.concept?.kind === 'country') return 0;
  const cosine = vectors.cosine(a.vectorWord, b.vectorWord);
  if (cosine === null || cosine < THRESHOLDS.minWordCosine) return 0;
  return cosine * THRESHOLDS.vectorMatchDiscount;
}

/** Numbers are evidence of a difference, not of a topic: they weigh half in similarity. */
const NUMBER_WEIGHT = 0.5;

function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

function coverage(
  units: Unit[],
  best: number[],
  weigh: Weigh,
  include: (unit: Unit) => boolean,
): number {
  let matched = 0;
  let total = 0;
  units.forEach((unit, i) => {
    if (!include(unit) || unit.attribution) return;
    const weight = weigh(unit.key) * (unit.key.startsWith('#') ? NUMBER_WEIGHT : 1);
    total += weight;
    matched += weight * best[i]!;
  });
  return total === 0 ? 0 : matched / total;
}

/** Aligns `page` to `source`. */
export function align(page: SentenceAnalysis, source: SentenceAnalysis, vectors: WordVectors, weigh: Weigh): Alignment {
  const matrix = page.units.map((p) => source.units.map((s) => unitSimilarity(p, s, vectors)));
  const pageBest = matrix.map((row) => Math.max(0, ...row));
  const sourceBest = source.units.map((_, j) => Math.max(0, ...matrix.map((row) => row[j]!)));
  const pairs: AlignedPair[] = [];
  matrix.forEach((row, i) => {
    const j = row.indexOf(pageBest[i]!);
    if (pageBest[i]! > 0 && j >= 0) pairs.push({ page: i, source: j, strength: pageBest[i]! });
  });

  const everything = () => true;
  const pageCoverage = coverage(page.units, pageBest, weigh, everything);
  const sourceCoverage = coverage(source.units, sourceBest, weigh, everything);
  const sentenceSimilarity = harmonic(pageCoverage, sourceCoverage);

  // Windows of one or two consecutive clauses: "the Biden administration has proposed a framework |
  // that would provide Kyiv with defense commitments" is one statement split by its relative clause.
  const windows = (units: Unit[]) => {
    const clauses = [...new Set(units.filter((unit) => !unit.attribution).map((unit) => unit.clause))].sort((a, b) => a - b);
    const result = clauses.map((c) => new Set([c]));
    clauses.slice(1).forEach((c, i) => result.push(new Set([clauses[i]!, c])));
    return result.filter((window) => units.filter((unit) => window.has(unit.clause)).length >= THRESHOLDS.minClauseUnits);
  };
  let clauseSimilarity = 0;
  let clauseCoverage = 0;
  for (const pw of windows(page.units)) {
    const pageIn = page.units.map((unit) => pw.has(unit.clause));
    for (const sw of windows(source.units)) {
      const sourceIn = source.units.map((unit) => sw.has(unit.clause));
      const pBest = matrix.map((row, i) => (pageIn[i] ? Math.max(0, ...row.filter((_, j) => sourceIn[j])) : 0));
      const sBest = source.units.map((_, j) => (sourceIn[j] ? Math.max(0, ...matrix.filter((_, i) => pageIn[i]).map((row) => row[j]!)) : 0));
      const p = coverage(page.units, pBest, weigh, (unit) => pw.has(unit.clause));
      const s = coverage(source.units, sBest, weigh, (unit) => sw.has(unit.clause));
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
