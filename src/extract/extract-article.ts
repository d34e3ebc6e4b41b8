/** Document → Article: the extraction step the content script and the CLI share. */
import { Readability } from '@mozilla/readability';
import { t } from '../i18n/messages';
import type { ExtractResult } from './article';
import { readBodyText, ROLE_CLASSES } from './body-text';
import { detectLanguage } from './detect-language';
import { hasEnoughProse } from './enough-prose';
import { readMetadata } from './metadata';
import { copyForReading, DEFAULT_MAX_ELEMENTS } from './page-copy';
import { pageSentences } from './page-sentences';

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /** The page's URL when the document does not know it (jsdom without a URL); else the document URL wins. */
  url?: string;
  /** Cap on `Article.text`, in characters. */
  maxChars?: number;
  /** Cap on the elements read (see `DEFAULT_MAX_ELEMENTS`). */
  maxElements?: number;
  /** Cap on the sentences checked (see `DEFAULT_MAX_SENTENCES`). */
  maxSentences?: number;
}

/**
 * Default cap on article text. 200,000 characters is about 30,000 words, longer than any news article
 * and most book chapters; beyond it a page is a dump (a log, a whole book) and analyzing every
 * sentence would keep the reader waiting for nothing.
 */
export const DEFAULT_MAX_CHARS = 200_000;

/**
 * Default cap on the sentences checked. Checking costs a few milliseconds a sentence in the browser, and
 * the reader waits for all of it: 300 sentences (6,000–7,000 words, several times a long news feature)
 * keep even a hostile page's report under three seconds. Past it the report says it is partial.
 */
export const DEFAULT_MAX_SENTENCES = 300;

/**
 * Extracts the article from `doc`: Readability on a copy (the page itself is never changed), its
 * metadata, its body as plain text with one paragraph per block, and anchored sentences. The copy is
 * freed of DOM clobbering first, so a page's named elements cannot derail either step, and a page over
 * the element or character cap is read in part, with `meta.partial` set.
 *
 * Returns `not-an-article` when Readability finds nothing or the text is too thin to check (see
 * `hasEnoughProse`), and `error` when anything throws; it never throws itself.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  try {
    const { copy, partial: cut } = copyForReading(doc, options.maxElements ?? DEFAULT_MAX_ELEMENTS);
    // Readability rearranges the document it reads, and metadata needs it as the page had it: a second
    // copy, of the already capped one, costs a fraction of the first.
    const readable = copy.cloneNode(true) as Document;
    // The serializer hands back Readability's article element itself, so its text is walked in place
    // instead of serialising to HTML and parsing that again.
    // Embedded posts keep their class through Readability, to be told apart from the article's text.
    const parsed = new Readability<Node>(readable, {
      serializer: (node) => node,
      classesToPreserve: ROLE_CLASSES,
    }).parse();
    if (!parsed?.content) return { ok: false, reason: 'not-an-article', message: t('failureNotAnArticle') };
    const declared = readMetadata(copy, parsed, options.url);
    const body = readBodyText(parsed.content, options.maxChars ?? DEFAULT_MAX_CHARS);
    // The page's declared language is weighed against its text: CMS templates often declare the wrong one.
    const meta = { ...declared, lang: detectLanguage(body.text, [declared.lang]).lang };
    const all = pageSentences(body.text, meta.lang ?? 'en', body.paragraphs);
    if (!hasEnoughProse(all)) return { ok: false, reason: 'not-an-article', message: t('failureNotAnArticle') };
    const maxSentences = options.maxSentences ?? DEFAULT_MAX_SENTENCES;
    const sentences = all.slice(0, maxSentences);
    // The text ends with the last sentence kept, so what the engine compares is what the report lists.
    const text = all.length > maxSentences ? body.text.slice(0, sentences.at(-1)!.anchor.end) : body.text;
    const partial = cut || body.truncated || all.length > maxSentences;
    return { ok: true, article: { meta: partial ? { ...meta, partial: true } : meta, text, sentences } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'error', message: t('failureCouldNotReadPage', detail) };
  }
}
