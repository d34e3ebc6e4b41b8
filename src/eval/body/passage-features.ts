/** The one path from (claim, passage) to model inputs, shared by inference and training so they never drift. */
import { splitSentences } from '../../extract/sentences';
import { analyzeSentence, type SentenceAnalysis } from '../../nlp/analyze-sentence';
import type { WordVectors } from '../../nlp/word-vectors';
import { rankWeigher } from '../../stance/corpus-weights';
import { pairFeatures, type PairFeatures } from './features';
import { judgeSentences, type Verdict } from '../../stance/judge';

/** Long bodies are judged on their first sentences: news puts the claim up front, and time is bounded. */
export const MAX_PASSAGE_SENTENCES = 60;

/** Splits and analyzes a passage (cache the result when one passage meets many claims). */
export function analyzePassage(passage: string): { sentences: string[]; analyses: SentenceAnalysis[] } {
  const sentences = splitSentences(passage)
    .slice(0, MAX_PASSAGE_SENTENCES)
    .map((span) => span.text);
  return { sentences, analyses: sentences.map((sentence) => analyzeSentence(sentence)) };
}

/** Judges each passage sentence against the claim and derives the pair's features. */
export function passageInputs(
  claim: SentenceAnalysis,
  passage: readonly SentenceAnalysis[],
  vectors: WordVectors,
): { verdicts: Verdict[]; features: PairFeatures } {
  const weigh = rankWeigher([claim, ...passage], vectors);
  const verdicts = passage.map((sentence) => judgeSentences(claim, sentence, { vectors, weigh }));
  return { verdicts, features: pairFeatures(claim, passage, verdicts, weigh) };
}
