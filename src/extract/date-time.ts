/** Dates as pages write them → ISO 8601, without inventing a time zone the page did not give. */

/** ISO-like already: "2024-06-25", "2017-11-03 03:01:00.000000", "2021-11-01T10:52:50+0100". */
const ISO_LIKE =
  /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** A zone the text names, so that `Date.parse` places it on the time line correctly. */
const EXPLICIT_ZONE = /\b(?:GMT|UTC|UT|Z|[ECMP][SD]T)\b|[+-]\d{2}:?\d{2}\s*$/;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** "+0100" → "+01:00", "+01" → "+01:00", "z" → "Z": ISO 8601 extended format throughout. */
function normalizeZone(zone: string): string {
  if (/^z$/i.test(zone)) return 'Z';
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

/**
 * `raw` as ISO 8601 where it can be read, else `raw` trimmed; null when blank.
 *
 * - Already ISO-like: kept at its own precision, with "T" for the space and "+01:00" for "+0100".
 * - With a named zone or offset ("Thu, 05 Apr 2018 06:00:00 GMT"): converted to UTC ("…Z").
 * - Without one ("April 5, 2018", "April 5, 2018 6:00 PM"): the date (and time) as written, with no
 *   offset. Converting through the machine's zone would make the result depend on where it runs.
 * - Epoch seconds or milliseconds (10 or 13 digits): converted to UTC.
 *
 * Text without a four-digit year is never trusted to `Date.parse`, which reads "10" as October 2001.
 */
export function normalizeDateTime(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, date, time, zone] = iso;
    const [, month = 1, day = 1] = date!.split('-').map(Number);
    if (month < 1 || month > 12 || day < 1 || day > 31) return text;
    if (!time) return date!;
    return `${date}T${time.replace(',', '.')}${zone ? normalizeZone(zone) : ''}`;
  }
  if (/^\d{10}(?:\d{3})?$/.test(text)) {
    const millis = text.length === 10 ? Number(text) * 1000 : Number(text);
    return new Date(millis).toISOString();
  }
  if (!/\b\d{4}\b/.test(text)) return text;
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return text;
  if (EXPLICIT_ZONE.test(text)) return parsed.toISOString();
  const date = `${pad(parsed.getFullYear(), 4)}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
  if (!/\d{1,2}:\d{2}/.test(text)) return date;
  const seconds = /\d{1,2}:\d{2}:\d{2}/.test(text) ? `:${pad(parsed.getSeconds())}` : '';
  return `${date}T${pad(parsed.getHours())}:${pad(parsed.getMinutes())}${seconds}`;
}
