/**
 * The searchable form of one or more datasets, opened from a packed index (pack-claim-index.ts).
 * Opening analyses nothing, and judging a candidate claim decodes its stored units instead of
 * analysing it.
 */
import type { Dataset, KnownClaim, Source } from '../claims/dataset';
import { OFFICE_HOLDERS, type OfficeHolder } from '../nlp/actors';
import type { SentenceAnalysis } from '../nlp/analyse-sentence';
import type { OfficeContext } from '../stance/differences';
import { openBm25, type Bm25Index } from './bm25';
import { fitsDatasets, packClaimIndex, type PackedClaimIndex } from './pack-claim-index';
import { unpackAnalysis } from './packed-units';
import { keyRows, postingsOf } from './postings';

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
  /** The text of claim `doc` (cheap: no analysis). */
  textOf(doc: number): string;
  /** Claim `doc` with its source and (made on first use, then kept) its analysis. */
  entry(doc: number): IndexedClaim;
  /** Who source `sourceId` says holds each office. */
  offices(sourceId: string): OfficeContext;
  /** Claims denying `key`. */
  denying(key: string): Uint32Array;
  /** Claims naming a holder of `office` in a sentence about `eventKey`. */
  namingOffice(office: string, eventKey: string): Uint32Array;
}

function* claimsOf(datasets: readonly Dataset[]): Generator<{ claim: KnownClaim; source: Source }> {
  for (const dataset of datasets) for (const source of dataset.sources) for (const claim of source.claims) yield { claim, source };
}

/** The index over `datasets`, from `packed` when it fits them, else packed now. */
export function openClaimIndex(datasets: readonly Dataset[], packed?: PackedClaimIndex): ClaimIndex {
  const index = packed && fitsDatasets(packed, datasets) ? packed : packClaimIndex(datasets);
  const claims = [...claimsOf(datasets)];
  const sources = datasets.flatMap((dataset) => dataset.sources);
  const sourceOrdinal = new Map(sources.map((source, i) => [source.id, i]));
  const analyses = new Map<string, SentenceAnalysis>();
  const deniedRows = keyRows(index.denied);
  const officeRows = keyRows(index.officeEvents);
  const holdersById = new Map(OFFICE_HOLDERS.map((holder) => [holder.id, holder]));
  const officesBySource = new Map<number, Map<string, OfficeHolder>>();
  index.sourceHolders.keys.forEach((id, row) => {
    const holder = holdersById.get(id);
    if (!holder) return;
    for (let j = index.sourceHolders.start[row]!; j < index.sourceHolders.start[row + 1]!; j++) {
      const ordinal = index.sourceHolders.docs[j]!;
      let offices = officesBySource.get(ordinal);
      if (!offices) officesBySource.set(ordinal, (offices = new Map()));
      offices.set(holder.office, holder);
    }
  });
  const none: OfficeContext = new Map();
  /** Claim `doc`'s analysis from the stored units (the part holding it: the last starting at or before it). */
  const storedAnalysis = (doc: number, text: string, antecedent?: string): SentenceAnalysis => {
    let part = index.unitsFrom.length - 1;
    while (part > 0 && index.unitsFrom[part]! > doc) part--;
    return unpackAnalysis(index.units[part]!, doc - index.unitsFrom[part]!, text, antecedent);
  };
  return {
    size: claims.length,
    sources,
    bm25: openBm25(index.bm25),
    sourceOf: (doc) => claims[doc]!.source,
    textOf: (doc) => claims[doc]!.claim.text,
    entry(doc) {
      const { claim, source } = claims[doc]!;
      // By text: a story republished by ten outlets is analysed once (and aligned with shared caches).
      // The antecedent is part of the key: "It states that…" after "Article 5 is…" is not the same claim
      // as after "The treaty is…".
      const key = claim.antecedent ? `${claim.text}\n${claim.antecedent}` : claim.text;
      let analysis = analyses.get(key);
      if (analysis) analyses.delete(key);
      else analysis = storedAnalysis(doc, claim.text, claim.antecedent);
      analyses.set(key, analysis); // most recently used last, so the oldest are dropped first
      if (analyses.size > ANALYSES_KEPT) analyses.delete(analyses.keys().next().value!);
      return { doc, claim, source, analysis };
    },
    offices: (sourceId) => officesBySource.get(sourceOrdinal.get(sourceId) ?? -1) ?? none,
    denying: (key) => postingsOf(index.denied, deniedRows, key),
    namingOffice: (office, eventKey) => postingsOf(index.officeEvents, officeRows, `${office} ${eventKey}`),
  };
}
