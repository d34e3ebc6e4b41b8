/** The page's half of extraction (DOM → text), which the content script runs in the reader's tab. */
import { Readability } from '@mozilla/readability';
import { t } from '../i18n/messages';
import type { ArticleMeta, ExtractFailure } from './article';
import { extractionFailure } from './extraction-failure';
import { type CappedText, readBodyText, ROLE_CLASSES } from './body-text';
import { readMetadata } from './metadata';
import { copyForReading, DEFAULT_MAX_ELEMENTS } from './page-copy';

/** Options for {@link readPage}. */
export interface ReadPageOptions {
  /** The page's URL when the document does not know it (jsdom without a URL); else the document URL wins. */
  url?: string;
  /** Cap on `Article.text`, in characters. */
  maxChars?: number;
  /** Cap on the elements read (see `DEFAULT_MAX_ELEMENTS`). */
  maxElements?: number;
}

/**
 * Default cap on article text. 200,000 characters is about 30,000 words, longer than any news article
 * and most book chapters; beyond it a page is a dump (a log, a whole book) and analyzing every
 * sentence would keep the reader waiting for nothing.
 */
export const DEFAULT_MAX_CHARS = 200_000;

/**
 * What the page itself gives: its metadata as declared, its body as plain text with each paragraph's
 * role, and whether part of it was left out. The content script returns this, and the worker makes the
 * article of it (`articleFromPage`): segmentation, sentence kinds and the language's weighing need no
 * DOM, and in the page they were paid again at every click (`Intl.Segmenter`'s first use in a tab alone
 * costs Chromium 14–26 ms; docs/scale.md, *Session 19*).
 */
export interface PageText {
  /** As the page declares it: `lang` is not yet weighed against the text. */
  meta: ArticleMeta;
  text: string;
  paragraphs: CappedText['paragraphs'];
  /** Part of the page (elements or characters past the caps) was left out. */
  partial: boolean;
}

/** What `readPage` returns: the page's text, or why there is none. */
export type ReadPageResult = { ok: true; page: PageText } | ExtractFailure;

/**
 * The DOM half of extraction: Readability on a copy (the page itself is never changed), its metadata,
 * and its body as plain text with one paragraph per block. The copy is freed of DOM clobbering first,
 * so a page's named elements cannot derail either step, and a page over the element or character cap
 * is read in part, with `partial` set.
 *
 * Returns `not-an-article` when Readability finds nothing, and `error` when anything throws; it never
 * throws itself.
 */
export function readPage(doc: Document, options: ReadPageOptions = {}): ReadPageResult {
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
    const meta = readMetadata(copy, parsed, options.url);
    const body = readBodyText(parsed.content, options.maxChars ?? DEFAULT_MAX_CHARS);
    return { ok: true, page: { meta, text: body.text, paragraphs: body.paragraphs, partial: cut || body.truncated } };
  } catch (error) {
    return extractionFailure(error);
  }
}
