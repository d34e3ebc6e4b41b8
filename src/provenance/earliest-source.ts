/**
 * The earliest known source among those matched to one page sentence: the publication that, by the
 * dates the datasets give, had the claim first. Dates are compared only as precisely as both are known.
 */

/** What ordering needs of one matched claim. */
export interface DatedMatch {
  sourceId: string;
  publishedTime: string | null;
}

const DATE_TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const CALENDAR_DATE = /^(\d{4}-\d{2}-\d{2})/;

/**
 * -1 when `a` was certainly published before `b`, 1 when after, 0 when the dates cannot tell. Two
 * date-times with zones are compared as instants. Otherwise only the calendar dates as written are: a
 * date without a time ("2025-08-16") is the whole of a day somewhere, so it is neither before nor after
 * a time on that day ("2025-08-16T13:28:40-04:00"), and a time without a zone cannot be set against
 * another zone's.
 */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  if (DATE_TIME_WITH_ZONE.test(a) && DATE_TIME_WITH_ZONE.test(b)) {
    const difference = Date.parse(a) - Date.parse(b);
    return difference < 0 ? -1 : difference > 0 ? 1 : 0;
  }
  const dayA = CALENDAR_DATE.exec(a)?.[1];
  const dayB = CALENDAR_DATE.exec(b)?.[1];
  if (dayA === undefined || dayB === undefined || dayA === dayB) return 0;
  return dayA < dayB ? -1 : 1;
}

/**
 * The id of the earliest known source among `matches`, or null. It is marked only when the matches
 * come from at least two sources (one alone has nothing to be earlier than), at least one has a date,
 * and one dated source is certainly earlier than every other dated one. Sources without a date cannot
 * be placed and are left out of the comparison. A tie — two sources of the same day, a date against a
 * time on that day — marks none: marking several would claim an order the dates do not give.
 */
export function earliestKnownSource(matches: readonly DatedMatch[]): string | null {
  const sources = new Map<string, string | null>();
  for (const match of matches) sources.set(match.sourceId, match.publishedTime);
  if (sources.size < 2) return null;
  const dated = [...sources].filter(
    (entry): entry is [string, string] => entry[1] !== null && CALENDAR_DATE.test(entry[1]),
  );
  const first = dated.find(([id, time]) =>
    dated.every(([otherId, other]) => otherId === id || compareDates(time, other) === -1),
  );
  return first?.[0] ?? null;
}
