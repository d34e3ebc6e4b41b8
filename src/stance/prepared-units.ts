/**
 * What alignment needs of one analyzed sentence besides its units, worked out once per sentence (and word
 * table and weigher): each unit's vector row, how it can match, its coverage weight and its clause. A page
 * is aligned with ~1,850 claims against 100,000, nearly all of them decoded for that page, so this runs
 * about once per judged pair: in typed arrays, without Sets or Maps, and found with one lookup.
 */
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import type { WordVectors } from '../nlp/word-vectors';
import { windowUnits, type WindowUnits } from './window-units';

/** How informative a unit key is (inverse document frequency over the known claims). */
export type Weigh = (key: string) => number;

/** How a unit can match one with another key: never (names, numbers, countries), by vectors, or by the special rules. */
export const EXACT_ONLY = 0;
export const BY_VECTOR = 1;
export const SPECIAL = 2;

/** Numbers are evidence of a difference, not of a topic: they weigh half in similarity. */
const NUMBER_WEIGHT = 0.5;

/** One sentence prepared for alignment. */
export interface PreparedUnits {
  /** Vector row of each unit's word (-1: none). */
  rows: Int32Array;
  /** EXACT_ONLY, BY_VECTOR or SPECIAL per unit (actor and office units follow align.ts's own rules). */
  kinds: Uint8Array;
  /** Coverage weight of each unit: IDF, halved for numbers, zero inside an attribution. */
  weights: Float64Array;
  /** Sum of `weights`, added in unit order: the whole sentence's coverage denominator. */
  totalWeight: number;
  /** The sentence's distinct clause numbers, ascending. */
  clauseNumbers: Int32Array;
  /** Each unit's position among `clauseNumbers`. */
  clauseOf: Int32Array;
  /** Clause windows (see `clauseWindows`), made on first use: most pairs never need them. */
  windows: WindowUnits | null;
}

/**
 * A stored claim's units as ids into the tables it was stored with (packed-units.ts): `keys[keyIds[i]]`
 * is unit i's key and, where `wordIds[i]` ≥ 0, `words[wordIds[i]]` its vector word.
 */
export interface StoredUnitIds {
  keys: readonly string[];
  keyIds: ArrayLike<number>;
  words: readonly string[];
  wordIds: ArrayLike<number>;
}

const storedIds = new WeakMap<SentenceAnalysis, StoredUnitIds>();

/**
 * Records that `analysis` was decoded from stored units: its rows and weights are then looked up by id in arrays shared
 * by every claim of the table, not by string in the word table's and the index's maps (two hash probes per unit were a
 * tenth of a page's analysis against a large dataset (docs/scale.md, *Measurements behind the code's shape*)).
 */
export function rememberStoredIds(analysis: SentenceAnalysis, ids: StoredUnitIds): void {
  storedIds.set(analysis, ids);
}

/** Per word table of stored claims, per table of vectors: rows by word id, filled on first use (NaN: not yet). */
const byId = new WeakMap<readonly string[], WeakMap<object, Float64Array>>();

function idTable(table: readonly string[], owner: object): Float64Array {
  let tables = byId.get(table);
  if (!tables) byId.set(table, (tables = new WeakMap()));
  let values = tables.get(owner);
  if (!values) tables.set(owner, (values = new Float64Array(table.length).fill(NaN)));
  return values;
}

/** The distinct clause numbers of the sentence being prepared, ascending (grown as needed). */
let clauseScratch = new Int32Array(64);

/** Adds `clause` to the distinct ascending `clauseScratch[0, size)`; returns the new size. */
function insertClause(clause: number, size: number): number {
  let at = size;
  while (at > 0 && clauseScratch[at - 1]! > clause) at--;
  if (at > 0 && clauseScratch[at - 1] === clause) return size;
  if (size === clauseScratch.length) {
    const bigger = new Int32Array(2 * size);
    bigger.set(clauseScratch);
    clauseScratch = bigger;
  }
  clauseScratch.copyWithin(at + 1, at, size);
  clauseScratch[at] = clause;
  return size + 1;
}

/** What preparing a sentence does not owe to the weigher: made once per sentence and word table. */
type UnitBase = Pick<PreparedUnits, 'rows' | 'kinds' | 'clauseNumbers' | 'clauseOf'>;

const bases = new WeakMap<WordVectors, WeakMap<SentenceAnalysis, UnitBase>>();

function baseOf(analysis: SentenceAnalysis, vectors: WordVectors): UnitBase {
  let byAnalysis = bases.get(vectors);
  if (!byAnalysis) bases.set(vectors, (byAnalysis = new WeakMap()));
  let base = byAnalysis.get(analysis);
  if (!base) byAnalysis.set(analysis, (base = prepareBase(analysis, vectors)));
  return base;
}

function prepareBase(analysis: SentenceAnalysis, vectors: WordVectors): UnitBase {
  const units = analysis.units;
  const n = units.length;
  let clauseCount = 0;
  for (const unit of units) clauseCount = insertClause(unit.clause, clauseCount);
  // The four arrays share one buffer: a buffer each cost more than filling them (a typed array of its
  // own is a separate allocation outside the heap).
  const buffer = new ArrayBuffer(8 * n + 4 * clauseCount + n);
  const rows = new Int32Array(buffer, 0, n);
  const clauseOf = new Int32Array(buffer, 4 * n, n);
  const clauseNumbers = new Int32Array(buffer, 8 * n, clauseCount);
  const kinds = new Uint8Array(buffer, 8 * n + 4 * clauseCount, n);
  clauseNumbers.set(clauseScratch.subarray(0, clauseCount));
  const ids = storedIds.get(analysis);
  const rowById = ids && idTable(ids.words, vectors);
  for (let i = 0; i < n; i++) {
    const unit = units[i]!;
    const wordId = ids ? ids.wordIds[i]! : -1;
    if (wordId >= 0) {
      if (Number.isNaN(rowById![wordId])) rowById![wordId] = vectors.rowOf(ids!.words[wordId]!);
      rows[i] = rowById![wordId]!;
    } else rows[i] = unit.vectorWord ? vectors.rowOf(unit.vectorWord) : -1;
    kinds[i] =
      unit.actor || unit.office
        ? SPECIAL
        : unit.vectorWord && unit.concept?.kind !== 'country'
          ? BY_VECTOR
          : EXACT_ONLY;
    let k = 0;
    while (clauseNumbers[k] !== unit.clause) k++;
    clauseOf[i] = k;
  }
  return { rows, kinds, clauseNumbers, clauseOf };
}

/**
 * The weigher's part: each unit's weight. The judge makes a weigher per pair (corpus-weights.ts), so this
 * runs for about every sentence of every judged pair; the rest is the sentence's own and made once.
 */
function prepare(analysis: SentenceAnalysis, vectors: WordVectors, weigh: Weigh): PreparedUnits {
  const units = analysis.units;
  const n = units.length;
  const weights = new Float64Array(n);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) {
    const unit = units[i]!;
    weights[i] = unit.attribution ? 0 : weigh(unit.key) * (unit.key.startsWith('#') ? NUMBER_WEIGHT : 1);
    totalWeight += weights[i]!;
  }
  return { ...baseOf(analysis, vectors), weights, totalWeight, windows: null };
}

/**
 * Prepared sentences per word table and weigher; the last pair asked for is remembered, as the
 * analyzer aligns thousands of pairs with one of each.
 */
const caches = new WeakMap<WordVectors, WeakMap<Weigh, WeakMap<SentenceAnalysis, PreparedUnits>>>();
let last: { vectors: WordVectors; weigh: Weigh; cache: WeakMap<SentenceAnalysis, PreparedUnits> } | null = null;

/** `analysis` prepared for alignment with `vectors` and `weigh` (made once, then cached). */
export function preparedUnits(analysis: SentenceAnalysis, vectors: WordVectors, weigh: Weigh): PreparedUnits {
  if (last?.vectors !== vectors || last.weigh !== weigh) {
    let byWeigh = caches.get(vectors);
    if (!byWeigh) caches.set(vectors, (byWeigh = new WeakMap()));
    let cache = byWeigh.get(weigh);
    if (!cache) byWeigh.set(weigh, (cache = new WeakMap()));
    last = { vectors, weigh, cache };
  }
  let prepared = last.cache.get(analysis);
  if (!prepared) last.cache.set(analysis, (prepared = prepare(analysis, vectors, weigh)));
  return prepared;
}

/** The clause windows of a prepared sentence (see window-units.ts), made on first use. */
export function clauseWindows(analysis: SentenceAnalysis, prepared: PreparedUnits): WindowUnits {
  return (prepared.windows ??= windowUnits(analysis.units, prepared));
}
