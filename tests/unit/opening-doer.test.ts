/**
 * Two sentences opening with two names doing the same thing report two doers (src/stance/opening-doer.ts),
 * for verbs the lexicon lists no event for; the judge never shows such a pair as a corroboration.
 */
import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { judge } from '../../src/stance/judge-passage';
import { openingDoersDiffer } from '../../src/stance/opening-doer';

describe('openingDoersDiffer', () => {
  test.each<[string, string, string, boolean]>([
    [
      'two names, one verb',
      'Toyota recalled a million cars over faulty airbags.',
      'Honda recalled one million cars because of faulty airbags in the United States.',
      true,
    ],
    [
      'names after "The"',
      'The European Central Bank kept interest rates unchanged.',
      'The Federal Reserve kept interest rates unchanged.',
      true,
    ],
    [
      'one name written two ways',
      'Apple CEO Tim Cook unveiled the new iPhone.',
      'Tim Cook unveiled the new iPhone.',
      false,
    ],
    [
      'an acronym of the other',
      'The AP quotes a local policeman.',
      'Associated Press quotes a local policeman.',
      false,
    ],
    [
      'an everyday first word is no name',
      'Video replays suggested the ball hit the ground.',
      'Television replays suggested the ball hit the ground.',
      false,
    ],
    ['two verbs are two things', 'Toyota recalled a million cars.', 'Honda sold a million cars.', false],
    [
      'a passive opens with no doer',
      'Toyota recalled a million cars.',
      'A million cars were recalled by Toyota.',
      false,
    ],
  ])('%s: %s / %s', (_, page, source, expected) => {
    expect(openingDoersDiffer(analyzeSentence(page), analyzeSentence(source), defaultWordVectors())).toBe(expected);
  });
});

test('the judge shows no corroboration between two doers of one thing', () => {
  const verdict = judge(
    'Toyota recalled a million cars over faulty airbags.',
    'Honda recalled one million cars because of faulty airbags in the United States.',
  );
  // The model alone reads them as agreeing.
  expect(verdict.probabilities!.corroborates).toBeGreaterThan(0.5);
  expect(verdict.relation).toBe('related');
});
