/**
 * Candidate recall of free-text queries against an opened index, counted twice in one pass: by shared
 * words only (BM25 and the narrow channels) and with the claims found by meaning, at the analyzer's
 * candidate budget. What the `checkthat-candidates` and `paraphrase-candidates` tasks report.
 */
import { CANDIDATES_PER_SENTENCE } from '../engine/analyzer';
import type { ClaimIndex } from '../match/claim-index';
import { retrieveCandidates, searchByMeaning, searchClaims } from '../match/retrieve-candidates';
import { analyzeInContext } from '../nlp/analyze-in-context';

/** One query and the ids of the claims it should find. */
export interface RecallQuery {
  text: string;
  relevant: ReadonlySet<string>;
}

/** Relevant claims found either way, candidates per query either way, and the meaning search's time. */
export interface ChannelRecall {
  golden: number;
  byWords: number;
  withMeaning: number;
  queries: number;
  candidatesByWords: number;
  candidatesWithMeaning: number;
  meaningMs: number;
}

/** Counts, for every query, whether its relevant claims are among its candidates without and with meaning. */
export function channelRecall(index: ClaimIndex, queries: readonly RecallQuery[]): ChannelRecall {
  const none = new Set<string>();
  const recall: ChannelRecall = {
    golden: 0,
    byWords: 0,
    withMeaning: 0,
    queries: queries.length,
    candidatesByWords: 0,
    candidatesWithMeaning: 0,
    meaningMs: 0,
  };
  const ids = (entries: ReadonlyArray<{ claim: { id: string } }>) => new Set(entries.map((entry) => entry.claim.id));
  for (const { text, relevant } of queries) {
    const analysis = analyzeInContext(text, null);
    const hits = searchClaims(index, analysis, CANDIDATES_PER_SENTENCE);
    const before = performance.now();
    const near = searchByMeaning(index, text, null);
    recall.meaningMs += performance.now() - before;
    const words = ids(retrieveCandidates(index, analysis, hits, CANDIDATES_PER_SENTENCE, none));
    const meaning = ids(retrieveCandidates(index, analysis, hits, CANDIDATES_PER_SENTENCE, none, near));
    recall.candidatesByWords += words.size;
    recall.candidatesWithMeaning += meaning.size;
    for (const id of relevant) {
      recall.golden++;
      if (words.has(id)) recall.byWords++;
      if (meaning.has(id)) recall.withMeaning++;
    }
  }
  return recall;
}
