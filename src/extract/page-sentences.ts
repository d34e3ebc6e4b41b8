/** From article text to anchored page sentences: the one path shared by HTML and plain-text pages. */
import { anchorAt } from './anchor';
import type { PageSentence } from './article';
import { splitSentences } from './sentences';

/**
 * Splits `text` into sentences in reading order, each with its index and an anchor into `text`.
 * `lang` picks the segmentation rules (a BCP 47 tag; malformed tags fall back to English).
 */
export function pageSentences(text: string, lang = 'en'): PageSentence[] {
  return splitSentences(text, lang).map((span, index) => ({
    index,
    text: span.text,
    anchor: anchorAt(text, span.start, span.end),
  }));
}
