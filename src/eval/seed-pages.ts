/** The five committed seed pages, extracted as the extension extracts them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../extract/article';
import { extractArticle } from '../extract/extract-article';
import { parseHtmlDocument } from '../node/html-document';
import { SEED_FIXTURES_DIR, SEED_PAGES } from './eval-paths';

/** Each seed page's article, or the first page that fails to extract. */
export function extractSeedPages(): { ok: true; pages: Array<{ page: string; article: Article }> } | { ok: false; reason: string } {
  const pages: Array<{ page: string; article: Article }> = [];
  for (const page of SEED_PAGES) {
    const html = readFileSync(resolve(SEED_FIXTURES_DIR, `${page}.html`), 'utf8');
    const extracted = extractArticle(parseHtmlDocument(html, `http://127.0.0.1/${page}.html`));
    if (!extracted.ok) return { ok: false, reason: `${page}: ${extracted.message}` };
    pages.push({ page, article: extracted.article });
  }
  return { ok: true, pages };
}
