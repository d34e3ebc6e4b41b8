import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { align } from '../../src/stance/align';
import { rankWeigher } from '../../src/stance/corpus-weights';
import { explainConflict } from '../../src/stance/explain-conflict';

function explain(pageText: string, sourceText: string) {
  const vectors = defaultWordVectors();
  const page = analyzeSentence(pageText);
  const source = analyzeSentence(sourceText);
  const weigh = rankWeigher([page, source], vectors);
  return explainConflict(page, source, align(page, source, vectors, weigh), weigh);
}

describe('explainConflict: the spans a conflict rests on when no slot rule named one', () => {
  test('a negation on one side: the cue with what it governs, against the same content asserted', () => {
    const d = explain(
      'The museum did not reopen its east wing in spring.',
      'The museum reopened its east wing in spring.',
    );
    expect(d).toMatchObject({ kind: 'negation', source: 'reopened' });
    expect(d!.page).toMatch(/^not reopen/);
  });

  test('the negation may be on the source side', () => {
    const d = explain('The league approved the new stadium plan.', 'The league never approved the new stadium plan.');
    expect(d).toMatchObject({ kind: 'negation', page: 'approved' });
    expect(d!.source).toContain('never');
  });

  test('otherwise the most informative content each side has and the other lacks', () => {
    const d = explain(
      'The orchestra will perform in Vienna next month.',
      'The orchestra will perform in Oslo next month.',
    );
    // Shown as a different detail: whether two names are the agents of one event is the detector's to say.
    expect(d).toMatchObject({ kind: 'other', page: 'Vienna', source: 'Oslo' });
    expect(d!.pageStart).toBe('The orchestra will perform in '.length);
  });

  test('when one side has nothing the other lacks, the loosest match of two different words', () => {
    // Every word of the page found a counterpart: "morning" only by its vector, on "evening".
    const d = explain(
      'The ferry sails to the island every morning.',
      'The ferry sails to the island every evening, weather permitting.',
    );
    expect(d).toMatchObject({ kind: 'other', page: 'morning', source: 'evening' });
  });

  test('never a word taken for one the other side already matched exactly', () => {
    // The loosest pair is "singer" ~ "song" (0.59; "Nashville" ~ "Memphis" 0.62), but the page's own "song"
    // is the source's "song": the singer has no counterpart to be shown against.
    const d = explain(
      'The singer recorded the song in Nashville.',
      'The song was recorded by the band in Memphis studios.',
    );
    expect(d).toMatchObject({ page: 'Nashville', source: 'Memphis' });
  });

  test('nothing to show when one side has nothing the other lacks', () => {
    expect(
      explain('The orchestra will perform in Vienna.', 'The orchestra will perform in Vienna next month.'),
    ).toBeNull();
  });
});
