/**
 * Whether a country or capital names a place in its sentence, from the word before it: "the US
 * proposed…" names who acts, "negotiations continue in Washington" where. Only an acting country can
 * stand for its leader (differences.ts).
 */
import type { SentenceAnalysis, Unit } from '../nlp/analyze-sentence';

/** Prepositions that make a country a place: "negotiations continue in Washington". */
const LOCATIVE = new Set(['in', 'at', 'from', 'inside', 'across', 'into', 'near', 'outside']);

/** The word before a unit, skipping "the" ("at the White House"). */
function wordBefore(analysis: SentenceAnalysis, unit: Unit): string | undefined {
  let before: string | undefined;
  for (const token of analysis.tokens) {
    if (token.start >= unit.start) break;
    if (token.norm !== 'the') before = token.norm;
  }
  return before;
}

/** A unit naming where something happens ("in Washington", "at the White House"). */
export function isPlace(analysis: SentenceAnalysis, unit: Unit): boolean {
  const before = wordBefore(analysis, unit);
  return before !== undefined && LOCATIVE.has(before);
}
