/** A sentence analysis that counts how often one of its lazily analyzed fields is asked for. */
import type { SentenceAnalysis } from '../../../src/nlp/analyze-sentence';

/**
 * `analysis` with `field` counted: a claim decoded from a stored index analyzes itself in full the first
 * time such a field is read, so the judge should read it only when its answer can matter.
 */
export function countingReads(
  analysis: SentenceAnalysis,
  field: 'numbers' | 'dates' | 'negations' | 'tokens' | 'events',
): { analysis: SentenceAnalysis; reads: () => number } {
  let reads = 0;
  const counted = { ...analysis };
  Object.defineProperty(counted, field, {
    get: () => {
      reads++;
      return analysis[field];
    },
  });
  return { analysis: counted, reads: () => reads };
}
