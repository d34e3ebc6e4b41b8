/** Numbers and dates mentioned in a sentence, normalised so two sentences can be compared. */
import type { Token } from './tokenize';

/** A quantity: "10,000 to 30,000 troops" → {low: 10000, high: 30000}. */
export interface NumberMention {
  low: number;
  high: number;
  text: string;
  start: number;
  end: number;
  /** Index of the token after the mention, where its unit ("troops", "percent") starts. */
  nextToken: number;
}

/** A date: `key` is comparable across sentences at the stated granularity. */
export interface DateMention {
  key: string;
  granularity: 'day' | 'month' | 'year' | 'weekday';
  text: string;
  start: number;
  end: number;
}

const MONTHS = new Map<string, number>(
  [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may', 'may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep'], ['october', 'oct'], ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap(([full, short], i) => [[full!, i + 1], [short!, i + 1]] as Array<[string, number]>),
);
MONTHS.set('sept', 9);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Whether `text` could mention a date at all: every date found below has a digit, a month or a weekday.
 * A cheap look before a full analysis (a claim decoded from a stored index answers its dates with it).
 */
export function mayMentionDate(text: string): boolean {
  if (/\d/.test(text)) return true;
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) if (MONTHS.has(word) || WEEKDAYS.has(word)) return true;
  return false;
}

const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const RANGE_WORDS = new Set(['to', 'and', '-', '–']);

function parseNumber(token: Token): number {
  return Number(token.norm.replace(/,/g, '').replace(/%$/, ''));
}

function isYear(token: Token): boolean {
  return /^(19|20)\d\d$/.test(token.norm);
}

const MONTH_LEAD_INS = new Set(['in', 'since', 'by', 'until', 'early', 'late', 'mid', 'last', 'next', 'of']);

/** "August 16", "november 21, 2025" (seed 003 writes months in lower case), "in May"; not "it may". */
function looksLikeMonth(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (/^\d/.test(tokens[i + 1]?.norm ?? '')) return true;
  if (!/^\p{Lu}/u.test(token.text)) return false;
  return token.norm !== 'may' || MONTH_LEAD_INS.has(tokens[i - 1]?.norm ?? '');
}

/**
 * Finds dates first (so "August 16, 2025" is not read as the numbers 16 and 2025), then quantities.
 * "May" is only a month when a day or year stands beside it: "it may" is a verb.
 */
export function findMentions(text: string, tokens: Token[]): { numbers: NumberMention[]; dates: DateMention[] } {
  const dates: DateMention[] = [];
  const numbers: NumberMention[] = [];
  const used = new Set<number>();
  const span = (from: number, to: number) => ({
    text: text.slice(tokens[from]!.start, tokens[to]!.end),
    start: tokens[from]!.start,
    end: tokens[to]!.end,
  });

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const month = MONTHS.get(token.norm);
    if (month !== undefined && looksLikeMonth(tokens, i)) {
      let last = i;
      let day: number | null = null;
      let year: number | null = null;
      const next = tokens[i + 1];
      if (next && /^\d{1,2}$/.test(next.norm) && Number(next.norm) <= 31) {
        day = Number(next.norm);
        last = i + 1;
      }
      const after = tokens[last + 1];
      if (after && isYear(after)) {
        year = Number(after.norm);
        last += 1;
      }
      const key =
        day !== null
          ? `${year ?? '*'}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
          : `${year ?? '*'}-${String(month).padStart(2, '0')}`;
      dates.push({ key, granularity: day !== null ? 'day' : 'month', ...span(i, last) });
      for (let k = i; k <= last; k++) used.add(k);
      i = last;
      continue;
    }
    if (WEEKDAYS.has(token.norm)) {
      dates.push({ key: token.norm, granularity: 'weekday', ...span(i, i) });
      used.add(i);
      continue;
    }
    const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(token.text);
    if (numeric) {
      const key = `${numeric[3]}-${numeric[1]!.padStart(2, '0')}-${numeric[2]!.padStart(2, '0')}`;
      dates.push({ key, granularity: 'day', ...span(i, i) });
      used.add(i);
      continue;
    }
    if (isYear(token) && !used.has(i)) {
      const previous = tokens[i - 1]?.norm;
      if (previous === 'in' || previous === 'since' || previous === 'of' || previous === 'by' || i === 0) {
        dates.push({ key: token.norm, granularity: 'year', ...span(i, i) });
        used.add(i);
      }
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.isNumber || used.has(i)) continue;
    let low = parseNumber(token);
    let last = i;
    const multiplier = MULTIPLIERS[tokens[i + 1]?.norm ?? ''];
    if (multiplier) {
      low *= multiplier;
      last = i + 1;
    }
    let high = low;
    const joiner = tokens[last + 1];
    const other = tokens[last + 2];
    if (joiner && other && RANGE_WORDS.has(joiner.norm) && other.isNumber && !used.has(last + 2)) {
      high = parseNumber(other);
      last += 2;
      const otherMultiplier = MULTIPLIERS[tokens[last + 1]?.norm ?? ''];
      if (otherMultiplier) {
        high *= otherMultiplier;
        if (!multiplier) low *= otherMultiplier;
        last += 1;
      }
    }
    if (Number.isNaN(low) || Number.isNaN(high)) continue;
    numbers.push({ low: Math.min(low, high), high: Math.max(low, high), nextToken: last + 1, ...span(i, last) });
    i = last;
  }
  return { numbers, dates };
}
