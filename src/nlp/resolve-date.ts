/**
 * Places a date mention on the calendar as a run of days. A date that needs a reference ("on
 * Saturday", "yesterday", "last week", "August 16" with no year) is counted from the publication date
 * of its document; without one it stays unplaced, and an unplaced date says nothing about another.
 *
 * Day arithmetic is on UTC calendar days (`Date.UTC`), so no time zone or daylight-saving change can
 * move a day. The publication day is the date as its timestamp writes it, in the timestamp's own zone:
 * "2025-08-16T23:30:00-04:00" is 16 August, the day the writer's readers saw on their calendars, though
 * it was already the 17th in UTC.
 */
import type { DateDirection } from './date-words';
import type { DateMention } from './mentions';

/** Days `from` to `to`, both included, as "YYYY-MM-DD". */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

/**
 * How far past the publication day a date with no year and no future cue may fall and still be of the
 * publication year ("the vote on August 20" in a piece of 16 August); beyond it, the text is taken to
 * look back to the year before, as news mostly does ("the summit on December 3" in a piece of 10
 * February). With a future cue the date is the next one on or after the publication day.
 */
const YEARLESS_AHEAD_DAYS = 62;

const DAY_MS = 86_400_000;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Days since 1970-01-01 of a calendar date; months and days past their end roll over. */
function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Monday 0 … Sunday 6 (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

interface Days {
  from: number;
  to: number;
}

const monthDays = (year: number, month: number): Days => ({
  from: dayNumber(year, month, 1),
  to: dayNumber(year, month + 1, 1) - 1,
});

/** A calendar date that exists, as a day number; null for "2025-02-30" or a malformed one. */
function validDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const number = dayNumber(year, month, day);
  return new Date(number * DAY_MS).getUTCDate() === day ? number : null;
}

/**
 * The publication day of an ISO 8601 timestamp ("2025-08-17", "2025-08-16T13:28:40-04:00",
 * "2025-08-20T08:00:00Z") as a day number; null when it is missing or gives no day.
 */
function publicationDay(published: string | null | undefined): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(published ?? '');
  return match ? validDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/**
 * Of the runs of days `occurrence(k)` gives for successive k (years, weeks: each later than the last),
 * the one `direction` picks around `reference`: the latest starting no more than `ahead` days after it
 * (`past`), the earliest not over before it (`future`), the latest ending before it (`before`), the
 * earliest starting after it (`after`).
 */
function pick(
  occurrence: (k: number) => Days | null,
  around: number,
  reference: number,
  direction: DateDirection,
  ahead: number,
): Days | null {
  const runs: Days[] = [];
  for (let k = around - 2; k <= around + 2; k++) {
    const run = occurrence(k);
    if (run) runs.push(run);
  }
  const latest = (keep: (run: Days) => boolean) => runs.filter(keep).at(-1) ?? null;
  const earliest = (keep: (run: Days) => boolean) => runs.find(keep) ?? null;
  if (direction === 'past') return latest((run) => run.from <= reference + ahead);
  if (direction === 'future') return earliest((run) => run.to >= reference);
  if (direction === 'before') return latest((run) => run.to < reference);
  return earliest((run) => run.from > reference);
}

/** "yesterday", "last week" (Monday to Sunday), "this month", "next year": counted from the publication day. */
function relativeDays(granularity: DateMention['granularity'], offset: number, reference: number): Days | null {
  const [year, month] = isoDay(reference).split('-').map(Number) as [number, number];
  if (granularity === 'day') return { from: reference + offset, to: reference + offset };
  if (granularity === 'week') {
    const monday = reference - weekdayOf(reference) + 7 * offset;
    return { from: monday, to: monday + 6 };
  }
  if (granularity === 'month') return monthDays(year, month + offset);
  if (granularity === 'year')
    return { from: dayNumber(year + offset, 1, 1), to: dayNumber(year + offset + 1, 1, 1) - 1 };
  return null;
}

function mentionDays(mention: DateMention, reference: number | null): Days | null {
  if (mention.offset !== undefined)
    return reference === null ? null : relativeDays(mention.granularity, mention.offset, reference);
  if (mention.granularity === 'weekday') {
    const weekday = WEEKDAYS.indexOf(mention.key);
    if (reference === null || weekday < 0) return null;
    const monday = reference - weekdayOf(reference);
    return pick(
      (k) => ({ from: monday + 7 * k + weekday, to: monday + 7 * k + weekday }),
      0,
      reference,
      mention.direction,
      0,
    );
  }
  const [yearText, monthText, dayText] = mention.key.split('-');
  const month = monthText === undefined ? null : Number(monthText);
  const day = dayText === undefined ? null : Number(dayText);
  const occurrence = (year: number): Days | null => {
    if (month === null) return { from: dayNumber(year, 1, 1), to: dayNumber(year + 1, 1, 1) - 1 };
    if (day === null) return month >= 1 && month <= 12 ? monthDays(year, month) : null;
    const number = validDay(year, month, day);
    return number === null ? null : { from: number, to: number };
  };
  if (yearText !== '*') return /^\d{4}$/.test(yearText!) ? occurrence(Number(yearText)) : null;
  if (reference === null) return null;
  // Read as looking back, a date is of the publication year or the one before, never of the next.
  const year = Number(isoDay(reference).slice(0, 4));
  const ofYear = mention.direction === 'past' ? (k: number) => (k > year ? null : occurrence(k)) : occurrence;
  return pick(ofYear, year, reference, mention.direction, YEARLESS_AHEAD_DAYS);
}

/**
 * The days `mention` names, counted where needed from `published` (its document's publication
 * timestamp, ISO 8601); null when it cannot be placed: a weekday or "yesterday" with no publication
 * day, or an impossible date ("February 30").
 */
export function resolveDate(mention: DateMention, published?: string | null): DayRange | null {
  let byPublished = placed.get(mention);
  if (!byPublished) placed.set(mention, (byPublished = new Map()));
  let range = byPublished.get(published ?? '');
  if (range === undefined) {
    const days = mentionDays(mention, publicationDay(published));
    byPublished.set(published ?? '', (range = days && { from: isoDay(days.from), to: isoDay(days.to) }));
  }
  return range;
}

/** Ranges already worked out, by mention and publication timestamp: a page's date meets many claims' dates. */
const placed = new WeakMap<DateMention, Map<string, DayRange | null>>();

/**
 * The `days` days up to and including the publication day of `published` (ISO 8601), or null when it
 * gives none: when a report's undated event can have happened.
 */
export function daysBefore(published: string | null | undefined, days: number): DayRange | null {
  const day = publicationDay(published);
  return day === null ? null : { from: isoDay(day - days), to: isoDay(day) };
}

/** Whether two runs of days have a day in common. */
export function overlaps(a: DayRange, b: DayRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** "08-16" of a date that gives a month and a day ("August 16", "16 August 2025"), else null. */
function monthAndDay(mention: DateMention): string | null {
  return mention.granularity === 'day' && mention.offset === undefined ? mention.key.slice(-5) : null;
}

/**
 * How `a` (of a document published `aPublished`) and `b` (published `bPublished`) stand as days:
 * `same` when they share a day, `different` when they cannot, `unknown` when one cannot be placed.
 * Unplaced, a month and day on both sides still tell, a missing year being any year: "August 16" and
 * "November 21, 2025" differ whatever year the first meant, and "August 16" and "16 August 2025" agree.
 */
export function compareDays(
  a: DateMention,
  aPublished: string | null | undefined,
  b: DateMention,
  bPublished: string | null | undefined,
): 'same' | 'different' | 'unknown' {
  const first = resolveDate(a, aPublished);
  const second = resolveDate(b, bPublished);
  if (first && second) return overlaps(first, second) ? 'same' : 'different';
  const [x, y] = [monthAndDay(a), monthAndDay(b)];
  if (x === null || y === null) return 'unknown';
  return x === y ? 'same' : 'different';
}
