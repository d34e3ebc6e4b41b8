/**
 * Two sentences report the same claim only if they share specific things. Against a large dataset on
 * other stories, the judge's similarity — a *share* of each sentence's weighted content — is often met
 * by common words alone: "We didn't know where to go to find a server" and "John Kerry suggested that
 * the media … find" share "know", "go", "find", most of a short sentence. Names, numbers, dates, the
 * concepts the tables know and words outside everyday English are what identify a claim; two of them
 * must be shared. `npm run eval -- distractors` measures what this removes; docs/quality.md has the figures.
 */
import type { SentenceAnalysis, Unit } from '../nlp/analyse-sentence';
import type { WordVectors } from '../nlp/word-vectors';
import type { Alignment } from './align';
import { THRESHOLDS } from './thresholds';

/** A unit that identifies what a sentence is about, rather than how it says it. */
function isSpecific(analysis: SentenceAnalysis, unit: Unit, vectors: WordVectors): boolean {
  if (unit.attribution) return false;
  if (unit.concept || unit.actor || unit.office || unit.vectorWord === null || isName(analysis, unit)) return true;
  const rank = vectors.rank(unit.vectorWord);
  return rank === null || rank >= THRESHOLDS.commonWordRank;
}

/** Written with a capital inside the sentence: a name ("Leeds", "Clinton"), however common the word. */
function isName(analysis: SentenceAnalysis, unit: Unit): boolean {
  return analysis.tokens.some((token, i) => i > 0 && token.start === unit.start && token.isCapitalised);
}

/** How many distinct specific page units are aligned (strongly enough for slots) with specific source units. */
export function sharedSpecificUnits(page: SentenceAnalysis, source: SentenceAnalysis, alignment: Alignment, vectors: WordVectors): number {
  const shared = new Set<string>();
  for (const pair of alignment.pairs) {
    if (pair.strength < THRESHOLDS.alignedForSlots) continue;
    const mine = page.units[pair.page]!;
    if (isSpecific(page, mine, vectors) && isSpecific(source, source.units[pair.source]!, vectors)) shared.add(mine.key);
  }
  return shared.size;
}
