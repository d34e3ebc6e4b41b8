/** The searchable form of one or more datasets: every known claim analysed once, and a BM25 index over them. */
import type { Dataset, KnownClaim, Source } from '../claims/dataset';
import { analyseSentence, type SentenceAnalysis } from '../nlp/analyse-sentence';
import { officeContext, type OfficeContext } from '../stance/differences';
import { buildBm25, type Bm25Index } from './bm25';

/** A known claim with its source and its analysis. */
export interface IndexedClaim {
  claim: KnownClaim;
  source: Source;
  analysis: SentenceAnalysis;
}

/** Known claims ready for retrieval. */
export interface ClaimIndex {
  claims: IndexedClaim[];
  sources: Source[];
  bm25: Bm25Index;
  /** Per source id: the office-holders the source names. */
  offices: Map<string, OfficeContext>;
}

/** Analyses every claim of every dataset and indexes their unit keys. */
export function buildClaimIndex(datasets: readonly Dataset[]): ClaimIndex {
  const claims: IndexedClaim[] = [];
  const sources: Source[] = [];
  for (const dataset of datasets) {
    for (const source of dataset.sources) {
      sources.push(source);
      for (const claim of source.claims) claims.push({ claim, source, analysis: analyseSentence(claim.text) });
    }
  }
  const bm25 = buildBm25(claims.map((entry) => entry.analysis.units.map((unit) => unit.key)));
  const offices = new Map<string, OfficeContext>();
  for (const source of sources) {
    offices.set(source.id, officeContext(claims.filter((entry) => entry.source === source).map((entry) => entry.analysis)));
  }
  return { claims, sources, bm25, offices };
}

/** The candidate claims for a page sentence, best first, leaving out excluded sources. */
export function retrieveCandidates(
  index: ClaimIndex,
  sentence: SentenceAnalysis,
  limit: number,
  excludedSourceIds: ReadonlySet<string>,
): IndexedClaim[] {
  const hits = index.bm25.search(
    sentence.units.map((unit) => unit.key),
    limit + excludedSourceIds.size * 8,
  );
  return hits
    .map((hit) => index.claims[hit.doc]!)
    .filter((entry) => !excludedSourceIds.has(entry.source.id))
    .slice(0, limit);
}
