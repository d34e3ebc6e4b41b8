/** Document → Article: the extraction the CLI runs whole, and the extension across the page and its worker. */
import type { ExtractResult } from './article';
import { articleFromPage, type ExtractOptions } from './article-from-page';
import { readPage } from './read-page';

/**
 * Extracts the article from `doc`: `readPage`, then `articleFromPage`, as the extension does across the
 * page and the worker. Returns `not-an-article` when Readability finds nothing or the text is too thin
 * to check, and `error` when anything throws; it never throws itself.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const read = readPage(doc, options);
  return read.ok ? articleFromPage(read.page, options) : read;
}
