/**
 * Sentences that point back past themselves: a demonstrative noun phrase ("those countries", "this
 * plan", "such a force") or a definite shell noun ("the idea", "the proposal") names a thing the
 * previous sentence said, and read alone the sentence has lost it ("The United States will not be one of
 * those countries."). Such a sentence is searched by meaning with the previous sentence as its context;
 * an opening "It" is resolved more narrowly by antecedent.ts.
 */
import { AUXILIARIES } from './verb-forms';
import { tokenize, type Token } from './tokenize';

/** Determiners that point back when a noun follows ("those countries", not "those who"). */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'such']);
/**
 * Shell nouns (Schmid 2000): abstract nouns whose content is a clause said elsewhere. With "the" and
 * nothing after that spells it out ("the idea that…", "the plan to…", "the proposal of…"), they point back.
 */
const SHELL_NOUNS = new Set([
  'idea',
  'ideas',
  'plan',
  'plans',
  'proposal',
  'proposals',
  'move',
  'decision',
  'offer',
  'arrangement',
  'step',
  'measure',
  'notion',
  'suggestion',
  'approach',
  'initiative',
  'scheme',
  'concept',
  'option',
  'framework',
]);
/** Words after a demonstrative that make it a pronoun or a relative, or a time ("this week"), not a thing said before. */
const NOT_A_POINTING_NOUN = new Set([
  ...AUXILIARIES,
  ...['who', 'whom', 'which', 'that', 'of', 'as'],
  ...['year', 'week', 'month', 'time', 'morning', 'afternoon', 'evening', 'day'],
]);
/** Words after a shell noun that spell its content out in the same sentence ("the idea that…", "the plan to…"). */
const SPELLED_OUT = new Set(['that', 'to', 'of', 'for', 'which', 'who', 'whom', 'whereby']);

/** Whether `sentence` names, by a pointing phrase, something only an earlier sentence says. */
export function pointsBack(sentence: string): boolean {
  const tokens = tokenize(sentence);
  return tokens.some((token, i) => pointingPhraseAt(tokens, i, token));
}

function pointingPhraseAt(tokens: readonly Token[], i: number, token: Token): boolean {
  const next = tokens[i + 1];
  if (!next || next.isNumber) return false;
  if (DEMONSTRATIVES.has(token.norm)) {
    // "that" after a verb or noun is a complementiser or relative ("said that the…"): only its determiner use counts.
    if (token.norm === 'that' && i > 0) return false;
    return !next.isCapitalised && !NOT_A_POINTING_NOUN.has(next.norm);
  }
  return token.norm === 'the' && SHELL_NOUNS.has(next.norm) && !SPELLED_OUT.has(tokens[i + 2]?.norm ?? '');
}

/**
 * Each sentence's context for a search by meaning: the previous sentence when the sentence points back
 * and its opening "It" was not resolved already (`antecedents`), else its antecedent or null.
 */
export function searchContexts(
  sentences: readonly string[],
  antecedents: ReadonlyArray<string | null>,
): Array<string | null> {
  return sentences.map((sentence, i) => {
    const antecedent = antecedents[i] ?? null;
    if (antecedent !== null || i === 0) return antecedent;
    return pointsBack(sentence) ? sentences[i - 1]! : null;
  });
}
