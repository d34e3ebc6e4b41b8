/** One pair's model inputs as the extension computes them, for the training table. */
import { analyseSentence, type SentenceAnalysis } from '../../src/nlp/analyse-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { STOPWORDS } from '../../src/nlp/stopwords';
import { seededHash } from '../../src/eval/seeded-hash';
import { rankWeigher } from '../../src/stance/corpus-weights';
import { judgeSentences } from '../../src/stance/judge';
import { pairFeatures } from '../../src/stance/pair-features';

const cache = new Map<string, SentenceAnalysis>();
function analysed(text: string): SentenceAnalysis {
  let analysis = cache.get(text);
  if (!analysis) cache.set(text, (analysis = analyseSentence(text)));
  return analysis;
}

/** Token inputs for a word-level model: vector row (-1 unknown), a hash of the word, and flags (1 number, 2 name, 4 negation cue, 8 function word). */
function tokens(analysis: SentenceAnalysis) {
  const vectors = defaultWordVectors();
  const inCue = (start: number) => analysis.negations.some((n) => start >= n.start && start < n.end);
  return {
    rows: analysis.tokens.map((t) => vectors.rowOf(t.norm)),
    hashes: analysis.tokens.map((t) => seededHash(t.norm, 1) % 1048576),
    flags: analysis.tokens.map((t) => Number(t.isNumber) | (Number(t.isCapitalised) << 1) | (Number(inCue(t.start)) << 2) | (Number(STOPWORDS.has(t.norm)) << 3)),
  };
}

/** The features (rounded to 5 digits to keep the table small), the rules' relation and both sides' tokens. */
export function pairFeatureRow(claimText: string, passageText: string) {
  const vectors = defaultWordVectors();
  const claim = analysed(claimText);
  const passage = analysed(passageText);
  const verdict = judgeSentences(claim, passage, { vectors, weigh: rankWeigher([claim, passage], vectors) });
  const f = Array.from(pairFeatures(claim, passage, verdict, vectors), (x) => Math.round(x * 1e5) / 1e5);
  return { f, rules: verdict.relation, ct: tokens(claim), pt: tokens(passage) };
}
