/**
 * Where stance cues sit relative to the content a body shares with the claim. "Officials denied that
 * [the aligned content]" refutes it; the same "denied" three clauses away may deny something else.
 */
import type { SentenceAnalysis } from '../nlp/analyze-sentence';
import type { Token } from '../nlp/tokenize';
import type { Verdict } from './judge';

/** Length in tokens of the cue starting at token `i` (0 when none starts there). */
export type CueMatcher = (tokens: readonly Token[], i: number) => number;

/** Single-word cues. */
export function wordCues(words: ReadonlySet<string>): CueMatcher {
  return (tokens, i) => (words.has(tokens[i]!.norm) ? 1 : 0);
}

/** Multi-word cues, as token-norm sequences ("nothing to do with"). */
export function phraseCues(phrases: readonly string[][]): CueMatcher {
  return (tokens, i) => {
    for (const phrase of phrases) {
      if (phrase.every((word, k) => tokens[i + k]?.norm === word)) return phrase.length;
    }
    return 0;
  };
}

/** Start tokens of every cue in a sentence. */
function cueStarts(analysis: SentenceAnalysis, cues: CueMatcher): Token[] {
  const starts: Token[] = [];
  for (let i = 0; i < analysis.tokens.length; i++) {
    const length = cues(analysis.tokens, i);
    if (length === 0) continue;
    starts.push(analysis.tokens[i]!);
    i += length - 1;
  }
  return starts;
}

/** How many cues a sentence contains. */
export function cueCount(analysis: SentenceAnalysis, cues: CueMatcher): number {
  return cueStarts(analysis, cues).length;
}

/**
 * Cues in the clauses that carry the content aligned with the claim (at most 2), or for 'negation'
 * whether aligned clauses contain negated content.
 */
export function cuesNearAligned(sentence: SentenceAnalysis, verdict: Verdict, cues: CueMatcher | 'negation'): number {
  const clauses = new Set<number>();
  for (const pair of verdict.alignment.pairs) {
    if (pair.strength >= 0.5) clauses.add(sentence.units[pair.source]?.clause ?? -1);
  }
  if (clauses.size === 0) return 0;
  if (cues === 'negation') return sentence.units.some((u) => u.negated && clauses.has(u.clause)) ? 1 : 0;
  // Clause of a token: the clause of the last unit (in analysis order, so quantities come last) that
  // starts at or before it.
  let count = 0;
  for (const token of cueStarts(sentence, cues)) {
    let unit = sentence.units[0];
    for (let u = sentence.units.length - 1; u >= 0; u--) {
      if (sentence.units[u]!.start <= token.start) {
        unit = sentence.units[u];
        break;
      }
    }
    if (unit && clauses.has(unit.clause)) count++;
  }
  return Math.min(2, count);
}

/** Similarity from which a body sentence counts as speaking to the claim (similarShare). */
const SIMILAR = 0.2;

/** Share of the sentences similar to the claim that contain a cue. */
export function similarShare(
  sentences: readonly SentenceAnalysis[],
  sims: readonly number[],
  cues: CueMatcher,
): number {
  const similar = sentences.filter((_, i) => sims[i]! >= SIMILAR);
  return similar.length ? similar.filter((s) => cueCount(s, cues) > 0).length / similar.length : 0;
}
