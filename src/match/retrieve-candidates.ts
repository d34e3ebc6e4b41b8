/** The candidate known claims for one page sentence: BM25 hits and hits by meaning, then two narrower channels. */
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import type { Bm25Hit } from './bm25';
import type { MeaningHit } from './meaning-index';
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

/**
 * Texts the meaning channel may bring that BM25 did not, taking the places of BM25's last: a paraphrase
 * shares no word to score, so it is never in BM25's list, and a few places are enough for the claims that
 * say the same thing; more would hand the judge claims that are merely on the same subject.
 */
const MEANING_CANDIDATES = 2;
/**
 * Cosine below which two sentences' vectors are not taken to say the same thing (chosen with the number
 * of places on held-out CheckThat! train tweets and the seeds: docs/quality.md).
 */
const MEANING_FLOOR = 0.5;

/**
 * The claims nearest in meaning to a page sentence (read with what its opening pronoun stands for), for
 * `retrieveCandidates`. More than it keeps: copies of one text and excluded sources are dropped there.
 */
export function searchByMeaning(index: ClaimIndex, text: string, antecedent: string | null): MeaningHit[] {
  return index.nearInMeaning(text, antecedent, MEANING_CANDIDATES * 4, MEANING_FLOOR);
}

/**
 * The BM25 hits worth a look for a page sentence: `searchClaims` then `retrieveCandidates`. Hits below
 * the floor are left out unless `everyScore`: when hits of excluded sources (the page itself) lead, the
 * floor falls to the best hit left, so the caller searches those sentences again with `everyScore`.
 */
export function searchClaims(
  index: ClaimIndex,
  sentence: SentenceAnalysis,
  limit: number,
  everyScore = false,
): Bm25Hit[] {
  // Three times the limit: hits from excluded sources are dropped after the search.
  return index.bm25.search(searchTerms(sentence), limit * 3, everyScore ? 0 : RELATIVE_SCORE_FLOOR);
}

/**
 * Whether `hits` lead with a claim of an excluded source: the floor `searchClaims` applied is then above
 * the one `retrieveCandidates` uses (a share of the best hit left). Led by any other hit, the two agree.
 */
export function leadsWithExcluded(
  index: ClaimIndex,
  hits: readonly Bm25Hit[],
  excludedSourceIds: ReadonlySet<string>,
): boolean {
  return hits.length > 0 && isExcluded(index, hits[0]!.doc, excludedSourceIds);
}

/** Whether claim `doc` comes from an excluded source (the page itself). */
function isExcluded(index: ClaimIndex, doc: number, excludedSourceIds: ReadonlySet<string>): boolean {
  return excludedSourceIds.size > 0 && excludedSourceIds.has(index.sourceOf(doc).id);
}

/**
 * The candidate claims for a page sentence, best first, from its BM25 `searched` and its hits
 * `byMeaning` (`searchByMeaning`), leaving out excluded sources.
 */
export function retrieveCandidates(
  index: ClaimIndex,
  sentence: SentenceAnalysis,
  searched: readonly Bm25Hit[],
  limit: number,
  excludedSourceIds: ReadonlySet<string>,
  byMeaning: readonly MeaningHit[] = [],
): IndexedClaim[] {
  let floor = -1;
  // `limit` distinct texts (`sameTextAs`: the words and what an opening "It" stands for), with every
  // copy: a report republished by several outlets is one candidate to judge (the analyzer judges a text
  // once) but each outlet is still a source the reader sees. Counted by number, not by string: reading
  // and hashing each hit's text doubled retrieval's time (docs/scale.md, *Measurements behind the code's shape*).
  const texts = new Set<number>();
  const bm25: Array<{ text: number; doc: number }> = [];
  for (const hit of searched) {
    if (isExcluded(index, hit.doc, excludedSourceIds)) continue;
    if (floor < 0) floor = hit.score * RELATIVE_SCORE_FLOOR;
    if (hit.score < floor) break;
    const text = index.sameTextAs(hit.doc);
    if (!texts.has(text)) {
      if (texts.size === limit) break;
      texts.add(text);
    }
    bm25.push({ text, doc: hit.doc });
  }
  const docs = withMeaningHits(index, bm25, texts, byMeaning, limit, excludedSourceIds);
  const denied = deniedKeys(sentence);
  if (denied.size === 0 && sentence.actors.length === 0) return docs.map((doc) => index.entry(doc));
  const seen = new Set(docs);
  for (const key of denied) appendNew(docs, seen, index.denying(key), DENIAL_CANDIDATES, index, excludedSourceIds);
  // Who-did-it candidates: claims naming another holder of an office the sentence names, about the same
  // kind of event (the judge's actor rule needs both; see judge.ts).
  const events = [...eventKeys(sentence)];
  for (const office of new Set(sentence.actors.map((a) => a.holder.office))) {
    appendNew(
      docs,
      seen,
      unionInOrder(events.map((event) => index.namingOffice(office, event))),
      OFFICE_CANDIDATES,
      index,
      excludedSourceIds,
    );
  }
  return docs.map((doc) => index.entry(doc));
}

/**
 * BM25's candidates with up to `MEANING_CANDIDATES` texts found by meaning alone after them, BM25's last
 * texts giving way so that no more than `limit` texts are judged.
 */
function withMeaningHits(
  index: ClaimIndex,
  bm25: ReadonlyArray<{ text: number; doc: number }>,
  texts: Set<number>,
  byMeaning: readonly MeaningHit[],
  limit: number,
  excludedSourceIds: ReadonlySet<string>,
): number[] {
  const added: Array<{ text: number; doc: number }> = [];
  const addedTexts = new Set<number>();
  for (const hit of byMeaning) {
    if (isExcluded(index, hit.doc, excludedSourceIds)) continue;
    const text = index.sameTextAs(hit.doc);
    if (texts.has(text)) continue;
    if (!addedTexts.has(text)) {
      if (addedTexts.size === MEANING_CANDIDATES) break;
      addedTexts.add(text);
    }
    added.push({ text, doc: hit.doc });
  }
  if (added.length === 0) return bm25.map((hit) => hit.doc);
  const keep = new Set([...texts].slice(0, Math.max(0, limit - addedTexts.size)));
  return [...bm25.filter((hit) => keep.has(hit.text)), ...added].map((hit) => hit.doc);
}

/** Appends to `docs` up to `cap` claims of `list` not yet `seen` and not from an excluded source. */
function appendNew(
  docs: number[],
  seen: Set<number>,
  list: ArrayLike<number>,
  cap: number,
  index: ClaimIndex,
  excludedSourceIds: ReadonlySet<string>,
): void {
  let added = 0;
  for (let i = 0; i < list.length && added < cap; i++) {
    const doc = list[i]!;
    if (seen.has(doc) || isExcluded(index, doc, excludedSourceIds)) continue;
    docs.push(doc);
    seen.add(doc);
    added++;
  }
}

/** The documents of ascending `lists`, ascending, each once. */
function unionInOrder(lists: readonly Uint32Array[]): number[] {
  return [...new Set(lists.flatMap((list) => [...list]))].sort((a, b) => a - b);
}
