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
  /** Claims naming a holder of each office ("us-president" → claims naming Trump, Biden…). */
  byOffice: Map<string, number[]>;
  /** Claims denying something, by the denied unit's key ("would not send ground troops" → @troops). */
  byDeniedKey: Map<string, number[]>;
}

/**
 * Paraphrased denials share few terms ("would not send ground troops" has one with "would not involve
 * Western boots on the ground"), and a long claim's BM25 score is diluted, so claims denying the same
 * thing are retrieved by that alone: a shared denial is what the judge weighs most.
 */
const DENIAL_CANDIDATES = 6;

/** Claims retrieved for naming a holder of the same office, beyond BM25's: who did it is a claim of its own. */
const OFFICE_CANDIDATES = 20;

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
  const byOffice = new Map<string, number[]>();
  claims.forEach((entry, i) => {
    for (const office of new Set(entry.analysis.actors.map((a) => a.holder.office))) {
      let list = byOffice.get(office);
      if (!list) byOffice.set(office, (list = []));
      list.push(i);
    }
  });
  const byDeniedKey = new Map<string, number[]>();
  claims.forEach((entry, i) => {
    for (const key of deniedKeys(entry.analysis)) {
      let list = byDeniedKey.get(key);
      if (!list) byDeniedKey.set(key, (list = []));
      list.push(i);
    }
  });
  return { claims, sources, bm25, offices, byOffice, byDeniedKey };
}

/**
 * BM25 hits scoring below this share of the best hit are not judged: they share only common words with
 * the sentence, and judging is what costs time (the extension must stay well under Readability's time).
 */
const RELATIVE_SCORE_FLOOR = 0.35;

/** Keys of the concepts a sentence denies (plain words are too common to retrieve by). */
function deniedKeys(analysis: SentenceAnalysis): Set<string> {
  return new Set(analysis.units.filter((unit) => unit.negated && !unit.irrealis && unit.concept && unit.concept.kind !== 'country').map((unit) => unit.key));
}

/** The candidate claims for a page sentence, best first, leaving out excluded sources. */
export function retrieveCandidates(
  index: ClaimIndex,
  sentence: SentenceAnalysis,
  limit: number,
  excludedSourceIds: ReadonlySet<string>,
): IndexedClaim[] {
  const hits = index.bm25
    .search(sentence.units.map((unit) => unit.key), limit * 3)
    .filter((hit) => !excludedSourceIds.has(index.claims[hit.doc]!.source.id));
  const floor = (hits[0]?.score ?? 0) * RELATIVE_SCORE_FLOOR;
  const docs = hits.filter((hit) => hit.score >= floor).slice(0, limit).map((hit) => hit.doc);
  const seen = new Set(docs);
  /** Appends up to `cap` new, not excluded claims of `list` that pass `accept`. */
  const append = (list: readonly number[] | undefined, cap: number, accept: (entry: IndexedClaim) => boolean) => {
    let added = 0;
    for (const doc of list ?? []) {
      if (added === cap) break;
      const entry = index.claims[doc]!;
      if (seen.has(doc) || excludedSourceIds.has(entry.source.id) || !accept(entry)) continue;
      docs.push(doc);
      seen.add(doc);
      added++;
    }
  };
  for (const key of deniedKeys(sentence)) append(index.byDeniedKey.get(key), DENIAL_CANDIDATES, () => true);
  // Who-did-it candidates: claims naming another holder of an office the sentence names, about the same
  // kind of event (the judge's actor rule needs both; see judge.ts).
  const events = new Set(sentence.units.filter((u) => u.concept?.kind === 'event').map((u) => u.key));
  if (events.size > 0) {
    for (const office of new Set(sentence.actors.map((a) => a.holder.office))) {
      append(index.byOffice.get(office), OFFICE_CANDIDATES, (entry) => entry.analysis.units.some((u) => events.has(u.key)));
    }
  }
  return docs.map((doc) => index.claims[doc]!);
}
