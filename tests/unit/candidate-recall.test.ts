import { describe, expect, test } from 'vitest';
import { defaultDataset } from '../../src/claims/default-dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import { candidateRecall } from '../../src/eval/candidate-recall';
import { articleFromText } from '../../src/extract/from-text';

describe('candidate recall', () => {
  test('a golden link counts when its claim is among the sentence’s candidates, whatever the judge then says', () => {
    const source = defaultDataset.sources[1]!;
    const claim = source.claims.find((c) => c.text.length > 80)!;
    const page = `${claim.text}\nThe harbour authority will run an extra evening ferry to the islands from the first week of June.`;
    const golden = {
      links: [
        {
          page: 'p',
          pageSentence: claim.text.slice(0, 40),
          source: source.id,
          sourceSentence: claim.text.slice(0, 40),
          relation: 'corroborates' as const,
          note: '',
        },
        {
          page: 'p',
          pageSentence: 'The harbour authority',
          source: source.id,
          sourceSentence: claim.text.slice(0, 40),
          relation: 'conflicts' as const,
          note: '',
        },
        {
          page: 'missing',
          pageSentence: 'anything',
          source: source.id,
          sourceSentence: 'anything',
          relation: 'conflicts' as const,
          note: '',
        },
      ],
      noLink: [],
    };
    const recall = candidateRecall(createAnalyzer([defaultDataset]), golden, [
      { page: 'p', article: articleFromText(page) },
    ]);
    expect(recall).toEqual({ corroborates: { found: 1, golden: 1 }, conflicts: { found: 0, golden: 2 } });
  });
});
