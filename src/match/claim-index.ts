/**
 * The searchable form of one or more datasets, opened from a packed index (pack-claim-index.ts).
 * Opening analyzes nothing and reads no claim: judging a candidate decodes its stored units instead of
 * analyzing it, and its text and source are read from the records (claim-records.ts) when asked for.
 */
import type { Dataset, KnownClaim, Source } from '../claims/dataset';
import { OFFICE_HOLDERS, type OfficeHolder } from '../nlp/actors';
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import type { OfficeContext } from '../stance/differences';
import { openBm25, type Bm25Index } from './bm25';
import { datasetRecords, type ClaimRecords } from './claim-records';
import { fitsCounts, packClaimIndex, type PackedClaimIndex } from './pack-claim-index';
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
  /** How many sources the claims come from; they are numbered in the order of the datasets. */
  sourceCount: number;
  bm25: Bm25Index;
  /** Source `i` with its claims. */
  source(i: number): Source;
  /** The source of claim `doc`. */
  sourceOf(doc: number): Source;
  /** The number of the source of claim `doc` (cheap: reads no source). */
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
  const records = datasetRecords(datasets);
  const index = packed && fitsRecords(packed, records) ? packed : packClaimIndex(datasets, encoder);
  if (!encoder) return new OpenedClaimIndex(records, index, null);
  if (meaningFits(index.meaning, encoder, index.claimCount))
    return new OpenedClaimIndex(records, index, { encoder, meaning: index.meaning! });
  // Encoding and clustering would be paid on every opening (every wake of the worker) while the stored
  // index lacks the part: worth it for a few claims, not for a large dataset (docs/scale.md).
  if (index.claimCount > MEANING_ENCODED_AT_OPENING) return new OpenedClaimIndex(records, index, null);
  return new OpenedClaimIndex(records, index, { encoder, meaning: packMeaningParts(datasets, encoder) });
}

/** Whether `packed` was packed, by this analysis, for claims numbered as `records` number them. */
export function fitsRecords(packed: PackedClaimIndex, records: ClaimRecords): boolean {
  return fitsCounts(packed, records.claimCount, records.sourceCount);
}

/**
 * The index over `records` from `packed`, which must fit them (`fitsRecords`): records without their
 * datasets cannot be packed again, so a stale index is the caller's to replace before opening. With
 * `encoder`, claims are also found by meaning when `packed` carries this encoder's vectors for them.
 */
export function openRecordsIndex(
  records: ClaimRecords,
  packed: PackedClaimIndex,
  encoder: SentenceEncoder | null = null,
): ClaimIndex {
  if (!fitsRecords(packed, records)) throw new Error('claim index: the packed index does not fit its claims');
  const meaning =
    encoder && meaningFits(packed.meaning, encoder, packed.claimCount) ? { encoder, meaning: packed.meaning! } : null;
  return new OpenedClaimIndex(records, packed, meaning);
}

/** Claims whose vectors by meaning are made when an index packed without them is opened. */
export const MEANING_ENCODED_AT_OPENING = 2_000;

const NO_OFFICES: OfficeContext = new Map();

class OpenedClaimIndex implements ClaimIndex {
  readonly size: number;
  readonly sourceCount: number;
  readonly bm25: Bm25Index;
  /** Each claim's source's number (claims are numbered source after source). */
  private readonly sourceIndex: Uint32Array;
  /** Decoded analyses by the first claim with their text (`sameTextAs`), least recently used first. */
  private readonly analyses = new Map<number, SentenceAnalysis>();
  private readonly firstCopy: Uint32Array;
  /**
   * The narrow channels' key maps and the sources' office-holders, made when a page sentence first
   * asks: a wake that is only preparing, or a page without denials or office-holders, never pays them.
   */
  private deniedRows: Map<string, number> | null = null;
  private officeRows: Map<string, number> | null = null;
  private officesBySource: Map<number, Map<string, OfficeHolder>> | null = null;

  constructor(
    private readonly records: ClaimRecords,
    private readonly index: PackedClaimIndex,
    private readonly meaning: { encoder: SentenceEncoder; meaning: PackedMeaningParts } | null,
  ) {
    this.size = records.claimCount;
    this.sourceCount = records.sourceCount;
    // Nothing here is keyed by source id: a map of every id would be built at each opening, which a dataset with a
    // source per claim pays on every wake of the worker (docs/scale.md, *Measurements behind the code's shape*).
    this.sourceIndex = new Uint32Array(this.size);
    const { claimStarts } = records;
    for (let i = 0; i < this.sourceCount; i++) this.sourceIndex.fill(i, claimStarts[i]!, claimStarts[i + 1]!);
    this.firstCopy = records.firstCopy;
    this.bm25 = openBm25(index.bm25, this.firstCopy);
  }

  source(i: number): Source {
    return this.records.source(i);
  }

  sourceOf(doc: number): Source {
    return this.records.source(this.sourceIndex[doc]!);
  }

  sourceIndexOf(doc: number): number {
    return this.sourceIndex[doc]!;
  }

  textOf(doc: number): string {
    return this.records.claim(doc).text;
  }

  entry(doc: number): IndexedClaim {
    return new Entry(this, doc, this.records.claim(doc), this.sourceOf(doc));
  }

  gateView(doc: number): GateView {
    const stored = unpackGateUnits(...this.storedAt(doc));
    return stored ? new StoredGateView(this, doc, stored) : gateView(this.analysisOf(doc));
  }

  officesOf(doc: number): OfficeContext {
    this.officesBySource ??= officesBySource(this.index);
    return this.officesBySource.get(this.sourceIndex[doc]!) ?? NO_OFFICES;
  }

  denying(key: string): Uint32Array {
    this.deniedRows ??= keyRows(this.index.denied);
    return postingsOf(this.index.denied, this.deniedRows, key);
  }

  namingOffice(office: string, eventKey: string): Uint32Array {
    this.officeRows ??= keyRows(this.index.officeEvents);
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
    // By text: a story republished by ten outlets is analyzed once (and aligned with shared caches).
    const key = this.firstCopy[doc]!;
    let analysis = this.analyses.get(key);
    if (analysis) this.analyses.delete(key);
    else {
      const claim = this.records.claim(doc);
      analysis = unpackAnalysis(...this.storedAt(doc), claim.text, claim.antecedent);
    }
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

/** Each source's office-holders by office, from the index's `sourceHolders` postings. */
function officesBySource(index: PackedClaimIndex): Map<number, Map<string, OfficeHolder>> {
  const bySource = new Map<number, Map<string, OfficeHolder>>();
  const holdersById = new Map(OFFICE_HOLDERS.map((holder) => [holder.id, holder]));
  index.sourceHolders.keys.forEach((id, row) => {
    const holder = holdersById.get(id);
    if (!holder) return;
    for (let j = index.sourceHolders.start[row]!; j < index.sourceHolders.start[row + 1]!; j++) {
      const ordinal = index.sourceHolders.docs[j]!;
      let offices = bySource.get(ordinal);
      if (!offices) bySource.set(ordinal, (offices = new Map()));
      offices.set(holder.office, holder);
    }
  });
  return bySource;
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
