/** Numbers and dates mentioned in a sentence, normalised so two sentences can be compared. */
import {
  clauseCues,
  isHabitual,
  modifierBefore,
  relativeDateAt,
  tenseOf,
  type ClauseCues,
  type DateDirection,
} from './date-words';
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

/**
 * A date. `key` is what it says, at its granularity: "2025-08-16", "*-08-16" (no year given), "2025-08",
 * "*-08", "2025", a weekday ("saturday"), or for a date counted from the publication date its offset
 * ("day-1" for yesterday, "week+0" for this week). resolve-date.ts places it on the calendar.
 */
export interface DateMention {
  key: string;
  granularity: 'day' | 'week' | 'month' | 'year' | 'weekday';
  text: string;
  start: number;
  end: number;
  /** The clause of its first word (analyze-sentence.ts numbers clauses). */
  clause: number;
  /** Which way it lies from the publication date, for a weekday or a date with no year (date-words.ts). */
  direction: DateDirection;
  /** For "yesterday", "last week", "this month": how many of `granularity` from the publication date. */
  offset?: number;
}

const MONTHS = new Map<string, number>(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may', 'may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap(
    ([full, short], i) =>
      [
        [full!, i + 1],
        [short!, i + 1],
      ] as Array<[string, number]>,
  ),
);
MONTHS.set('sept', 9);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Whether `word` (lower case) names a month ("august", "aug", "sept") or a weekday ("monday"). */
export function isCalendarWord(word: string): boolean {
  return MONTHS.has(word) || WEEKDAYS.has(word);
}

/** The words of relative dates (date-words.ts): "yesterday", "last week", "this month", "next year". */
const RELATIVE_WORDS = new Set(['yesterday', 'today', 'tonight', 'tomorrow', 'week', 'month', 'year']);

/**
 * Whether `text` could mention a date at all: every date found below has a digit, a month, a weekday or
 * a relative date's word. A cheap look before a full analysis (a claim decoded from a stored index
 * answers its dates with it).
 */
export function mayMentionDate(text: string): boolean {
  if (/\d/.test(text)) return true;
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu))
    if (MONTHS.has(word) || WEEKDAYS.has(word) || RELATIVE_WORDS.has(word)) return true;
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

const pad2 = (value: number) => String(value).padStart(2, '0');

/** A day of the month written before its month: "15 August", "21 november 2025" ("may" only as "May"). */
function dayBeforeMonth(tokens: Token[], i: number): number | null {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || !/^\d{1,2}$/.test(token.norm) || Number(token.norm) < 1 || Number(token.norm) > 31) return null;
  if (!MONTHS.has(next.norm) || (next.norm === 'may' && !/^\p{Lu}/u.test(next.text))) return null;
  return Number(token.norm);
}

/**
 * The dates of a sentence, marking in `used` the tokens they take. `clauseOf` numbers each token's
 * clause, in which a date's direction (date-words.ts) is read.
 */
function findDates(text: string, tokens: Token[], clauseOf: readonly number[], used: Set<number>): DateMention[] {
  const dates: DateMention[] = [];
  let cues: ClauseCues | null = null;
  const add = (
    key: string,
    granularity: DateMention['granularity'],
    from: number,
    to: number,
    direction?: DateMention['direction'],
    offset?: number,
  ) => {
    const mention: DateMention = {
      key,
      granularity,
      text: text.slice(tokens[from]!.start, tokens[to]!.end),
      start: tokens[from]!.start,
      end: tokens[to]!.end,
      clause: clauseOf[from]!,
      direction: direction ?? tenseOf(tokens, clauseOf, (cues ??= clauseCues(tokens, clauseOf)), from, to),
    };
    if (offset !== undefined) mention.offset = offset;
    dates.push(mention);
    for (let k = from; k <= to; k++) used.add(k);
    return to;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const dayFirst = dayBeforeMonth(tokens, i);
    const monthAt = dayFirst !== null ? i + 1 : i;
    const month = MONTHS.get(tokens[monthAt]!.norm);
    if (month !== undefined && (dayFirst !== null || looksLikeMonth(tokens, i))) {
      let last = monthAt;
      let day = dayFirst;
      const next = tokens[monthAt + 1];
      if (day === null && next && /^\d{1,2}$/.test(next.norm) && Number(next.norm) <= 31) {
        day = Number(next.norm);
        last = monthAt + 1;
      }
      const after = tokens[last + 1];
      const year = after && isYear(after) ? Number(after.norm) : null;
      if (year !== null) last += 1;
      const key = `${year ?? '*'}-${pad2(month)}${day !== null ? `-${pad2(day)}` : ''}`;
      const modifier = modifierBefore(tokens, i);
      i = add(key, day !== null ? 'day' : 'month', modifier ? i - 1 : i, last, modifier ?? undefined);
      continue;
    }
    if (WEEKDAYS.has(token.norm)) {
      if (isHabitual(tokens, i)) continue;
      const modifier = modifierBefore(tokens, i);
      add(token.norm, 'weekday', modifier ? i - 1 : i, i, modifier ?? undefined);
      continue;
    }
    const relative = relativeDateAt(tokens, i);
    if (relative) {
      const { granularity, offset, last } = relative;
      i = add(`${granularity}${offset < 0 ? '' : '+'}${offset}`, granularity, i, last, 'past', offset);
      continue;
    }
    const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(token.text);
    if (numeric) {
      add(`${numeric[3]}-${numeric[1]!.padStart(2, '0')}-${numeric[2]!.padStart(2, '0')}`, 'day', i, i);
      continue;
    }
    if (isYear(token) && !used.has(i)) {
      const previous = tokens[i - 1]?.norm;
      if (previous === 'in' || previous === 'since' || previous === 'of' || previous === 'by' || i === 0)
        add(token.norm, 'year', i, i);
    }
  }
  return dates;
}

/**
 * Finds dates first (so "August 16, 2025" is not read as the numbers 16 and 2025), then quantities.
 * "May" is only a month when a day or year stands beside it: "it may" is a verb.
 */
export function findMentions(
  text: string,
  tokens: Token[],
  clauseOf: readonly number[],
): { numbers: NumberMention[]; dates: DateMention[] } {
  const numbers: NumberMention[] = [];
  const used = new Set<number>();
  const dates = findDates(text, tokens, clauseOf, used);
  const span = (from: number, to: number) => ({
    text: text.slice(tokens[from]!.start, tokens[to]!.end),
    start: tokens[from]!.start,
    end: tokens[to]!.end,
  });

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
