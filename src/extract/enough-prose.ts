/** Whether extracted text is an article worth checking, or a page that only looks like one. */
import type { PageSentence } from './article';

/**
 * The least an article needs: three statements holding 250 characters between them.
 *
 * Why these numbers: the product checks claims against other sources, and a claim needs a sentence
 * plus context. Below three statements, what Readability salvaged is a teaser, a cookie notice or an
 * error message ("Page not found. Go home."). 250 characters is about two of the 140-character
 * paragraphs `isProbablyReaderable` counts as content, so a short wire brief still passes. On Mozilla's
 * 130 test pages every readerable one clears both bars with room to spare (the thinnest has 4
 * statements, 374 characters); the empty shells stay under them.
 */
export const MIN_ARTICLE_SENTENCES = 3;
/** See {@link MIN_ARTICLE_SENTENCES}. */
export const MIN_ARTICLE_PROSE_CHARS = 250;

/**
 * A statement without final punctuation must be this long to count: a changelog entry or a headline
 * ("Villagers will harvest crops and plant new ones") is, site chrome ("Home", "Photo: AFP",
 * "Share this article") is not.
 */
const MIN_UNPUNCTUATED_CHARS = 40;

/** Ends like a sentence: . ! ? … (or their CJK forms), optionally inside closing quotes or brackets. */
const ENDS_LIKE_SENTENCE = /[.!?…。！？]["'”’)\]」』]*$/;

function isStatement(sentence: PageSentence): boolean {
  return ENDS_LIKE_SENTENCE.test(sentence.text) || sentence.text.length >= MIN_UNPUNCTUATED_CHARS;
}

/** True when `sentences` hold enough prose to be an article (see {@link MIN_ARTICLE_SENTENCES}). */
export function hasEnoughProse(sentences: readonly PageSentence[]): boolean {
  const statements = sentences.filter(isStatement);
  const chars = statements.reduce((sum, sentence) => sum + sentence.text.length, 0);
  return statements.length >= MIN_ARTICLE_SENTENCES && chars >= MIN_ARTICLE_PROSE_CHARS;
}
