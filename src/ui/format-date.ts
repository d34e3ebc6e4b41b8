/**
 * Dates as a reader of the UI's language writes them ("16 Aug 2025", "16 août 2025"): `Intl` in the
 * date style the catalog names (`uiDateLocale`), the same in every time zone.
 */
import { byLocale, t } from '../i18n/messages';

const dateFormat = byLocale(
  (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
);

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
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // "2025-02-31" is not a day any outlet printed: shown as written rather than as 3 March.
  if (month < 1 || month > 12 || date.getUTCDate() !== day) return value.trim();
  return dateFormat(t('uiDateLocale')).format(date);
}
