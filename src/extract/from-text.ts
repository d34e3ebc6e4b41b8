/** Plain-text pages (`.txt`, pasted text) → Article, the same shape extraction gives for HTML. */
import type { Article, ArticleMeta } from './article';
import { cleanText } from './clean-text';
import { detectLanguage } from './detect-language';
import { pageSentences } from './page-sentences';

/**
 * Longest first line still taken for a headline. Headlines run to about 70–120 characters; 200 leaves
 * room for a long one while a lede paragraph (which can lack a final period when scraped) is longer.
 */
const MAX_HEADLINE_CHARS = 200;

/** A headline is short and does not end like a sentence. */
function looksLikeHeadline(line: string): boolean {
  return line.length < MAX_HEADLINE_CHARS && !/[.。]["'”’)]*$/.test(line);
}

/**
 * An Article from plain text. Each non-empty line is a paragraph (whitespace collapsed); paragraphs are
 * joined with "\n\n" as in HTML extraction. The first non-empty line becomes the title when it looks
 * like a headline and `meta.title` does not say otherwise; it then leaves the body, as Readability
 * drops the heading that repeats the title, so the two paths give the same sentences for the same story.
 * Metadata not given in `meta` is null. The language is `meta.lang` weighed against the text, as for
 * HTML pages (see `detectLanguage`); sentences are split with it (English when none is known).
 */
export function articleFromText(text: string, meta: Partial<ArticleMeta> = {}): Article {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map(cleanText)
    .filter((line): line is string => line !== null);
  const first = lines[0];
  const headline = first !== undefined && looksLikeHeadline(first) ? first : null;
  const title = cleanText(meta.title) ?? headline;
  const body = headline !== null && title === headline ? lines.slice(1) : lines;
  const articleText = body.join('\n\n');
  const lang = detectLanguage(articleText, [meta.lang]).lang;
  return {
    meta: {
      title,
      byline: meta.byline ?? null,
      siteName: meta.siteName ?? null,
      publishedTime: meta.publishedTime ?? null,
      url: meta.url ?? null,
      lang,
    },
    text: articleText,
    sentences: pageSentences(articleText, lang ?? 'en'),
  };
}
