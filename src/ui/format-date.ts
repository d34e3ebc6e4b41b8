/** Dates as a reader writes them ("16 Aug 2025"), the same in every locale and time zone. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Formats an ISO 8601 date or date-time as "16 Aug 2025". The calendar date is taken as the source
 * wrote it ("2025-08-16T23:30-04:00" stays 16 Aug): converting to the reader's zone would move an
 * article to a day its outlet never printed. Strings that are not ISO dates are returned unchanged,
 * and an absent date gives null.
 */
export function formatDate(value: string | null): string | null {
  if (value === null || value.trim() === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return value.trim();
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (monthName === undefined || Number(day) < 1 || Number(day) > 31) return value.trim();
  return `${Number(day)} ${monthName} ${year}`;
}
