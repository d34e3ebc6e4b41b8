/** Which links a dataset may carry: only http(s) reaches the popup as a link, never `javascript:` or `data:`. */

/** True when `url` parses as an absolute http: or https: URL. */
export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * ISO 8601 as the dataset format takes it: a full date, optionally with a time and offset. Year-only or
 * year-month values are refused, because the popup would show them as a precise day.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** True when `text` is a date (or date-time) the dataset format accepts. */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && !Number.isNaN(Date.parse(text));
}
