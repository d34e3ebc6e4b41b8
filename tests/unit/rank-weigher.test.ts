/**
 * The judge's per-pair weigher (corpus-weights.ts) reads each sentence's key weights, worked out once per
 * sentence: a key both sentences hold weighs as in the later one, whichever pair asked first.
 */
import { expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { analyzeSentence, type SentenceAnalysis } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { rankWeigher, rankWeight } from '../../src/stance/corpus-weights';

test('a key both sentences hold weighs as in the later sentence, in either order and on every asking', () => {
  const vectors = defaultWordVectors();
  // "president" and "presided" share the key "presid" but not their vector words' ranks.
  const noun = analyzeSentence('The proposal was made by the president.');
  const verb = analyzeSentence('They proposed it; he presided.');
  const weightIn = (analysis: SentenceAnalysis) =>
    rankWeight(analysis.units.find((unit) => unit.key === 'presid')!, vectors);
  expect(weightIn(noun)).not.toBeCloseTo(weightIn(verb), 1);
  for (let round = 0; round < 2; round++) {
    expect(rankWeigher([noun, verb], vectors)('presid')).toBe(weightIn(verb));
    expect(rankWeigher([verb, noun], vectors)('presid')).toBe(weightIn(noun));
    expect(rankWeigher([noun, null], vectors)('presid')).toBe(weightIn(noun));
  }
  // A key neither holds weighs like a concept.
  expect(rankWeigher([noun, verb], vectors)('no-such-key')).toBe(3);
});

test('weighs every key as one table over both sentences did (the last unit with a key decides)', () => {
  const vectors = defaultWordVectors();
  const analyses = defaultDataset.sources
    .flatMap((source) => source.claims.map((claim) => claim.text))
    .slice(0, 30)
    .map((text) => analyzeSentence(text));
  for (const [i, first] of analyses.entries()) {
    const second = analyses[(i * 7 + 3) % analyses.length]!;
    const table = new Map<string, number>();
    for (const unit of [...first.units, ...second.units]) table.set(unit.key, rankWeight(unit, vectors));
    const weigh = rankWeigher([first, second], vectors);
    for (const [key, weight] of table) expect(weigh(key)).toBe(weight);
  }
});
