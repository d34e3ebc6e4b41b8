/**
 * Soft alignment of two analyzed sentences: every content unit of one side is matched to its most
 * similar unit on the other (exact key, concept, office-holder ↔ country, or word vectors), weighted by
 * how informative the unit is (IDF). This is BERTScore's recipe with static vectors: cheap enough for
 * thousands of pairs per page, and every aligned pair can be shown as evidence.
 */
import type { SentenceAnalysis, Unit } from '../nlp/analyze-sentence';
import type { WordVectors } from '../nlp/word-vectors';
import { BY_VECTOR, clauseWindows, preparedUnits, SPECIAL, type PreparedUnits, type Weigh } from './prepared-units';
import { THRESHOLDS } from './thresholds';
import { vectorColumns, vectorMatchStrength } from './vector-columns';
import type { WindowUnits } from './window-units';

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
export function unitSimilarityRows(a: Unit, b: Unit, vectors: WordVectors, rowA: number, rowB: number): number {
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
  return vectorMatchStrength(vectors.cosineRows(rowA, rowB));
}

function harmonic(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

/**
 * What aligning a page sentence needs whatever the source: its units by key (`first` gives one, `next`
 * the following one with the same key, -1 ending) and the units the special rules match. The analyzer
 * aligns a page sentence with its candidates in a row, so the last page's is kept.
 */
interface PageLookup {
  prepared: PreparedUnits;
  first: Map<string, number>;
  next: Int32Array;
  special: number[];
}

let lastLookup: PageLookup | null = null;

function pageLookup(page: SentenceAnalysis, prepared: PreparedUnits): PageLookup {
  if (lastLookup?.prepared === prepared) return lastLookup;
  const first = new Map<string, number>();
  const next = new Int32Array(page.units.length).fill(-1);
  const special: number[] = [];
  for (let i = page.units.length - 1; i >= 0; i--) {
    const key = page.units[i]!.key;
    next[i] = first.get(key) ?? -1;
    first.set(key, i);
  }
  for (let i = 0; i < page.units.length; i++) if (prepared.kinds[i] === SPECIAL) special.push(i);
  return (lastLookup = { prepared, first, next, special });
}

/**
 * Working arrays reused from pair to pair (zeroed, grown when a pair needs more): a page is judged against
 * thousands of claims, and fresh arrays per pair were garbage to collect for every pair.
 * `align` never re-enters itself, and nothing it returns refers to them.
 */
const scratchArrays: Float64Array[] = [new Float64Array(256), new Float64Array(256), new Float64Array(256)];
let bestSourceScratch = new Int32Array(256);

function scratch(slot: number, size: number): Float64Array {
  let array = scratchArrays[slot]!;
  if (array.length < size) scratchArrays[slot] = array = new Float64Array(Math.max(size, array.length * 2));
  return array.fill(0, 0, size);
}

/**
 * Weighted coverage of window `w` of one side by the clauses `first`…`last` (positions) of the other:
 * each unit's best match within those clauses (`best[unit * stride + clause]`), weighted.
 */
function windowCoverage(
  windows: WindowUnits,
  w: number,
  first: number,
  last: number,
  best: Float64Array,
  stride: number,
  weights: Float64Array,
): number {
  let matched = 0;
  for (let k = windows.start[w]!; k < windows.start[w + 1]!; k++) {
    const unit = windows.members[k]!;
    let strongest = 0;
    for (let c = first; c <= last; c++) if (best[unit * stride + c]! > strongest) strongest = best[unit * stride + c]!;
    matched += weights[unit]! * strongest;
  }
  return windows.totals[w] === 0 ? 0 : matched / windows.totals[w]!;
}

/**
 * The running maxima of the alignment being made, which `note` updates cell by cell. Module state rather
 * than a closure made per call: `align` runs for every judged pair, and a closure made per call starts
 * with cold compiled code each time (a micro test: a nested helper 1.4–1.8× slower than a hoisted one).
 */
const cells = {
  best: new Float64Array(0),
  bestSource: new Int32Array(0),
  rowBest: new Float64Array(0),
  columnBest: new Float64Array(0),
  cs: 0,
  cp: 0,
  sourceClauseOf: new Int32Array(0),
  pageClauseOf: new Int32Array(0),
};

/** Records that page unit `i` matches source unit `j` with `value`. */
function note(i: number, j: number, value: number): void {
  const { best, bestSource, rowBest, columnBest, cs, cp, sourceClauseOf, pageClauseOf } = cells;
  if (value > best[i]!) {
    best[i] = value;
    bestSource[i] = j;
  }
  const r = i * cs + sourceClauseOf[j]!;
  if (value > rowBest[r]!) rowBest[r] = value;
  const c = j * cp + pageClauseOf[i]!;
  if (value > columnBest[c]!) columnBest[c] = value;
}

/**
 * Aligns `page` to `source`. Hot path (the extension judges thousands of pairs a page): typed arrays, no
 * allocation inside the loops, and only the cells that can be non-zero are visited — a unit pair is
 * similar only by key, by the special rules, or by vectors (the few listed in the page's vector column).
 * Every figure is a maximum or a sum in unit order over the same values as a full similarity matrix gives.
 */
export function align(page: SentenceAnalysis, source: SentenceAnalysis, vectors: WordVectors, weigh: Weigh): Alignment {
  const m = page.units.length;
  const n = source.units.length;
  const pagePrepared = preparedUnits(page, vectors, weigh);
  const sourcePrepared = preparedUnits(source, vectors, weigh);
  const { rows: pageRows, weights: pageWeights, clauseOf: pageClauseOf } = pagePrepared;
  const { rows: sourceRows, kinds: sourceKinds, weights: sourceWeights, clauseOf: sourceClauseOf } = sourcePrepared;
  const cp = pagePrepared.clauseNumbers.length;
  const cs = sourcePrepared.clauseNumbers.length;
  // Per page unit, its best match and the first source unit giving it; per (page unit, source clause)
  // and (source unit, page clause), the best match there: a clause window's coverage is then a maximum
  // over its one or two clauses.
  const best = scratch(0, m);
  if (bestSourceScratch.length < m) bestSourceScratch = new Int32Array(Math.max(m, 2 * bestSourceScratch.length));
  const bestSource = bestSourceScratch.fill(-1, 0, m);
  const rowBest = scratch(1, m * cs);
  const columnBest = scratch(2, n * cp);
  const lookup = pageLookup(page, pagePrepared);
  const columns = vectorColumns(pagePrepared, vectors);

  // Cells are visited source unit by source unit, ascending, so the first strongest source unit wins as
  // in a scan of the matrix; a cell met twice (by key and by a rule) ends at its larger value, the one
  // the matrix holds.
  Object.assign(cells, { best, bestSource, rowBest, columnBest, cs, cp, sourceClauseOf, pageClauseOf });
  for (let j = 0; j < n; j++) {
    const b = source.units[j]!;
    if (sourceKinds[j] === SPECIAL) {
      for (let i = 0; i < m; i++) {
        const value = unitSimilarityRows(page.units[i]!, b, vectors, pageRows[i]!, sourceRows[j]!);
        if (value > 0) note(i, j, value);
      }
      continue;
    }
    if (sourceKinds[j] === BY_VECTOR && sourceRows[j]! >= 0) {
      const offset = columns.column(sourceRows[j]!);
      const { units, values } = columns;
      for (let k = offset + 1; k <= offset + units[offset]!; k++) note(units[k]!, j, values[k]!);
    }
    for (const i of lookup.special) {
      const value = unitSimilarityRows(page.units[i]!, b, vectors, pageRows[i]!, sourceRows[j]!);
      if (value > 0) note(i, j, value);
    }
    for (let i = lookup.first.get(b.key) ?? -1; i >= 0; i = lookup.next[i]!) note(i, j, 1);
  }

  const pairs: AlignedPair[] = [];
  for (let i = 0; i < m; i++)
    if (bestSource[i]! >= 0) pairs.push({ page: i, source: bestSource[i]!, strength: best[i]! });

  let pageMatched = 0;
  for (let i = 0; i < m; i++) pageMatched += pageWeights[i]! * best[i]!;
  let sourceMatched = 0;
  for (let j = 0; j < n; j++) {
    let strongest = 0;
    for (let c = j * cp; c < (j + 1) * cp; c++) if (columnBest[c]! > strongest) strongest = columnBest[c]!;
    sourceMatched += sourceWeights[j]! * strongest;
  }
  const pageCoverage = pagePrepared.totalWeight === 0 ? 0 : pageMatched / pagePrepared.totalWeight;
  const sourceCoverage = sourcePrepared.totalWeight === 0 ? 0 : sourceMatched / sourcePrepared.totalWeight;
  const sentenceSimilarity = harmonic(pageCoverage, sourceCoverage);

  // Windows of one or two consecutive clauses: "the Biden administration has proposed a framework |
  // that would provide Kyiv with defense commitments" is one statement split by its relative clause.
  let clauseSimilarity = 0;
  let clauseCoverage = 0;
  // Below this whole-sentence similarity no clause pair can reach the judge's thresholds (a shared clause
  // of three fully matched units in two six-clause sentences still scores ~0.12), so skip the windows.
  if (sentenceSimilarity >= THRESHOLDS.windowFloor) {
    const pageWindows = clauseWindows(page, pagePrepared);
    const sourceWindows = clauseWindows(source, sourcePrepared);
    for (let a = 0; a < pageWindows.bounds.length; a++) {
      for (let b = 0; b < sourceWindows.bounds.length; b++) {
        const p = windowCoverage(
          pageWindows,
          a,
          sourceWindows.first[b]!,
          sourceWindows.last[b]!,
          rowBest,
          cs,
          pageWeights,
        );
        const s = windowCoverage(
          sourceWindows,
          b,
          pageWindows.first[a]!,
          pageWindows.last[a]!,
          columnBest,
          cp,
          sourceWeights,
        );
        if (harmonic(p, s) > clauseSimilarity) {
          clauseSimilarity = harmonic(p, s);
          clauseCoverage = p;
        }
      }
    }
  }
  const byClause = clauseSimilarity * THRESHOLDS.clauseDiscount > sentenceSimilarity;
  const similarity = byClause ? clauseSimilarity * THRESHOLDS.clauseDiscount : sentenceSimilarity;
  const coveredShare = byClause ? clauseCoverage : pageCoverage;
  return { pairs, pageCoverage, sourceCoverage, sentenceSimilarity, clauseSimilarity, coveredShare, similarity };
}
