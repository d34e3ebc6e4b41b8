/** A sentence analysis that counts how often one of its lazily analysed fields is asked for. */
import type { SentenceAnalysis } from '../../../src/nlp/analyse-sentence';

/**
 * `analysis` with `field` counted: a claim decoded from a stored index analyses itself in full the first
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
