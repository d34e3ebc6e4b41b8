/** Text-quote anchors: how a sentence is found again in the live page after extraction. */
import type { SentenceAnchor } from './article';

/**
 * Context kept either side of a quote. 32 characters is what the Hypothesis client and the W3C
 * TextQuoteSelector examples use: enough to tell apart a sentence that occurs twice on a page
 * (a pull quote repeating the body), short enough to survive small edits to the surrounding text.
 */
export const ANCHOR_CONTEXT_CHARS = 32;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * The anchor of `text.slice(start, end)`: the quote, up to {@link ANCHOR_CONTEXT_CHARS} characters of
 * prefix and suffix, and the offsets. Context never ends in half an emoji: a cut surrogate pair is
 * dropped, so prefix and suffix are always valid strings to search for.
 */
export function anchorAt(text: string, start: number, end: number): SentenceAnchor {
  let prefixStart = Math.max(0, start - ANCHOR_CONTEXT_CHARS);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + ANCHOR_CONTEXT_CHARS);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    quote: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}
