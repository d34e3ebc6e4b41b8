/**
 * Whether a passage found in the live page says the same words as the quote it was anchored from.
 * Fuzzy anchoring absorbs what markup and re-rendering do to a sentence (whitespace, quotes, a footnote
 * marker), never changed words: a sentence the page edited from "has proposed" to "has not proposed"
 * must lose its mark, not keep the verdict of the words it no longer says.
 */

/** Letters and digits, lower case, as words. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** A footnote or reference marker the page may show inside a sentence ("…in June.[3]"). */
const MARKER = /^\d{1,3}$/;

/** True when `found` has `quote`'s words in order, give or take footnote markers found only in the page. */
export function sameWords(found: string, quote: string): boolean {
  const want = words(quote);
  const have = words(found);
  let i = 0;
  for (const word of have) {
    const next = want[i];
    // A marker stands alone ("June. [3]") or, in a <sup> with no space, is glued on ("proposed3").
    if (next !== undefined && (word === next || (word.startsWith(next) && MARKER.test(word.slice(next.length))))) i++;
    else if (!MARKER.test(word)) return false;
  }
  return i === want.length;
}
