/**
 * Ranking known claims for a free-text query (a tweet, a sentence): the retrieval the CheckThat!
 * evaluation measures and the extension's candidate step uses.
 */
import { analyseSentence } from '../nlp/analyse-sentence';
import { buildBm25 } from './bm25';

/** A claim to search: its id and the texts that describe it (claim, title). */
export interface SearchableClaim {
  id: string;
  text: string;
  title?: string | null;
}

/** Ranks claims for a query. */
export interface ClaimSearch {
  search(query: string, limit: number): Array<{ id: string; score: number }>;
}

function terms(text: string): string[] {
  return analyseSentence(text).units.map((unit) => unit.key);
}

/** BM25 over concept-aware unit keys of claim text plus title. */
export function createClaimSearch(claims: readonly SearchableClaim[]): ClaimSearch {
  const bm25 = buildBm25(claims.map((claim) => terms(`${claim.text} ${claim.title ?? ''}`)));
  return {
    search(query, limit) {
      return bm25.search(terms(query), limit).map((hit) => ({ id: claims[hit.doc]!.id, score: hit.score }));
    },
  };
}
