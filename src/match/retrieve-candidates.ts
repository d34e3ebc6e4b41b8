/** The candidate known claims for one page sentence: BM25 hits, then two narrower channels. */
import type { SentenceAnalysis } from '../nlp/analyse-sentence';
import type { Bm25Hit } from './bm25';
import { searchTerms } from './search-terms';
import { deniedKeys, eventKeys } from './channel-keys';
import type { ClaimIndex, IndexedClaim } from './claim-index';

/**
 * BM25 hits scoring below this share of the best hit are not judged: they share only common words with
 * the sentence, and judging is what costs time (the extension must stay well under Readability's time).
 */
const RELATIVE_SCORE_FLOOR = 0.35;

/**
 * Paraphrased denials share few terms ("would not send ground troops" has one with "would not involve
 * Western boots on the ground"), and a long claim's BM25 score is diluted, so claims denying the same
 * thing are retrieved by that alone: a shared denial is what the judge weighs most.
 */
const DENIAL_CANDIDATES = 6;

/** Claims retrieved for naming a holder of the same office, beyond BM25's: who did it is a claim of its own. */
const OFFICE_CANDIDATES = 20;

/** The BM25 hits worth a look for a page sentence: `searchClaims` then `retrieveCandidates`. */
export function searchClaims(index: ClaimIndex, sentence: SentenceAnalysis, limit: number): Bm25Hit[] {
  // Three times the limit: hits from excluded sources (the page itself) are dropped after the search.
  return index.bm25.search(searchTerms(sentence), limit * 3);
}

/** The candidate claims for a page sentence, best first, from its `hits`, leaving out excluded sources. */
export function retrieveCandidates(
  index: ClaimIndex,
  sentence: SentenceAnalysis,
  searched: readonly Bm25Hit[],
  limit: number,
  excludedSourceIds: ReadonlySet<string>,
): IndexedClaim[] {
  const excluded = (doc: number) => excludedSourceIds.size > 0 && excludedSourceIds.has(index.sourceOf(doc).id);
  const hits = searched.filter((hit) => !excluded(hit.doc));
  const floor = (hits[0]?.score ?? 0) * RELATIVE_SCORE_FLOOR;
  // `limit` distinct texts, with every copy: a report republished by several outlets is one candidate
  // to judge (the analyzer judges a text once) but each outlet is still a source the reader sees.
  const texts = new Set<string>();
  const docs: number[] = [];
  for (const hit of hits) {
    if (hit.score < floor) break;
    const text = index.textOf(hit.doc);
    if (!texts.has(text)) {
      if (texts.size === limit) break;
      texts.add(text);
    }
    docs.push(hit.doc);
  }
  const seen = new Set(docs);
  /** Appends up to `cap` new, not excluded claims of `list`. */
  const append = (list: Iterable<number>, cap: number) => {
    let added = 0;
    for (const doc of list) {
      if (added === cap) break;
      if (seen.has(doc) || excluded(doc)) continue;
      docs.push(doc);
      seen.add(doc);
      added++;
    }
  };
  for (const key of deniedKeys(sentence)) append(index.denying(key), DENIAL_CANDIDATES);
  // Who-did-it candidates: claims naming another holder of an office the sentence names, about the same
  // kind of event (the judge's actor rule needs both; see judge.ts).
  const events = [...eventKeys(sentence)];
  for (const office of new Set(sentence.actors.map((a) => a.holder.office))) {
    append(unionInOrder(events.map((event) => index.namingOffice(office, event))), OFFICE_CANDIDATES);
  }
  return docs.map((doc) => index.entry(doc));
}

/** The documents of ascending `lists`, ascending, each once. */
function unionInOrder(lists: readonly Uint32Array[]): number[] {
  return [...new Set(lists.flatMap((list) => [...list]))].sort((a, b) => a - b);
}
