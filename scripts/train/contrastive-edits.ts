/**
 * Contrastive conflicts for training, made from real news sentences: the same sentence with one detail
 * changed — a number, a year, a month or weekday, a name, or a negation added or taken away — is a report
 * of the same event that disagrees on that detail. VitaminC does this by hand on Wikipedia; this does it
 * mechanically on the news sentences of the pair sets (MRPC, STS-B news genres, Emergent), so the judge
 * learns that "identical but for one slot" is a conflict, where MRPC's non-paraphrases (sentences that
 * differ in many ways) are not.
 *
 * Two reports of one fact seldom match word for word: one side often has a clause or an attribution the
 * other lacks. `reframe` gives one side that difference, and the trainer pairs a sentence with its
 * reframed self (corroborates) as well as with its reframed edit (conflicts): extra material alone is
 * no disagreement, one changed slot among shared content is.
 */
import { tokenize, type Token } from '../../src/nlp/tokenize';
import { defaultWordVectors } from '../../src/nlp/default-vectors';
import { STOPWORDS } from '../../src/nlp/stopwords';

/** A sentence's first word is swapped as a name only when it is not an everyday word (as pair-features.ts). */
const FIRST_NAME_RANK = 2000;
const isFirstName = (token: Token) => (defaultWordVectors().rank(token.norm) ?? Infinity) >= FIRST_NAME_RANK;

export type EditKind = 'number' | 'year' | 'month' | 'weekday' | 'name' | 'negation';

export interface Edit {
  text: string;
  kind: EditKind;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'can',
  'could',
  'has',
  'have',
  'had',
  'should',
  'must',
]);

function replace(text: string, token: Token, by: string): string {
  return text.slice(0, token.start) + by + text.slice(token.end);
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A different number of the same shape: scaled, so "3" does not become "3,000,001". */
function otherNumber(written: string, random: () => number): string | null {
  const value = Number(written.replace(/,/g, '').replace(/%$/, ''));
  if (!Number.isFinite(value) || value === 0) return null;
  const factor = pick([0.5, 2, 3, 1.5, 0.25], random);
  const decimals = written.includes('.') ? written.split('.')[1]!.replace(/%$/, '').length : 0;
  let next = (value * factor).toFixed(decimals);
  if (Number(next) === value) next = (value + 1).toFixed(decimals);
  if (written.includes(','))
    next = Number(next).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return written.endsWith('%') ? `${next}%` : next;
}

/** Every edit this sentence allows; `names` are capitalised words of other sentences to swap in. */
export function possibleEdits(text: string, names: readonly string[], random: () => number): Edit[] {
  const tokens = tokenize(text);
  const edits: Edit[] = [];
  for (const [index, token] of tokens.entries()) {
    if (token.isNumber) {
      const year = /^(19|20)\d\d$/.test(token.text);
      const by = year
        ? String(Number(token.text) + pick([-3, -2, -1, 1, 2, 3], random))
        : otherNumber(token.text, random);
      if (by) edits.push({ text: replace(text, token, by), kind: year ? 'year' : 'number' });
      continue;
    }
    const month = MONTHS.indexOf(token.text);
    if (month >= 0)
      edits.push({ text: replace(text, token, MONTHS[(month + 1 + Math.floor(random() * 10)) % 12]!), kind: 'month' });
    const weekday = WEEKDAYS.indexOf(token.text);
    if (weekday >= 0)
      edits.push({
        text: replace(text, token, WEEKDAYS[(weekday + 1 + Math.floor(random() * 5)) % 7]!),
        kind: 'weekday',
      });
    if (
      (token.isCapitalised || (index === 0 && isFirstName(token))) &&
      month < 0 &&
      weekday < 0 &&
      token.text.length > 2 &&
      /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
      !STOPWORDS.has(token.norm)
    ) {
      const other = pick(names, random);
      if (other && other !== token.text) edits.push({ text: replace(text, token, other), kind: 'name' });
    }
  }
  const not = tokens.find((t, i) => t.norm === 'not' && i > 0 && AUXILIARIES.has(tokens[i - 1]!.norm));
  if (not)
    edits.push({
      text: `${text.slice(0, not.start).trimEnd()} ${text.slice(not.end).trimStart()}`.replace(/\s+/g, ' '),
      kind: 'negation',
    });
  else {
    const auxiliary = tokens.find(
      (t, i) => i > 0 && AUXILIARIES.has(t.norm) && tokens[i + 1] && tokens[i + 1]!.norm !== 'not',
    );
    if (auxiliary)
      edits.push({ text: `${text.slice(0, auxiliary.end)} not${text.slice(auxiliary.end)}`, kind: 'negation' });
  }
  return edits;
}

/** Attributions a report may open with; what they say is the sentence that follows. */
const ATTRIBUTIONS = [
  'According to officials, ',
  'Sources said that ',
  'Reports on Monday said ',
  'A spokesperson said that ',
  'It was reported that ',
];

/**
 * The sentence with a trailing clause dropped (after its last comma, when that leaves most of it) or an
 * attribution put before it, or null when neither applies. `keep` is a character range that must stay.
 */
export function reframe(text: string, random: () => number, keep: [number, number] = [0, 0]): string | null {
  const comma = text.lastIndexOf(', ');
  if (random() < 0.6 && comma > text.length * 0.55 && comma >= keep[1]) return `${text.slice(0, comma).trimEnd()}.`;
  const first = text.charAt(0);
  if (!/\p{Lu}/u.test(first) || /^[A-Z]{2}/.test(text)) return null;
  const opening = text.split(' ')[0]!;
  // A name opening the sentence keeps its capital; an everyday word does not.
  const lowered = isFirstName({ norm: opening.toLowerCase().replace(/[^\p{L}]/gu, '') } as Token)
    ? text
    : first.toLowerCase() + text.slice(1);
  return ATTRIBUTIONS[Math.floor(random() * ATTRIBUTIONS.length)]! + lowered;
}
