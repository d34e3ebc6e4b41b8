/** The terms a sentence is indexed and searched by: its unit keys, and the country each named leader speaks for. */
import type { SentenceAnalysis } from '../nlp/analyze-sentence';

/**
 * Unit keys, plus `@us` for "Trump", `@russia` for "Putin": a report naming the leader and one naming
 * the country ("talks between the U.S., Ukraine and Russia" ~ "a Trump-Putin-Zelensky summit") share
 * those terms, as the judge already treats a leader as standing for their country.
 */
export function searchTerms(analysis: SentenceAnalysis): string[] {
  const terms = analysis.units.map((unit) => unit.key);
  for (const unit of analysis.units) if (unit.actor?.country) terms.push(`@${unit.actor.country}`);
  return terms;
}
