/**
 * Number differences: the same measured thing with values that do not overlap. The source's numbers are
 * asked for only when one of its units could be what a page number measures (a claim decoded from a
 * stored index analyzes itself in full to give its numbers).
 */
import { describe, expect, test } from 'vitest';
import { analyzeSentence } from '../../src/nlp/analyze-sentence';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { align } from '../../src/stance/align';
import { findDifferences } from '../../src/stance/differences';
import { countingReads } from './support/counting-analysis';

const vectors = defaultWordVectors();
const weigh = () => 2;

function numberDifferences(page: string, source: string): { spans: Array<[string, string]>; asked: number } {
  const a = analyzeSentence(page);
  const b = countingReads(analyzeSentence(source), 'numbers');
  const found = findDifferences(a, b.analysis, align(a, b.analysis, vectors, weigh), weigh).filter(
    (d) => d.kind === 'number',
  );
  return { spans: found.map((d) => [d.page, d.source]), asked: b.reads() };
}

describe('number differences', () => {
  test.each<[string, string, Array<[string, string]>, boolean]>([
    [
      'The mission could involve 10,000 troops from partner countries.',
      'The mission could involve 50,000 troops from partner countries.',
      [['10,000', '50,000']],
      true,
    ],
    [
      'Artillery fire has increased by 37% since June.',
      'Artillery fire has increased by 80% since June.',
      [['37%', '80%']],
      true,
    ],
    // Overlapping values, or a value the page gives too, are no difference.
    ['The mission could involve 10,000 to 30,000 troops.', 'The mission could involve 20,000 troops.', [], true],
    // Different things measured: no difference, and the source's numbers are not needed to say so.
    [
      'The mission could involve 10,000 troops from partner countries.',
      'The mission could cost 50,000 dollars.',
      [],
      false,
    ],
    ['The mission could involve 10,000 troops.', 'The mission could involve many partner countries.', [], false],
  ])('%s / %s', (page, source, spans, asked) => {
    const found = numberDifferences(page, source);
    expect(found.spans).toEqual(spans);
    expect(found.asked > 0).toBe(asked);
  });
});
