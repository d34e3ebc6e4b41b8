/**
 * The known claims and their sources by number, as the claim index reads them: claims are numbered
 * source after source, dataset after dataset, as the packed index numbers them. Held as datasets in
 * memory (the CLI, evaluation, the built-in dataset alone), or decoded a source at a time from a stored
 * blob (src/engine/packed-claims.ts), so a worker that wakes reads no claim it does not judge or show.
 */
import type { Dataset, KnownClaim, Source } from '../claims/dataset';

/** Claims and sources by number. */
export interface ClaimRecords {
  readonly claimCount: number;
  readonly sourceCount: number;
  /** Where source i's claims start: `claimStarts[i]` up to `claimStarts[i + 1]` (`sourceCount + 1` entries). */
  readonly claimStarts: Uint32Array;
  /** Each claim's first claim with the same text and antecedent (itself if none is earlier). */
  readonly firstCopy: Uint32Array;
  /** Source `i` with its claims (read from it only where every claim of a source is needed). */
  source(i: number): Source;
  /** Claim `doc`. */
  claim(doc: number): KnownClaim;
}

/** The key two claims share when they have the same analysis: their text and what an opening "It" stands for. */
function sameTextKey(claim: KnownClaim): string {
  return claim.antecedent ? `${claim.text}\n${claim.antecedent}` : claim.text;
}

/**
 * Each claim's first claim with the same text and antecedent, which therefore has the same analysis and
 * search terms (a wire report republished word for word): BM25 scores each text once, and it is decoded
 * and judged once. The antecedent counts: "It states that…" after "Article 5 is…" is not the same claim
 * as after "The treaty is…".
 */
export function firstCopies(datasets: readonly Dataset[]): Uint32Array {
  const first = new Map<string, number>();
  const copies: number[] = [];
  for (const dataset of datasets) {
    for (const source of dataset.sources) {
      for (const claim of source.claims) {
        const key = sameTextKey(claim);
        const found = first.get(key);
        if (found === undefined) first.set(key, copies.length);
        copies.push(found ?? copies.length);
      }
    }
  }
  return Uint32Array.from(copies);
}

/** Where each source's claims start, over `sources` in order, with the claim count at the end. */
export function claimStartsOf(sources: readonly Source[]): Uint32Array {
  const starts = new Uint32Array(sources.length + 1);
  for (let i = 0; i < sources.length; i++) starts[i + 1] = starts[i]! + sources[i]!.claims.length;
  return starts;
}

/** The records of `datasets`, held as they are. */
export function datasetRecords(datasets: readonly Dataset[]): ClaimRecords {
  // Concatenated, not spread into one push: a dataset can hold 100,000 sources.
  const sources = ([] as Source[]).concat(...datasets.map((dataset) => dataset.sources));
  const claimStarts = claimStartsOf(sources);
  const claims = sources.flatMap((source) => source.claims);
  return {
    claimCount: claimStarts[sources.length]!,
    sourceCount: sources.length,
    claimStarts,
    firstCopy: firstCopies(datasets),
    source: (i) => sources[i]!,
    claim: (doc) => claims[doc]!,
  };
}
