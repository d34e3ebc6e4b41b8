/** What the two narrow retrieval channels key claims by: the concepts a sentence denies, the events it reports. */
import type { SentenceAnalysis } from '../nlp/analyze-sentence';

/** Keys of the concepts a sentence denies (plain words are too common to retrieve by). */
export function deniedKeys(analysis: SentenceAnalysis): Set<string> {
  return new Set(
    analysis.units
      .filter((unit) => unit.negated && !unit.irrealis && unit.concept && unit.concept.kind !== 'country')
      .map((unit) => unit.key),
  );
}

/** Keys of the events a sentence reports. */
export function eventKeys(analysis: SentenceAnalysis): Set<string> {
  return new Set(analysis.units.filter((unit) => unit.concept?.kind === 'event').map((unit) => unit.key));
}
