/**
 * The packed index's optional part for retrieval by meaning: every claim's sentence-encoder vector, int8,
 * grouped into lists around k-means centroids (an inverted-file index), and for a large dataset each
 * vector's product codes (product-codes.ts). A query reads the lists of its nearest centroids only:
 * integer products on WebAssembly SIMD keep those of their claims that can be best, which are then
 * scored exactly (`screened`), so 100,000 claims cost a few thousand SIMD products and a few dozen exact
 * ones, not 100,000 dot products. Where WebAssembly cannot run, the codes rank a large dataset's claims
 * and the best of those are scored exactly; they are fitted only there (`productCodesFrom`). An index
 * packed before this part existed, or by another encoder, has none that fits (see `openClaimIndex`).
 */
import type { Dataset } from '../claims/dataset';
import { timePhase, type PhaseClock } from './phase-clock';
import { approximateDots, codeTable, fitProductCodes, GROUP_DIMENSIONS } from './product-codes';
import { seededRandom } from './seeded-random';
import { selectTop } from './select-top';
import { canRunInt8Dots, openInt8Dots, type Int8Dots } from './int8-dots';
import { dot } from '../nlp/dot';
import type { SentenceEncoder } from './sentence-encoder';

/** The stored part for a run of claims (one dataset, or several merged: see `mergeMeaningParts`). */
export interface PackedMeaning {
  /** The encoder the vectors came from (`SentenceEncoder.version`). */
  encoder: string;
  dimensions: number;
  /** Claims covered, in the index's order from its first. */
  claimCount: number;
  /** How `vectors` are laid out (`MEANING_LAYOUT`): a part stored in another layout does not fit. */
  layout: typeof MEANING_LAYOUT;
  /**
   * The unit vectors × 127 of the claims that have one, in the order of `members` (row j is claim
   * `members[j]`'s): a search reads its lists' rows from consecutive memory, and a wake copies them into
   * the WebAssembly screen in one go.
   */
  vectors: Int8Array;
  /** Centroids × dimensions, unit vectors × 127. */
  centroids: Int8Array;
  /** List k holds `members[listStart[k]]…members[listStart[k+1]-1]` (claim numbers within this part). */
  listStart: Uint32Array;
  members: Uint32Array;
  /**
   * Product codes of the vectors (product-codes.ts) in the order of `members`, ranking the claims a search
   * reads before their exact dot products where WebAssembly cannot run; empty below `PRODUCT_CODES_FROM`
   * claims, and wherever it can run (`productCodesFrom`).
   */
  codebooks: Int8Array;
  codes: Uint8Array;
}

/**
 * The layout of a part's vectors: 2, in list order (before, 1: by claim number, which stored indexes
 * carry without this field). Part of the analysis fingerprint, so a stored index in another layout is
 * packed again rather than read wrongly.
 */
export const MEANING_LAYOUT = 2;

/** The meaning parts of a packed index: part k covers the claims from `from[k]`. */
export interface PackedMeaningParts {
  parts: PackedMeaning[];
  from: number[];
}

/** Fewer claims than this are one list: scanning them all costs less than choosing lists. */
const ONE_LIST_BELOW = 4096;
/**
 * Lists for n claims: about √n/2, so that packing (every claim against every centroid) stays a few
 * seconds at 100,000 claims, while a search still reads only a few thousand claims.
 */
const k = (n: number) => (n < ONE_LIST_BELOW ? 1 : Math.round(Math.sqrt(n) / 2));
/**
 * Claims from which the vectors a search reads are ranked by product codes first where WebAssembly
 * cannot run (where it can, the integer screen is faster than the codes): below, reading a twelfth of
 * them exactly is already cheap, and fitting the codes would cost packing more than it saves searching
 * (docs/scale.md).
 */
const PRODUCT_CODES_FROM = 32_768;

/**
 * Claims from which a part is packed with product codes, in this realm: where WebAssembly runs, never,
 * since its screen reads the lists exactly and the codes would go unread; fitting and coding them was half
 * of packing 100,000 claims by meaning (5.9–6.8 s → 2.9–3.0 s in Node, 0.8 MB fewer stored; docs/scale.md).
 * A dataset is packed by the same browser whose worker searches it (the options page's import worker, the
 * background), so an index packed without codes is searched with WebAssembly; one packed with them still
 * loads anywhere, as do codes in an index stored earlier.
 */
export function productCodesFrom(): number {
  return canRunInt8Dots() ? Number.POSITIVE_INFINITY : PRODUCT_CODES_FROM;
}
/** k-means rounds, and the sample it is fitted on (assigning every claim after is one more pass). */
const KMEANS_ROUNDS = 5;
const KMEANS_SAMPLE = 8_192;

const quantise = (x: number) => Math.max(-127, Math.min(127, Math.round(x * 127)));

/** Row `row` of `data` · `query` (a float query against int8 rows: searching). */
export function dotQuery(data: Int8Array, row: number, dims: number, query: Float32Array): number {
  let sum = 0;
  let d = 0;
  const at = row * dims;
  // Four products a step: V8 keeps them in registers, which one or two a step did not (docs/scale.md).
  for (; d + 3 < dims; d += 4)
    sum +=
      data[at + d]! * query[d]! +
      data[at + d + 1]! * query[d + 1]! +
      data[at + d + 2]! * query[d + 2]! +
      data[at + d + 3]! * query[d + 3]!;
  for (; d < dims; d++) sum += data[at + d]! * query[d]!;
  return sum;
}

/**
 * The nearest of `count` centroids to a row of int8 vectors, by exact dot products. Both are read as
 * int32 copies (the centroids once, the row once per call), and four sums a step: V8 multiplies int32
 * array elements faster than int8 ones, and assigning 100,000 claims to their lists is 1 G products
 * (1.7 → 1.1 s in Node; docs/scale.md). The sums are exact integers either way, so the lists are the same.
 */
function nearestCentroid(centroids: Int8Array, count: number, dims: number): (data: Int8Array, row: number) => number {
  const wide = Int32Array.from(centroids);
  const values = new Int32Array(dims);
  return (data, row) => {
    for (let d = 0, at = row * dims; d < dims; d++) values[d] = data[at + d]!;
    let best = 0;
    let bestDot = -Infinity;
    for (let c = 0, at = 0; c < count; c++, at += dims) {
      const product = dot(values, 0, wide, at, dims);
      if (product > bestDot) {
        best = c;
        bestDot = product;
      }
    }
    return best;
  };
}

/** Spherical k-means on a seeded sample: centroids as unit vectors × 127. */
function fitCentroids(vectors: Int8Array, n: number, dims: number, count: number): Int8Array {
  const random = seededRandom(count);
  const sample: number[] = [];
  for (let i = 0; i < n; i++) if (random() < KMEANS_SAMPLE / n) sample.push(i);
  const centroids = new Int8Array(count * dims);
  for (let c = 0; c < count; c++) {
    const from = sample[Math.floor((c * sample.length) / count)]!;
    centroids.set(vectors.subarray(from * dims, (from + 1) * dims), c * dims);
  }
  for (let round = 0; round < KMEANS_ROUNDS; round++) {
    const sums = new Float64Array(count * dims);
    const nearest = nearestCentroid(centroids, count, dims);
    for (const row of sample) {
      const c = nearest(vectors, row);
      for (let d = 0; d < dims; d++) sums[c * dims + d]! += vectors[row * dims + d]!;
    }
    for (let c = 0; c < count; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d]! ** 2;
      // An empty cluster keeps its centroid.
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = quantise(sums[c * dims + d]! / norm);
    }
  }
  return centroids;
}

/**
 * Packs claims' vectors (null: the claim has no word with a vector, and is never found this way), with
 * product codes from `codesFrom` claims (`productCodesFrom`: only where WebAssembly cannot run). `clock` is
 * told `meaning:kmeans` (fitting the centroids), `meaning:assign` (every claim to its list) and product
 * codes' phases (product-codes.ts).
 */
export function packMeaning(
  encoder: string,
  dimensions: number,
  claimVectors: ReadonlyArray<ArrayLike<number> | null>,
  codesFrom = productCodesFrom(),
  clock?: PhaseClock,
): PackedMeaning {
  const n = claimVectors.length;
  const vectors = new Int8Array(n * dimensions);
  claimVectors.forEach((vector, i) => {
    if (vector) for (let d = 0; d < dimensions; d++) vectors[i * dimensions + d] = quantise(vector[d]!);
  });
  const count = k(n);
  const centroids = timePhase(clock, 'meaning:kmeans', () =>
    count === 1 ? new Int8Array(dimensions) : fitCentroids(vectors, n, dimensions, Math.min(count, n)),
  );
  const lists = centroids.length / dimensions;
  const assigned = new Uint32Array(n);
  const sizes = new Uint32Array(lists + 1);
  timePhase(clock, 'meaning:assign', () => {
    const nearest = nearestCentroid(centroids, lists, dimensions);
    for (let i = 0; i < n; i++) {
      if (!claimVectors[i]) continue;
      assigned[i] = lists === 1 ? 0 : nearest(vectors, i);
      sizes[assigned[i]! + 1]!++;
    }
  });
  const listStart = new Uint32Array(lists + 1);
  for (let c = 0; c < lists; c++) listStart[c + 1] = listStart[c]! + sizes[c + 1]!;
  const members = new Uint32Array(listStart[lists]!);
  const fill = listStart.slice(0, lists);
  for (let i = 0; i < n; i++) if (claimVectors[i]) members[fill[assigned[i]!]!++] = i;
  const { codebooks, codes: byClaim } =
    n >= codesFrom && lists > 1 && dimensions % GROUP_DIMENSIONS === 0
      ? fitProductCodes(vectors, n, dimensions, clock)
      : { codebooks: new Int8Array(0), codes: new Uint8Array(0) };
  // In list order, as `members`: a search then reads the codes of its lists from consecutive memory.
  const groups = dimensions / GROUP_DIMENSIONS;
  const codes = new Uint8Array(byClaim.length === 0 ? 0 : members.length * groups);
  if (codes.length > 0)
    members.forEach((doc, j) => codes.set(byClaim.subarray(doc * groups, (doc + 1) * groups), j * groups));
  const inListOrder = new Int8Array(members.length * dimensions);
  members.forEach((doc, j) =>
    inListOrder.set(vectors.subarray(doc * dimensions, (doc + 1) * dimensions), j * dimensions),
  );
  return {
    encoder,
    dimensions,
    claimCount: n,
    layout: MEANING_LAYOUT,
    vectors: inListOrder,
    centroids,
    listStart,
    members,
    codebooks,
    codes,
  };
}

/** The meaning part for every claim of `datasets` (in the index's order), read with their antecedents. */
export function packMeaningParts(
  datasets: readonly Dataset[],
  encoder: SentenceEncoder,
  clock?: PhaseClock,
): PackedMeaningParts {
  const claims = datasets.flatMap((dataset) => dataset.sources.flatMap((source) => source.claims));
  return packMeaningTexts(claimTexts(claims), encoder, clock);
}

/** Claims' texts and antecedents, in the index's order: what encoding them needs, and no more. */
export interface ClaimTexts {
  texts: string[];
  antecedents: Array<string | null>;
}

/** `claims`' texts and antecedents. */
export function claimTexts(claims: ReadonlyArray<{ text: string; antecedent?: string | null }>): ClaimTexts {
  return { texts: claims.map((claim) => claim.text), antecedents: claims.map((claim) => claim.antecedent ?? null) };
}

/** The meaning part for `claims`; `clock` is told `meaning:encode` and `packMeaning`'s phases. */
export function packMeaningTexts(claims: ClaimTexts, encoder: SentenceEncoder, clock?: PhaseClock): PackedMeaningParts {
  const vectors = timePhase(clock, 'meaning:encode', () =>
    claims.texts.map((text, i) => encoder.encode(text, claims.antecedents[i])),
  );
  return packMeaningVectors(encoder, vectors, clock);
}

/**
 * The meaning part for claims given as the encoder's words (`encoderWordsOf` over their analysis's
 * tokens): the same part as `packMeaningTexts` without tokenising them again; `clock` as there.
 */
export function packMeaningWords(
  words: ReadonlyArray<readonly string[]>,
  encoder: SentenceEncoder,
  clock?: PhaseClock,
): PackedMeaningParts {
  const vectors = timePhase(clock, 'meaning:encode', () => words.map((claim) => encoder.encodeWords(claim)));
  return packMeaningVectors(encoder, vectors, clock);
}

/** The meaning part for claims encoded already by `encoder` (one vector or null a claim, in the index's order). */
export function packMeaningVectors(
  encoder: SentenceEncoder,
  vectors: ReadonlyArray<Float32Array | null>,
  clock?: PhaseClock,
): PackedMeaningParts {
  return {
    parts: [packMeaning(encoder.version, encoder.dimensions, vectors, productCodesFrom(), clock)],
    from: [0],
  };
}

/** Whether `meaning` covers `claimCount` claims with vectors from `encoder`. */
export function meaningFits(meaning: PackedMeaningParts | undefined, encoder: SentenceEncoder, claimCount: number) {
  if (!meaning) return false;
  const covered = meaning.parts.reduce((n, part) => n + part.claimCount, 0);
  return (
    covered === claimCount &&
    meaning.parts.every(
      (part) =>
        part.encoder === encoder.version && part.dimensions === encoder.dimensions && part.layout === MEANING_LAYOUT,
    )
  );
}

/** One packed index's parts as one (merging datasets): each part keeps its lists, searched in turn. */
export function mergeMeaningParts(
  parts: ReadonlyArray<PackedMeaningParts | undefined>,
  claimOffsets: readonly number[],
) {
  if (parts.some((part) => !part)) return undefined;
  return {
    parts: parts.flatMap((part) => part!.parts),
    from: parts.flatMap((part, k) => part!.from.map((first) => first + claimOffsets[k]!)),
  } satisfies PackedMeaningParts;
}

/** A claim found by meaning: its number in the index and the cosine of its vector with the query's. */
export interface MeaningHit {
  doc: number;
  score: number;
}

/**
 * Claims read per query, at least: lists are read nearest centroid first until this many are read.
 * Counted in claims, not lists, because k-means lists are uneven and a query's nearest are often the
 * largest. How much of a full scan's best this keeps is measured by `npm run bench:meaning`.
 */
export const claimsReadPerQuery = (claims: number) => Math.max(ONE_LIST_BELOW, Math.ceil(claims / 12));

/** Claims whose exact vectors are read per hit asked for, among the best by their product codes. */
const EXACT_PER_HIT = 32;

/** Inserts `hit` into `hits` (best first, then lower claim number), keeping the best `limit`. */
function keepBest(hits: MeaningHit[], hit: MeaningHit, limit: number): void {
  let at = hits.length;
  while (
    at > 0 &&
    (hits[at - 1]!.score < hit.score || (hits[at - 1]!.score === hit.score && hits[at - 1]!.doc > hit.doc))
  )
    at--;
  hits.splice(at, 0, hit);
  if (hits.length > limit) hits.pop();
}

/** The lists of `part` a search reads: nearest centroid first, until `budget` claims are read. */
function listsToRead(part: PackedMeaning, query: Float32Array, budget: number): number[] {
  const { dimensions: dims, centroids, listStart } = part;
  const lists = listStart.length - 1;
  if (lists === 1) return [0];
  const near = Array.from({ length: lists }, (_, c) => ({ c, dot: dotQuery(centroids, c, dims, query) }));
  near.sort((a, b) => b.dot - a.dot);
  const chosen: number[] = [];
  for (let i = 0, read = 0; i < lists && read < budget; i++) {
    chosen.push(near[i]!.c);
    read += listStart[near[i]!.c + 1]! - listStart[near[i]!.c]!;
  }
  return chosen;
}

/**
 * The rows (positions in list order) of `part` read for `query`: all `count` of the lists `chosen`, or the
 * best of them by product codes.
 */
function rowsToScore(
  part: PackedMeaning,
  query: Float32Array,
  chosen: readonly number[],
  count: number,
  limit: number,
): number[] {
  const { listStart, members, codebooks, codes } = part;
  if (codes.length === 0) {
    const rows: number[] = [];
    for (const c of chosen) for (let j = listStart[c]!; j < listStart[c + 1]!; j++) rows.push(j);
    return rows;
  }
  const table = codeTable(codebooks, query);
  const groups = part.dimensions / GROUP_DIMENSIONS;
  // Claim numbers break ties among equal scores, as they did when the rows were in claim order.
  const scored = { docs: new Uint32Array(count), scores: new Float64Array(count) };
  const rows = new Uint32Array(count);
  let k = 0;
  for (const c of chosen) {
    approximateDots(table, codes, groups, listStart[c]!, listStart[c + 1]!, scored.scores, k);
    for (let j = listStart[c]!; j < listStart[c + 1]!; j++, k++) {
      scored.docs[k] = members[j]!;
      rows[k] = j;
    }
  }
  let best = -Infinity;
  let low = Infinity;
  for (const score of scored.scores) {
    if (score > best) best = score;
    if (score < low) low = score;
  }
  // selectTop's histogram finds the best without sorting or inserting thousands of claims.
  return selectTop(scored, count, best, limit * EXACT_PER_HIT, low).map((position) => rows[position]!);
}

/** Past this many claims read per hit asked for, the claims scored exactly are screened by integer products first. */
const SCREEN_PER_HIT = 16;

/**
 * A part's integer products: its vectors copied into the WebAssembly module at its first search (one copy:
 * they are stored in list order), and each list's largest row sum, worked out when the list is first read
 * (-1: not yet).
 */
interface Screen {
  products: Int8Dots;
  rowSums: Int32Array;
}

const screens = new WeakMap<PackedMeaning, Screen | null>();

function screenOf(part: PackedMeaning): Screen | null {
  let screen = screens.get(part);
  if (screen === undefined) {
    const products = openInt8Dots(part.vectors, part.dimensions);
    const rowSums = new Int32Array(part.listStart.length - 1).fill(-1);
    screens.set(part, (screen = products ? { products, rowSums } : null));
  }
  return screen;
}

/**
 * The rows (positions in list order) among the `count` of the lists `chosen` whose claims can be among
 * the `limit` nearest `query` by the exact products `searchMeaning` ranks by, found by integer products
 * (WebAssembly SIMD: int8-dots.ts). The query is scaled by `s` so its largest value is ±127 and rounded,
 * so each claim's integer product is within `e` (half the largest row sum of the lists read) of `s` × its
 * exact one. The `limit` claims best by exact product are then all within `2e` of the `limit`-th best
 * integer product (each is at least `s·x_k − e`, and that product at most `s·x_k + e`, `x_k` the
 * `limit`-th best exact product): keeping every claim from there down keeps them all, so the search
 * answers what reading every claim of the lists exactly answers (a test compares the two). Null where
 * WebAssembly cannot run, and for a zero query, which the screen cannot scale.
 */
export function screened(
  part: PackedMeaning,
  query: Float32Array,
  chosen: readonly number[],
  count: number,
  limit: number,
): number[] | null {
  const screen = screenOf(part);
  if (!screen) return null;
  const { dimensions: dims, listStart } = part;
  let largest = 0;
  for (let d = 0; d < dims; d++) largest = Math.max(largest, Math.abs(query[d]!));
  if (largest === 0) return null;
  const scale = 127 / largest;
  const quantised = new Int8Array(dims);
  for (let d = 0; d < dims; d++) quantised[d] = Math.round(query[d]! * scale);
  let largestRowSum = 0;
  for (const c of chosen) {
    if (screen.rowSums[c]! < 0)
      screen.rowSums[c] = screen.products.largestRowSum(listStart[c]!, listStart[c + 1]! - listStart[c]!);
    largestRowSum = Math.max(largestRowSum, screen.rowSums[c]!);
  }
  const products = new Int32Array(count);
  for (let k = 0, i = 0; i < chosen.length; i++) {
    const c = chosen[i]!;
    const size = listStart[c + 1]! - listStart[c]!;
    screen.products.dots(quantised, listStart[c]!, size, products, k);
    k += size;
  }
  // The limit-th best integer product: the best `limit`, kept in ascending order.
  const best = new Int32Array(limit).fill(-0x7fffffff);
  let floor = best[0]!;
  for (let i = 0; i < count; i++) {
    const product = products[i]!;
    if (product <= floor) continue;
    let at = 0;
    while (at + 1 < limit && best[at + 1]! < product) {
      best[at] = best[at + 1]!;
      at++;
    }
    best[at] = product;
    floor = best[0]!;
  }
  // One more than the bound: the scaled query's rounding is exact to well within it.
  const from = best[0]! - largestRowSum - 1;
  const kept: number[] = [];
  for (let k = 0, i = 0; i < chosen.length; i++)
    for (let j = listStart[chosen[i]!]!; j < listStart[chosen[i]! + 1]!; j++, k++)
      if (products[k]! >= from) kept.push(j);
  return kept;
}

/** The `limit` claims of `meaning` nearest `query` (a unit vector), best first, at least `floor` alike. */
export function searchMeaning(
  meaning: PackedMeaningParts,
  query: Float32Array,
  limit: number,
  floor: number,
  toRead = claimsReadPerQuery,
): MeaningHit[] {
  const hits: MeaningHit[] = [];
  if (limit <= 0) return hits;
  meaning.parts.forEach((part, p) => {
    const chosen = listsToRead(part, query, toRead(part.claimCount));
    let read = 0;
    for (const c of chosen) read += part.listStart[c + 1]! - part.listStart[c]!;
    // Thousands of claims are read: where WebAssembly runs, integer products keep exactly those that can
    // be best, faster than the product codes rank them; elsewhere the codes choose (from 32,768 claims)
    // or every claim read is scored exactly.
    const rows =
      (read > limit * SCREEN_PER_HIT ? screened(part, query, chosen, read, limit) : null) ??
      rowsToScore(part, query, chosen, read, limit);
    for (const row of rows) {
      const score = dotQuery(part.vectors, row, part.dimensions, query) / 127;
      if (score >= floor) keepBest(hits, { doc: part.members[row]! + meaning.from[p]!, score }, limit);
    }
  });
  return hits;
}
