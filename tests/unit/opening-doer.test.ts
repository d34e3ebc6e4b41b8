/**
 * Two sentences opening with two names doing the same thing report two doers (src/stance/opening-doer.ts),
 * for verbs the lexicon lists no event for; the judge never shows such a pair as a corroboration.
 */
import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { judge } from '../../src/stance/judge-passage';
import { openingDoersDiffer } from '../../src/stance/opening-doer';

const differ = (page: string, source: string) =>
  openingDoersDiffer(analyzeSentence(page), analyzeSentence(source), defaultWordVectors());

describe('openingDoersDiffer', () => {
  test('two names, one verb', () => {
    expect(
      differ(
        'Toyota recalled a million cars over faulty airbags.',
        'Honda recalled one million cars because of faulty airbags in the United States.',
      ),
    ).toBe(true);
    expect(
      differ(
        'The European Central Bank kept interest rates unchanged.',
        'The Federal Reserve kept interest rates unchanged.',
      ),
    ).toBe(true);
  });

  test('one name written two ways, or an acronym of it', () => {
    expect(differ('Apple CEO Tim Cook unveiled the new iPhone.', 'Tim Cook unveiled the new iPhone.')).toBe(false);
    expect(differ('The AP quotes a local policeman.', 'Associated Press quotes a local policeman.')).toBe(false);
  });

  test('an everyday first word is no name; two verbs are two things', () => {
    expect(
      differ(
        'Video replays suggested the ball hit the ground.',
        'Television replays suggested the ball hit the ground.',
      ),
    ).toBe(false);
    expect(differ('Toyota recalled a million cars.', 'Honda sold a million cars.')).toBe(false);
    expect(differ('Toyota recalled a million cars.', 'A million cars were recalled by Toyota.')).toBe(false);
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
