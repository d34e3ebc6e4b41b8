/**
 * Cleans a free-text query before retrieval: links say nothing about a claim and hashtags hide words
 * ("#AustralianFires"). Handles and the tweets' "— Name (@handle) Date" signature stay: removing them
 * cost 2 points of MAP@5 on CheckThat! train and dev (who tweets is evidence of what the tweet is about).
 */

const URL = /\b(?:https?:\/\/|pic\.twitter\.com\/|www\.)\S+/giu;
const HASHTAG = /#(\w+)/gu;

/** Splits CamelCase hashtags into words: "AustralianFires" → "Australian Fires". */
function splitHashtag(tag: string): string {
  return tag.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{L})(\d)/gu, '$1 $2');
}

/** The query with links removed and hashtags turned into words. */
export function cleanQueryText(text: string): string {
  return text
    .slice(0, 5000)
    .replace(URL, ' ')
    .replace(HASHTAG, (_, tag: string) => splitHashtag(tag))
    .replace(/\s+/gu, ' ')
    .trim();
}
