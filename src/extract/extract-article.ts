/** Document → Article: the extraction step the content script and the CLI share. */
import { Readability } from '@mozilla/readability';
import type { ExtractResult } from './article';
import { bodyText } from './body-text';
import { hasEnoughProse } from './enough-prose';
import { readMetadata } from './metadata';
import { pageSentences } from './page-sentences';

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /** The page's URL when the document does not know it (jsdom without a URL); else the document URL wins. */
  url?: string;
  /** Cap on `Article.text`, in characters. */
  maxChars?: number;
}

/**
 * Default cap on article text. 200,000 characters is about 30,000 words, longer than any news article
 * and most book chapters; beyond it a page is a dump (a log, a whole book) and analysing every
 * sentence would keep the reader waiting for nothing.
 */
export const DEFAULT_MAX_CHARS = 200_000;

const NOT_AN_ARTICLE = 'No article found on this page.';

/**
 * Extracts the article from `doc`: Readability on a clone (the page itself is never changed), its
 * metadata, its body as plain text with one paragraph per block, and anchored sentences.
 *
 * Returns `not-an-article` when Readability finds nothing or the text is too thin to check (see
 * `hasEnoughProse`), and `error` when anything throws; it never throws itself.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  try {
    const clone = doc.cloneNode(true) as Document;
    // The serializer hands back Readability's article element itself, so its text is walked in place
    // instead of serialising to HTML and parsing that again.
    const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
    if (!parsed?.content) return { ok: false, reason: 'not-an-article', message: NOT_AN_ARTICLE };
    const meta = readMetadata(doc, parsed, options.url);
    const text = bodyText(parsed.content, options.maxChars ?? DEFAULT_MAX_CHARS);
    const sentences = pageSentences(text, meta.lang ?? 'en');
    if (!hasEnoughProse(sentences)) return { ok: false, reason: 'not-an-article', message: NOT_AN_ARTICLE };
    return { ok: true, article: { meta, text, sentences } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'error', message: `Could not read this page: ${detail}` };
  }
}
