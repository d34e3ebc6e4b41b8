/**
 * A negation difference's span starts at the negation cue on the side that negates; the side that
 * asserts is not asked for its cues (a claim decoded from a stored index analyzes itself in full to
 * give them).
 */
import { expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { align } from '../../src/stance/align';
import { findDifferences } from '../../src/stance/differences';
import { countingReads } from './support/counting-analysis';

const vectors = defaultWordVectors();
const weigh = () => 2;

test.each([
  [
    'The guarantees would not involve Western troops in Ukraine.',
    'The guarantees would involve Western troops in Ukraine.',
    'not involve Western troops',
    'involve Western troops',
  ],
  [
    'The guarantees would involve Western troops in Ukraine.',
    'The guarantees would not involve Western troops in Ukraine.',
    'involve Western troops',
    'not involve Western troops',
  ],
])('%s / %s', (pageText, sourceText, pageSpan, sourceSpan) => {
  const page = countingReads(analyzeSentence(pageText), 'negations');
  const source = countingReads(analyzeSentence(sourceText), 'negations');
  const found = findDifferences(
    page.analysis,
    source.analysis,
    align(page.analysis, source.analysis, vectors, weigh),
    weigh,
  );
  const negation = found.find((d) => d.kind === 'negation')!;
  expect([negation.page, negation.source]).toEqual([
    expect.stringContaining(pageSpan),
    expect.stringContaining(sourceSpan),
  ]);
  expect(negation.page.startsWith('not') || negation.source.startsWith('not')).toBe(true);
  // Only the negating side's cues were needed.
  const negatingPage = pageSpan.startsWith('not');
  expect([page.reads() > 0, source.reads() > 0]).toEqual([negatingPage, !negatingPage]);
});
