/**
 * Negation cues and their scope: which tokens of a sentence a "not", "ruled out" or "off the table"
 * denies. Most cues deny what follows them in their clause ("would not involve boots on the ground");
 * post-positive ones deny what precedes them ("membership talks are off the table", "joining was ruled
 * out"), which is how news prose reports a refusal without naming who refused.
 */
import { LEXICON } from './lexicon';
import { BE_FORMS } from './verb-forms';
import { STOPWORDS } from './stopwords';
import { phraseAt, type Token } from './tokenize';

/** Single words that negate what follows in their clause. */
export const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'without',
  'neither',
  'nor',
  'none',
  'cannot',
  'nobody',
  'nothing',
]);
/** "not only", "not merely", "not necessarily": these add or hedge, they do not deny. */
const NOT_NEGATING_AFTER_NOT = new Set(['only', 'just', 'merely', 'simply', 'necessarily', 'least']);
/**
 * "Rather than making an attack on Ukraine an attack on all", "unlike full NATO membership": these deny
 * that the following is the case, as "not" does, so they count as negation.
 */
const CONTRAST_PAIRS = new Set(['rather than', 'instead of', 'separate from', 'distinct from']);
const CONTRAST_STARTS = new Set(['rather', 'instead', 'unlike', 'stop', 'stops', 'stopped', 'separate', 'distinct']);
/** Two-word refusals: "ruled out joining" negates "joining". */
const NEGATING_PAIRS = new Set([
  'ruled out',
  'rule out',
  'rules out',
  'ruling out',
  'stop short',
  'stops short',
  'stopped short',
  'no longer',
  'refused to',
  'refuses to',
  'declined to',
  'declines to',
]);
const NEGATING_VERBS = new Set([
  'denied',
  'denies',
  'deny',
  'rejected',
  'rejects',
  'reject',
  'opposed',
  'opposes',
  'oppose',
  'avoid',
  'avoids',
  'avoided',
  'avoiding',
]);
/**
 * The lexicon's refusal events ("rejected", "vetoed", "turned down") are negation cues too: what is
 * refused is negated, so "agreed to the package" and "rejected the package" differ in polarity.
 */
for (const event of LEXICON.events) {
  if (event.kind !== 'refusal') continue;
  for (const phrase of event.phrases) {
    const words = phrase.split(' ');
    if (words.length === 1) NEGATING_VERBS.add(phrase);
    else if (words.length === 2) NEGATING_PAIRS.add(phrase);
  }
}
/** "against" negates only as a stance ("they are against NATO membership"), not in "an attack against all". */
const STANCE_LEAD_INS = new Set([
  'are',
  'is',
  'was',
  'were',
  'be',
  'been',
  'categorically',
  'firmly',
  'strongly',
  'remain',
  'remains',
]);
/**
 * Auxiliaries before a refusal that make it passive or predicative: "joining was ruled out", "talks are
 * off the table", "expansion is a red line". The refused content is then the clause's subject, before the cue.
 */
const PREDICATIVE_LEAD_INS = new Set([...BE_FORMS, 'remain', 'remains', 'remained', 'stays', 'stay']);
/** Passive refusals need a refusal verb after the auxiliary ("was ruled out", "were rejected"). */
const PASSIVE_REFUSALS = new Set(['ruled out', 'rejected', 'denied', 'dismissed', 'vetoed', 'excluded']);
/** Wishes and conditions reach at most this many tokens (see analyze-sentence.ts). */
export const NEGATION_REACH = 10;
/**
 * A negation reaches to its clause's end but over at most this many content words: "did not include any
 * talk of putting boots on the ground in Ukraine" denies all six; counting function words too would
 * stop before "Ukraine".
 */
const NEGATION_REACH_CONTENT = 7;

/**
 * First words of the multi-word cues: other tokens skip building phrase strings, which was most of
 * this function's time (it runs for every token of every claim an import indexes).
 */
const MULTI_WORD_CUE_STARTS = new Set(
  [...NEGATING_PAIRS, ...CONTRAST_PAIRS, 'off the table', 'red line'].map((cue) => cue.split(' ')[0]!),
);

/** Length of the negation cue starting at token `i` (0 if none). */
export function negationCueLength(tokens: readonly Token[], i: number): number {
  const norm = tokens[i]!.norm;
  if (!MULTI_WORD_CUE_STARTS.has(norm)) {
    if ((norm === 'not' || norm.endsWith("n't")) && NOT_NEGATING_AFTER_NOT.has(tokens[i + 1]?.norm ?? '')) return 0;
    if (NEGATORS.has(norm) || norm.endsWith("n't") || NEGATING_VERBS.has(norm) || norm === 'unlike') return 1;
    return norm === 'against' && STANCE_LEAD_INS.has(tokens[i - 1]?.norm ?? '') ? 1 : 0;
  }
  if ((norm === 'not' || norm.endsWith("n't")) && NOT_NEGATING_AFTER_NOT.has(tokens[i + 1]?.norm ?? '')) return 0;
  if (NEGATORS.has(norm) || norm.endsWith("n't")) return 1;
  if (NEGATING_PAIRS.has(phraseAt(tokens, i, 2))) return 2;
  if (NEGATING_VERBS.has(norm)) return 1;
  if (norm === 'against' && STANCE_LEAD_INS.has(tokens[i - 1]?.norm ?? '')) return 1;
  if (phraseAt(tokens, i, 3) === 'off the table') return 3;
  if (
    phraseAt(tokens, i, 2) === 'red line' &&
    tokens[i - 1]?.norm === 'a' &&
    PREDICATIVE_LEAD_INS.has(tokens[i - 2]?.norm ?? '')
  )
    return 2;
  if (CONTRAST_PAIRS.has(phraseAt(tokens, i, 2))) return 2;
  if (norm === 'unlike') return 1;
  return 0;
}

/**
 * Whether the cue at `i` (of `length` tokens) denies what precedes it: "off the table" always does
 * ("took membership off the table", "talks are off the table"); "is a red line" does; a refusal verb
 * does after a passive auxiliary ("joining was ruled out by Trump").
 */
function deniesWhatPrecedes(tokens: readonly Token[], i: number, length: number): boolean {
  const cue = phraseAt(tokens, i, length);
  if (cue === 'off the table' || cue === 'red line') return true;
  return PASSIVE_REFUSALS.has(cue) && PREDICATIVE_LEAD_INS.has(tokens[i - 1]?.norm ?? '');
}

/** Whether the cue at `i` is a contrast ("rather than", "instead of", "unlike", "stop(ped) short of"). */
function isContrastCue(tokens: readonly Token[], i: number): boolean {
  return CONTRAST_STARTS.has(tokens[i]!.norm);
}

/** Per token: negated, negated by a contrast; and the cues found. */
export interface NegationScope {
  negated: boolean[];
  contrast: boolean[];
  cues: Array<{ text: string; start: number; end: number }>;
}

/** Marks every token inside a negation's scope; a scope never leaves its clause (`clauseOf[i]`). */
export function negationScope(text: string, tokens: readonly Token[], clauseOf: readonly number[]): NegationScope {
  const negated = new Array<boolean>(tokens.length).fill(false);
  const contrast = new Array<boolean>(tokens.length).fill(false);
  const cues: NegationScope['cues'] = [];
  for (let i = 0; i < tokens.length; i++) {
    const length = negationCueLength(tokens, i);
    if (!length) continue;
    const isContrast = isContrastCue(tokens, i);
    cues.push({
      text: text.slice(tokens[i]!.start, tokens[i + length - 1]!.end),
      start: tokens[i]!.start,
      end: tokens[i + length - 1]!.end,
    });
    if (deniesWhatPrecedes(tokens, i, length)) {
      for (let k = i - 1; k >= 0 && k >= i - NEGATION_REACH; k--) {
        if (clauseOf[k] !== clauseOf[i]) break;
        negated[k] = true;
      }
    } else {
      let content = 0;
      for (let k = i + length; k < tokens.length && content < NEGATION_REACH_CONTENT; k++) {
        if (clauseOf[k] !== clauseOf[i]) break;
        negated[k] = true;
        contrast[k] = isContrast;
        if (!STOPWORDS.has(tokens[k]!.norm)) content++;
      }
    }
    i += length - 1;
  }
  return { negated, contrast, cues };
}
