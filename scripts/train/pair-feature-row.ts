/** One pair's model inputs as the extension computes them, for the training table. */
import { analyzeSentence, type SentenceAnalysis } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { rankWeigher } from '../../src/stance/corpus-weights';
import { judgeSentences } from '../../src/stance/judge';
import { pairFeatures, sidedWords } from '../../src/stance/pair-features';

const cache = new Map<string, SentenceAnalysis>();
function analyzed(text: string): SentenceAnalysis {
  let analysis = cache.get(text);
  if (!analysis) cache.set(text, (analysis = analyzeSentence(text)));
  return analysis;
}

/** The features (rounded to 5 digits to keep the table small), the rules' relation and each side's words. */
export function pairFeatureRow(claimText: string, passageText: string) {
  const vectors = defaultWordVectors();
  const claim = analyzed(claimText);
  const passage = analyzed(passageText);
  const verdict = judgeSentences(claim, passage, { vectors, weigh: rankWeigher([claim, passage], vectors) });
  const f = Array.from(pairFeatures(claim, passage, verdict, vectors), (x) => Math.round(x * 1e5) / 1e5);
  const words = sidedWords(claim, passage);
  return {
    f,
    rules: verdict.relation,
    w: { claimOnly: [...words.claimOnly], passageOnly: [...words.passageOnly], both: [...words.both] },
  };
}
