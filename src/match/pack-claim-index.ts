/**
 * Packing a claim index: every known claim analyzed once (at import time for a stored dataset) into
 * typed arrays — BM25 postings over its search terms, two narrower channels (denied concepts; office ×
 * event), and the claims' content units — which IndexedDB stores beside the dataset. Also merging the
 * packed indexes of several datasets, and telling whether a stored one still fits its dataset.
 */
import type { Dataset } from '../claims/dataset';
import { analyzeInContext } from '../nlp/analyze-in-context';
import { officeContext } from '../stance/differences';
import { analysisFingerprint } from './analysis-fingerprint';
import { packBm25, type PackedBm25 } from './bm25';
import { deniedKeys, eventKeys } from './channel-keys';
import { UnitsBuilder, type PackedUnits } from './packed-units';
import { mergeMeaningParts, packMeaningVectors, type PackedMeaningParts } from './meaning-index';
import { encoderWordsOf, type SentenceEncoder } from './sentence-encoder';
import { mergePostings, PostingsBuilder, type PackedPostings } from './postings';
import { timePhase, type PhaseClock } from './phase-clock';
import { searchTerms } from './search-terms';

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
  /**
   * Every claim's vector by meaning (meaning-index.ts), when packed where the sentence encoder can run;
   * optional, so indexes packed without it still open (retrieval then goes by shared words only).
   */
  meaning?: PackedMeaningParts;
}

/** Claims analyzed between two pauses of `packClaimIndexInSteps`. */
const CLAIMS_PER_STEP = 2_000;

/**
 * Packing, as steps: yields how many claims are done every `CLAIMS_PER_STEP` or so, returns the index.
 * `clock` is told `pack:analyze` (the claims' analysis and postings, between pauses), `pack:bm25`,
 * `pack:postings` and packing by meaning's phases (meaning-index.ts).
 */
function* packing(
  datasets: readonly Dataset[],
  encoder: SentenceEncoder | null,
  clock?: PhaseClock,
  words?: string[][],
): Generator<number, PackedClaimIndex> {
  let sinceStep = 0;
  let resumed = performance.now();
  // Each claim's vector by meaning, from the tokens its analysis made (not tokenised a second time).
  const vectors: Array<Float32Array | null> | null = encoder ? [] : null;
  let encodingMs = 0;
  const documents: string[][] = [];
  const denied = new PostingsBuilder();
  const officeEvents = new PostingsBuilder();
  const sourceHolders = new PostingsBuilder();
  const units = new UnitsBuilder();
  let sourceCount = 0;
  for (const dataset of datasets) {
    for (const source of dataset.sources) {
      const analyses = source.claims.map((claim) => analyzeInContext(claim.text, claim.antecedent));
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
      // Kept for packing by meaning later (src/imports/meaning-later.ts), so the claims are not tokenised again.
      if (words) source.claims.forEach((claim, i) => words.push(encoderWordsOf(analyses[i]!.tokens, claim.antecedent)));
      if (encoder && vectors) {
        const encoding = performance.now();
        source.claims.forEach((claim, i) =>
          vectors.push(encoder.encodeWords(encoderWordsOf(analyses[i]!.tokens, claim.antecedent))),
        );
        encodingMs += performance.now() - encoding;
      }
      for (const holder of officeContext(analyses).values()) sourceHolders.add(holder.id, sourceCount);
      sourceCount++;
      sinceStep += analyses.length;
      if (sinceStep >= CLAIMS_PER_STEP) {
        sinceStep = 0;
        clock?.('pack:analyze', performance.now() - resumed - encodingMs);
        clock?.('meaning:encode', encodingMs);
        encodingMs = 0;
        yield documents.length;
        resumed = performance.now();
      }
    }
  }
  clock?.('pack:analyze', performance.now() - resumed - encodingMs);
  if (encoder) clock?.('meaning:encode', encodingMs);
  const bm25 = timePhase(clock, 'pack:bm25', () => packBm25(documents));
  const postings = timePhase(clock, 'pack:postings', () => ({
    denied: denied.pack(false),
    officeEvents: officeEvents.pack(false),
    sourceHolders: sourceHolders.pack(false),
    units: [units.pack()],
  }));
  return {
    format: 'provenance-claim-index',
    analysis: analysisFingerprint(),
    claimCount: documents.length,
    sourceCount,
    bm25,
    ...postings,
    unitsFrom: [0],
    ...optionalMeaning(encoder && vectors ? packMeaningVectors(encoder, vectors, clock) : undefined),
  };
}

/**
 * Analyzes every claim of `datasets` and packs what retrieval needs; with `encoder`, each claim's
 * vector by meaning too.
 */
export function packClaimIndex(datasets: readonly Dataset[], encoder: SentenceEncoder | null = null): PackedClaimIndex {
  const steps = packing(datasets, encoder);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, pausing every couple of thousand claims (`pause(done)`, e.g. to paint progress): packing
 * 100,000 claims takes ~10 s, which must not freeze the page that imports them. `words`, when given, is
 * filled with each claim's words as the sentence encoder takes them (`encoderWordsOf`), in order, for
 * packing by meaning afterwards.
 */
export async function packClaimIndexInSteps(
  datasets: readonly Dataset[],
  pause: (claimsDone: number) => Promise<void>,
  encoder: SentenceEncoder | null = null,
  clock?: PhaseClock,
  words?: string[][],
): Promise<PackedClaimIndex> {
  const steps = packing(datasets, encoder, clock, words);
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
    return parts.map((part) => {
      total += count(part);
      return total - count(part);
    });
  };
  const claimOffsets = offsets((part) => part.claimCount);
  const lengths = new Uint16Array(parts.reduce((n, part) => n + part.claimCount, 0));
  parts.forEach((part, k) => lengths.set(part.bm25.lengths, claimOffsets[k]));
  return {
    format: 'provenance-claim-index',
    analysis: analysisFingerprint(),
    claimCount: lengths.length,
    sourceCount: parts.reduce((n, part) => n + part.sourceCount, 0),
    bm25: {
      terms: mergePostings(
        parts.map((part) => part.bm25.terms),
        claimOffsets,
      ),
      lengths,
    },
    denied: mergePostings(
      parts.map((part) => part.denied),
      claimOffsets,
    ),
    officeEvents: mergePostings(
      parts.map((part) => part.officeEvents),
      claimOffsets,
    ),
    sourceHolders: mergePostings(
      parts.map((part) => part.sourceHolders),
      offsets((part) => part.sourceCount),
    ),
    units: parts.flatMap((part) => part.units),
    unitsFrom: parts.flatMap((part, k) => part.unitsFrom.map((first) => first + claimOffsets[k]!)),
    ...optionalMeaning(
      mergeMeaningParts(
        parts.map((part) => part.meaning),
        claimOffsets,
      ),
    ),
  };
}

const optionalMeaning = (meaning: PackedMeaningParts | undefined) => (meaning ? { meaning } : {});

/** Whether `packed` was packed, by this analysis, from datasets with exactly these claim and source counts. */
export function fitsDatasets(packed: PackedClaimIndex, datasets: readonly Dataset[]): boolean {
  let claims = 0;
  let sources = 0;
  for (const dataset of datasets) {
    sources += dataset.sources.length;
    for (const source of dataset.sources) claims += source.claims.length;
  }
  return fitsCounts(packed, claims, sources);
}

/** Whether `packed` was packed, by this analysis, for `claims` claims in `sources` sources. */
export function fitsCounts(packed: PackedClaimIndex, claims: number, sources: number): boolean {
  return (
    packed.format === 'provenance-claim-index' &&
    packed.analysis === analysisFingerprint() &&
    packed.claimCount === claims &&
    packed.sourceCount === sources
  );
}
