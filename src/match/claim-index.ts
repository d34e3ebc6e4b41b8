/**
 * The searchable form of one or more datasets, opened from a packed index (pack-claim-index.ts).
 * Opening analyzes nothing, and judging a candidate claim decodes its stored units instead of
 * analyzing it.
 */
import type { Dataset, KnownClaim, Source } from '../claims/dataset';
import { OFFICE_HOLDERS, type OfficeHolder } from '../nlp/actors';
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import type { OfficeContext } from '../stance/differences';
import { openBm25, type Bm25Index } from './bm25';
import { fitsDatasets, packClaimIndex, type PackedClaimIndex } from './pack-claim-index';
import { gateView, type GateView } from '../stance/specific-content';
import { unpackAnalysis, unpackGateUnits, type PackedUnits } from './packed-units';
import { keyRows, postingsOf } from './postings';
import {
  meaningFits,
  packMeaningParts,
  searchMeaning,
  type MeaningHit,
  type PackedMeaningParts,
} from './meaning-index';
import type { SentenceEncoder } from './sentence-encoder';

/** A known claim with its source and its analysis. */
export interface IndexedClaim {
  /** Its number in the index. */
  doc: number;
  claim: KnownClaim;
  source: Source;
  analysis: SentenceAnalysis;
}

/**
 * Claim analyses (decoded from the stored units) kept between page sentences and pages, least recently
 * used dropped first: decoding is cheap, but a kept object keeps the aligner's per-sentence caches too.
 */
const ANALYSES_KEPT = 8000;

/** Known claims ready for retrieval. */
export interface ClaimIndex {
  size: number;
  sources: Source[];
  bm25: Bm25Index;
  /** The source of claim `doc` (cheap: no analysis). */
  sourceOf(doc: number): Source;
  /** Where the source of claim `doc` is in `sources`. */
  sourceIndexOf(doc: number): number;
  /** The text of claim `doc` (cheap: no analysis). */
  textOf(doc: number): string;
  /** Claim `doc` with its source and its analysis (made when first read, then kept). */
  entry(doc: number): IndexedClaim;
  /** What the link gate reads of claim `doc`: from the stored units, without decoding them when it can. */
  gateView(doc: number): GateView;
  /**
   * The first claim with the same text and antecedent as claim `doc` (itself if none is earlier): the same
   * analysis, so the same search terms and the same verdict against a sentence, whoever published it.
   */
  sameTextAs(doc: number): number;
  /** Who the source of claim `doc` says holds each office. */
  officesOf(doc: number): OfficeContext;
  /** Claims denying `key`. */
  denying(key: string): Uint32Array;
  /** Claims naming a holder of `office` in a sentence about `eventKey`. */
  namingOffice(office: string, eventKey: string): Uint32Array;
  /**
   * The `limit` claims nearest in meaning to `text` (read with `antecedent`), at least `floor` alike,
   * best first; none when the index was opened without a sentence encoder.
   */
  nearInMeaning(text: string, antecedent: string | null, limit: number, floor: number): MeaningHit[];
  /** Whether claims can be found by meaning in this index (see `openClaimIndex`). */
  readonly findsByMeaning: boolean;
}

function* claimsOf(datasets: readonly Dataset[]): Generator<{ claim: KnownClaim; source: Source }> {
  for (const dataset of datasets)
    for (const source of dataset.sources) for (const claim of source.claims) yield { claim, source };
}

/**
 * Each claim's first claim with the same text and antecedent, which therefore has the same analysis and
 * search terms (a wire report republished word for word): BM25 scores each text once, and it is decoded
 * and judged once. The antecedent counts: "It states that…" after "Article 5 is…" is not the same claim
 * as after "The treaty is…".
 */
function firstCopies(claims: ReadonlyArray<{ claim: KnownClaim }>): Uint32Array {
  const first = new Map<string, number>();
  const firstCopy = new Uint32Array(claims.length);
  claims.forEach(({ claim }, doc) => {
    const key = claim.antecedent ? `${claim.text}\n${claim.antecedent}` : claim.text;
    const found = first.get(key);
    if (found === undefined) first.set(key, doc);
    firstCopy[doc] = found ?? doc;
  });
  return firstCopy;
}

/**
 * The index over `datasets`, from `packed` when it fits them, else packed now. A class rather than an
 * object of closures, as `openBm25` explains: the analyzer's hot calls stay compiled across indexes.
 * With `encoder`, claims are also found by meaning: from the packed vectors when they are this
 * encoder's, else encoded now (an index packed where the encoder could not run, or by an older one) if
 * there are at most `MEANING_ENCODED_AT_OPENING` claims; a larger index without them opens without the
 * meaning channel (`findsByMeaning` is false) until it is packed with the encoder.
 */
export function openClaimIndex(
  datasets: readonly Dataset[],
  packed?: PackedClaimIndex,
  encoder: SentenceEncoder | null = null,
): ClaimIndex {
  const index = packed && fitsDatasets(packed, datasets) ? packed : packClaimIndex(datasets, encoder);
  if (!encoder) return new OpenedClaimIndex(datasets, index, null);
  if (meaningFits(index.meaning, encoder, index.claimCount))
    return new OpenedClaimIndex(datasets, index, { encoder, meaning: index.meaning! });
  // Encoding and clustering would be paid on every opening (every wake of the worker) while the stored
  // index lacks the part: worth it for a few claims, not for a large dataset (docs/scale.md).
  if (index.claimCount > MEANING_ENCODED_AT_OPENING) return new OpenedClaimIndex(datasets, index, null);
  return new OpenedClaimIndex(datasets, index, { encoder, meaning: packMeaningParts(datasets, encoder) });
}

/** Claims whose vectors by meaning are made when an index packed without them is opened. */
export const MEANING_ENCODED_AT_OPENING = 2_000;

const NO_OFFICES: OfficeContext = new Map();

class OpenedClaimIndex implements ClaimIndex {
  readonly size: number;
  readonly sources: Source[];
  readonly bm25: Bm25Index;
  private readonly claims: Array<{ claim: KnownClaim; source: Source }>;
  /** Each claim's source's place in `sources` (claims are numbered source after source). */
  private readonly sourceIndex: Uint32Array;
  /** Decoded analyses by the first claim with their text (`sameTextAs`), least recently used first. */
  private readonly analyses = new Map<number, SentenceAnalysis>();
  private readonly firstCopy: Uint32Array;
  private readonly deniedRows: Map<string, number>;
  private readonly officeRows: Map<string, number>;
  private readonly officesBySource = new Map<number, Map<string, OfficeHolder>>();

  constructor(
    datasets: readonly Dataset[],
    private readonly index: PackedClaimIndex,
    private readonly meaning: { encoder: SentenceEncoder; meaning: PackedMeaningParts } | null,
  ) {
    this.claims = [...claimsOf(datasets)];
    this.size = this.claims.length;
    // Nothing here is keyed by source id: a map of 100,000 ids took ~60 ms of each opening (measured
    // once), which a dataset with a source per claim pays on every wake of the worker.
    this.sources = ([] as Source[]).concat(...datasets.map((dataset) => dataset.sources));
    this.sourceIndex = new Uint32Array(this.size);
    let doc = 0;
    for (let i = 0; i < this.sources.length; i++)
      for (let n = this.sources[i]!.claims.length; n > 0; n--) this.sourceIndex[doc++] = i;
    this.firstCopy = firstCopies(this.claims);
    this.bm25 = openBm25(index.bm25, this.firstCopy);
    this.deniedRows = keyRows(index.denied);
    this.officeRows = keyRows(index.officeEvents);
    const holdersById = new Map(OFFICE_HOLDERS.map((holder) => [holder.id, holder]));
    index.sourceHolders.keys.forEach((id, row) => {
      const holder = holdersById.get(id);
      if (!holder) return;
      for (let j = index.sourceHolders.start[row]!; j < index.sourceHolders.start[row + 1]!; j++) {
        const ordinal = index.sourceHolders.docs[j]!;
        let offices = this.officesBySource.get(ordinal);
        if (!offices) this.officesBySource.set(ordinal, (offices = new Map()));
        offices.set(holder.office, holder);
      }
    });
  }

  sourceOf(doc: number): Source {
    return this.claims[doc]!.source;
  }

  sourceIndexOf(doc: number): number {
    return this.sourceIndex[doc]!;
  }

  textOf(doc: number): string {
    return this.claims[doc]!.claim.text;
  }

  entry(doc: number): IndexedClaim {
    const { claim, source } = this.claims[doc]!;
    return new Entry(this, doc, claim, source);
  }

  gateView(doc: number): GateView {
    const stored = unpackGateUnits(...this.storedAt(doc));
    return stored ? new StoredGateView(this, doc, stored) : gateView(this.analysisOf(doc));
  }

  officesOf(doc: number): OfficeContext {
    return this.officesBySource.get(this.sourceIndex[doc]!) ?? NO_OFFICES;
  }

  denying(key: string): Uint32Array {
    return postingsOf(this.index.denied, this.deniedRows, key);
  }

  namingOffice(office: string, eventKey: string): Uint32Array {
    return postingsOf(this.index.officeEvents, this.officeRows, `${office} ${eventKey}`);
  }

  sameTextAs(doc: number): number {
    return this.firstCopy[doc]!;
  }

  get findsByMeaning(): boolean {
    return this.meaning !== null;
  }

  nearInMeaning(text: string, antecedent: string | null, limit: number, floor: number): MeaningHit[] {
    if (!this.meaning) return [];
    const query = this.meaning.encoder.encode(text, antecedent);
    return query ? searchMeaning(this.meaning.meaning, query, limit, floor) : [];
  }

  /** Claim `doc`'s analysis, decoded from the stored units or kept from an earlier use. */
  analysisOf(doc: number): SentenceAnalysis {
    const { claim } = this.claims[doc]!;
    // By text: a story republished by ten outlets is analyzed once (and aligned with shared caches).
    const key = this.firstCopy[doc]!;
    let analysis = this.analyses.get(key);
    if (analysis) this.analyses.delete(key);
    else analysis = unpackAnalysis(...this.storedAt(doc), claim.text, claim.antecedent);
    this.analyses.set(key, analysis); // most recently used last, so the oldest are dropped first
    if (this.analyses.size > ANALYSES_KEPT) this.analyses.delete(this.analyses.keys().next().value!);
    return analysis;
  }

  /** Claim `doc`'s stored units: the part holding it (the last starting at or before it) and its place there. */
  private storedAt(doc: number): [PackedUnits, number] {
    const { unitsFrom, units } = this.index;
    let part = unitsFrom.length - 1;
    while (part > 0 && unitsFrom[part]! > doc) part--;
    return [units[part]!, doc - unitsFrom[part]!];
  }
}

/** A candidate claim whose analysis is decoded when first read: the link gate turns most away before. */
class Entry implements IndexedClaim {
  readonly #index: OpenedClaimIndex;
  #analysis: SentenceAnalysis | undefined;

  constructor(
    index: OpenedClaimIndex,
    readonly doc: number,
    readonly claim: KnownClaim,
    readonly source: Source,
  ) {
    this.#index = index;
  }

  get analysis(): SentenceAnalysis {
    return (this.#analysis ??= this.#index.analysisOf(this.doc));
  }
}

/** A stored claim as the link gate reads it; whether it has dates, from the index or else its analysis. */
class StoredGateView implements GateView {
  readonly #index: OpenedClaimIndex;
  readonly text: string;
  readonly table: readonly string[];
  readonly keyIds: ArrayLike<number>;
  readonly starts: ArrayLike<number>;
  readonly roles: ArrayLike<number>;
  private readonly dated: number | undefined;

  constructor(
    index: OpenedClaimIndex,
    private readonly doc: number,
    units: NonNullable<ReturnType<typeof unpackGateUnits>>,
  ) {
    this.#index = index;
    this.text = index.textOf(doc);
    ({ table: this.table, keyIds: this.keyIds, starts: this.starts, roles: this.roles, dated: this.dated } = units);
  }

  hasDates(): boolean {
    return this.dated === undefined ? this.#index.analysisOf(this.doc).dates.length > 0 : this.dated === 1;
  }
}
