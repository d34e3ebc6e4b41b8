/**
 * A sentence's analysis with what its opening "It" stands for (antecedent.ts): the antecedent's content
 * units join the sentence's own, placed on the pronoun, so "It states that an armed attack against one
 * member…" carries "Article 5" as the reader of the article does.
 */
import { analyzeSentence, type SentenceAnalysis, type Unit } from './analyze-sentence';

/**
 * Units an antecedent lends: words and concepts. Not people or offices ("it" is never a person), and not
 * numbers, which would make the pronoun a quantity to compare.
 */
function lendable(unit: Unit): boolean {
  return !unit.attribution && !unit.actor && !unit.office && !unit.key.startsWith('#');
}

/** Analyzes `text`, its opening pronoun standing for `antecedent` when one is given. */
export function analyzeInContext(text: string, antecedent: string | null | undefined): SentenceAnalysis {
  const analysis = analyzeSentence(text);
  const pronoun = analysis.tokens[0];
  if (!antecedent || !pronoun) return analysis;
  const attribution = analysis.units.some((unit) => unit.clause === 0 && unit.attribution);
  const lent = analyzeSentence(antecedent)
    .units.filter(lendable)
    .map(
      (unit): Unit => ({
        ...unit,
        text: pronoun.text,
        start: pronoun.start,
        end: pronoun.end,
        clause: 0,
        negated: false,
        contrast: false,
        irrealis: false,
        attribution,
      }),
    );
  return { ...analysis, units: [...lent, ...analysis.units] };
}
