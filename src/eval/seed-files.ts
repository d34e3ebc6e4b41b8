/** The committed seed files: the five pages, extracted as the extension extracts them, and the golden links. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../extract/article';
import { extractArticle } from '../extract/extract-article';
import { parseHtmlDocument } from '../node/html-document';
import { SEED_FIXTURES_DIR, SEED_GOLDEN_PATH, SEED_PAGES } from './eval-paths';
import { parseSeedGolden, type SeedGolden } from './seed-golden';

/** Each seed page's article, or the first page that fails to extract. */
export function extractSeedPages():
  | { ok: true; pages: Array<{ page: string; article: Article }> }
  | { ok: false; reason: string } {
  const pages: Array<{ page: string; article: Article }> = [];
  for (const page of SEED_PAGES) {
    const html = readFileSync(resolve(SEED_FIXTURES_DIR, `${page}.html`), 'utf8');
    const extracted = extractArticle(parseHtmlDocument(html, `http://127.0.0.1/${page}.html`));
    if (!extracted.ok) return { ok: false, reason: `${page}: ${extracted.message}` };
    pages.push({ page, article: extracted.article });
  }
  return { ok: true, pages };
}

/** The golden file at `path` (default tests/golden/seed-links.json), or why it cannot be used. */
export function readSeedGolden(
  path = SEED_GOLDEN_PATH,
): { ok: true; golden: SeedGolden } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { ok: false, reason: `${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const golden = parseSeedGolden(json);
  return golden.ok ? golden : { ok: false, reason: `${path}:\n  ${golden.errors.join('\n  ')}` };
}
