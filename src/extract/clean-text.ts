/** Whitespace and invisible characters, normalised the same way for titles, paragraphs and lines. */
import { resolveBidiControls } from './bidi';

/**
 * Characters that are invisible on the page but would split a word in two for matching: soft hyphens,
 * zero-width spaces and joiners, the word joiner, the byte-order mark.
 */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * `value` as displayed (bidirectional overrides resolved, see `resolveBidiControls`), without invisible
 * characters, runs of whitespace (including no-break spaces and newlines) collapsed to one space,
 * trimmed; null for null, undefined or blank.
 */
export function cleanText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = resolveBidiControls(value).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : null;
}
