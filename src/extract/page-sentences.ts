/** From article text to anchored page sentences: the one path shared by HTML and plain-text pages. */
import { anchorAt } from './anchor';
import type { PageSentence } from './article';
import { roleAt, type CappedText } from './body-text';
import { sentenceKind } from './sentence-kind';
import { splitSentences } from './sentences';

/**
 * Splits `text` into sentences in reading order, each with its index, an anchor into `text`, and its
 * kind (a claim, or a heading, caption, byline… that is not checked). `lang` picks the segmentation
 * rules (a BCP 47 tag; malformed tags fall back to English); `paragraphs` are the roles the page's markup
 * gave its paragraphs (none for plain text).
 */
export function pageSentences(text: string, lang = 'en', paragraphs: CappedText['paragraphs'] = []): PageSentence[] {
  return splitSentences(text, lang).map((span, index) => ({
    index,
    text: span.text,
    anchor: anchorAt(text, span.start, span.end),
    kind: sentenceKind(span.text, roleAt(paragraphs, span.start)),
  }));
}
