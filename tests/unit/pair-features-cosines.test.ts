/**
 * The pair features' best cosines (each content word's best cosine among the other side's words, both
 * ways) come from one matrix of packed-row products; they must equal a plain scan of `cosineRows`.
 */
import { expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { analyzeSentence, type SentenceAnalysis } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { STOPWORDS } from '../../src/nlp/stopwords';
import { rankWeigher } from '../../src/stance/corpus-weights';
import { judgeSentences } from '../../src/stance/judge';
import { PAIR_FEATURES, pairFeatures } from '../../src/stance/pair-features';

const vectors = defaultWordVectors();

/** Content words' vector rows, as the features read them. */
const rowsOf = (analysis: SentenceAnalysis) =>
  analysis.tokens
    .filter((token) => !token.isNumber && !STOPWORDS.has(token.norm))
    .map((token) => vectors.rowOf(token.norm))
    .filter((row) => row >= 0);

function scan(from: number[], to: number[]) {
  if (from.length === 0 || to.length === 0) return { mean: 0, min: 0, unmatched: 1 };
  const bests = from.map((a) => Math.max(...to.map((b) => vectors.cosineRows(a, b))));
  return {
    mean: bests.reduce((sum, best) => sum + best, 0) / from.length,
    min: Math.min(1, ...bests),
    unmatched: bests.filter((best) => best < 0.4).length / from.length,
  };
}

test('both directions of best cosines are those of a plain scan, on claims sharing words or none', () => {
  const texts = defaultDataset.sources.flatMap((source) => source.claims.map((claim) => claim.text)).slice(0, 24);
  const analyses = [...texts, 'Prices rose.', 'The the of and.'].map((text) => analyzeSentence(text));
  const at = (name: (typeof PAIR_FEATURES)[number]) => PAIR_FEATURES.indexOf(name);
  let compared = 0;
  for (const [i, claim] of analyses.entries())
    for (const passage of [analyses[(i + 1) % analyses.length]!, analyses[(i * 5 + 2) % analyses.length]!, claim]) {
      const verdict = judgeSentences(claim, passage, { vectors, weigh: rankWeigher([claim, passage], vectors) });
      const features = pairFeatures(claim, passage, verdict, vectors);
      const forth = scan(rowsOf(claim), rowsOf(passage));
      const back = scan(rowsOf(passage), rowsOf(claim));
      expect(features[at('claimBestCosineMean')]).toBeCloseTo(forth.mean, 6);
      expect(features[at('claimBestCosineMin')]).toBeCloseTo(forth.min, 6);
      expect(features[at('claimUnmatchedShare')]).toBeCloseTo(forth.unmatched, 6);
      expect(features[at('passageBestCosineMean')]).toBeCloseTo(back.mean, 6);
      expect(features[at('passageUnmatchedShare')]).toBeCloseTo(back.unmatched, 6);
      compared++;
    }
  expect(compared).toBe(78);
});
