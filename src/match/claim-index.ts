/**
 * The searchable form of one or more datasets. Every known claim is analysed once, when the index is
 * packed (at import time for a stored dataset), into typed arrays: BM25 postings over unit keys, two
 * narrower channels (denied concepts; office × event), and the claims' content units. Opening a packed
 * index analyses nothing, and judging a candidate claim decodes its units instead of analysing it.
 */
import type { Dataset, KnownClaim, Source } from '../claims/dataset';
import { OFFICE_HOLDERS, type OfficeHolder } from '../nlp/actors';
import { analyseSentence, type SentenceAnalysis } from '../nlp/analyse-sentence';
import { officeContext, type OfficeContext } from '../stance/differences';
import { openBm25, packBm25, type Bm25Index, type PackedBm25 } from './bm25';
import { ANALYSIS_FINGERPRINT } from './analysis-fingerprint';
import { UnitsBuilder, unpackAnalysis, type PackedUnits } from './packed-units';
import { searchTerms } from './search-terms';
import { keyRows, mergePostings, postingsOf, PostingsBuilder, type PackedPostings } from './postings';

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

/** The stored form of a claim index, for the claims of `datasets` in order (sources, then their claims). */
export interface PackedClaimIndex {
  format: 'provenance-claim-index';
  /** The analysis the keys came from (analysis-fingerprint.ts): an index packed by another is stale. */
  analysis: string;
  claimCount: number;
  sourceCount: number;
  bm25: PackedBm25;
  /** Claims denying something, by the denied unit's key ("would not send ground troops" → @troops). */
  denied: PackedPostings;
  /** Claims naming a holder of an office, by `office event-key` ("us-president @propose"). */
  officeEvents: PackedPostings;
  /** Sources by the office-holders they name (one holder per office; see `officeContext`). */
  sourceHolders: PackedPostings;
  /** Every claim's content units (packed-units.ts), in parts as packed: part k starts at claim `unitsFrom[k]`. */
  units: PackedUnits[];
  unitsFrom: number[];
}

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

/** Keys of the concepts a sentence denies (plain words are too common to retrieve by). */
export function deniedKeys(analysis: SentenceAnalysis): Set<string> {
  return new Set(analysis.units.filter((unit) => unit.negated && !unit.irrealis && unit.concept && unit.concept.kind !== 'country').map((unit) => unit.key));
}

/** Keys of the events a sentence reports. */
export function eventKeys(analysis: SentenceAnalysis): Set<string> {
  return new Set(analysis.units.filter((unit) => unit.concept?.kind === 'event').map((unit) => unit.key));
}

/** Claims analysed between two pauses of `packClaimIndexInSteps`. */
const CLAIMS_PER_STEP = 2_000;

/** Packing, as steps: yields how many claims are done every `CLAIMS_PER_STEP` or so, returns the index. */
function* packing(datasets: readonly Dataset[]): Generator<number, PackedClaimIndex> {
  let sinceStep = 0;
  const documents: string[][] = [];
  const denied = new PostingsBuilder();
  const officeEvents = new PostingsBuilder();
  const sourceHolders = new PostingsBuilder();
  const units = new UnitsBuilder();
  let sourceCount = 0;
  for (const dataset of datasets) {
    for (const source of dataset.sources) {
      const analyses = source.claims.map((claim) => analyseSentence(claim.text));
      for (const analysis of analyses) {
        const doc = documents.length;
        documents.push(searchTerms(analysis));
        units.add(analysis);
        for (const key of deniedKeys(analysis)) denied.add(key, doc);
        const events = eventKeys(analysis);
        for (const office of new Set(analysis.actors.map((a) => a.holder.office))) {
          for (const event of events) officeEvents.add(`${office} ${event}`, doc);
        }
      }
      for (const holder of officeContext(analyses).values()) sourceHolders.add(holder.id, sourceCount);
      sourceCount++;
      sinceStep += analyses.length;
      if (sinceStep >= CLAIMS_PER_STEP) {
        sinceStep = 0;
        yield documents.length;
      }
    }
  }
  return {
    format: 'provenance-claim-index',
    analysis: ANALYSIS_FINGERPRINT,
    claimCount: documents.length,
    sourceCount,
    bm25: packBm25(documents),
    denied: denied.pack(false),
    officeEvents: officeEvents.pack(false),
    sourceHolders: sourceHolders.pack(false),
    units: [units.pack()],
    unitsFrom: [0],
  };
}

/** Analyses every claim of `datasets` and packs what retrieval needs. */
export function packClaimIndex(datasets: readonly Dataset[]): PackedClaimIndex {
  const steps = packing(datasets);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, pausing every couple of thousand claims (`pause(done)`, e.g. to paint progress): packing
 * 100,000 claims takes ~10 s, which must not freeze the page that imports them.
 */
export async function packClaimIndexInSteps(datasets: readonly Dataset[], pause: (claimsDone: number) => Promise<void>): Promise<PackedClaimIndex> {
  const steps = packing(datasets);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause(step.value);
  }
}

/** One packed index for several datasets' packed indexes, in order. */
export function mergeClaimIndexes(parts: readonly PackedClaimIndex[]): PackedClaimIndex {
  if (parts.length === 1) return parts[0]!;
  const offsets = (count: (part: PackedClaimIndex) => number) => {
    let total = 0;
    return parts.map((part) => ((total += count(part)), total - count(part)));
  };
  const claimOffsets = offsets((part) => part.claimCount);
  const lengths = new Uint16Array(parts.reduce((n, part) => n + part.claimCount, 0));
  parts.forEach((part, k) => lengths.set(part.bm25.lengths, claimOffsets[k]));
  return {
    format: 'provenance-claim-index',
    analysis: ANALYSIS_FINGERPRINT,
    claimCount: lengths.length,
    sourceCount: parts.reduce((n, part) => n + part.sourceCount, 0),
    bm25: { terms: mergePostings(parts.map((part) => part.bm25.terms), claimOffsets), lengths },
    denied: mergePostings(parts.map((part) => part.denied), claimOffsets),
    officeEvents: mergePostings(parts.map((part) => part.officeEvents), claimOffsets),
    sourceHolders: mergePostings(parts.map((part) => part.sourceHolders), offsets((part) => part.sourceCount)),
    units: parts.flatMap((part) => part.units),
    unitsFrom: parts.flatMap((part, k) => part.unitsFrom.map((first) => first + claimOffsets[k]!)),
  };
}

/** Whether `packed` was packed, by this analysis, from datasets with exactly these claim and source counts. */
export function fitsDatasets(packed: PackedClaimIndex, datasets: readonly Dataset[]): boolean {
  let claims = 0;
  let sources = 0;
  for (const dataset of datasets) {
    sources += dataset.sources.length;
    for (const source of dataset.sources) claims += source.claims.length;
  }
  return packed.format === 'provenance-claim-index' && packed.analysis === ANALYSIS_FINGERPRINT && packed.claimCount === claims && packed.sourceCount === sources;
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
  const storedAnalysis = (doc: number, text: string): SentenceAnalysis => {
    let part = index.unitsFrom.length - 1;
    while (part > 0 && index.unitsFrom[part]! > doc) part--;
    return unpackAnalysis(index.units[part]!, doc - index.unitsFrom[part]!, text);
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
      let analysis = analyses.get(claim.text);
      if (analysis) analyses.delete(claim.text);
      else analysis = storedAnalysis(doc, claim.text);
      analyses.set(claim.text, analysis); // most recently used last, so the oldest are dropped first
      if (analyses.size > ANALYSES_KEPT) analyses.delete(analyses.keys().next().value!);
      return { doc, claim, source, analysis };
    },
    offices: (sourceId) => officesBySource.get(sourceOrdinal.get(sourceId) ?? -1) ?? none,
    denying: (key) => postingsOf(index.denied, deniedRows, key),
    namingOffice: (office, eventKey) => postingsOf(index.officeEvents, officeRows, `${office} ${eventKey}`),
  };
}
