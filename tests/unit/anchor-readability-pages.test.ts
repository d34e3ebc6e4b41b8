/**
 * Re-anchoring on real pages (Mozilla Readability's test suite, ../shared/data/readability-pages):
 * every sentence extraction finds must be found again in the page's own DOM text and turned into a
 * Range that reads back as the sentence, the way the highlighter does it in the browser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { matchQuote } from '../../src/anchoring/match-quote';
import { rangeFor, readPageText } from '../../src/anchoring/page-text';
import { extractArticle } from '../../src/extract/extract-article';
import { parseHtmlDocument } from '../../src/node/html-document';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const pagesDir = path.resolve(repoRoot, '../shared/data/readability-pages');
const exists = existsSync(pagesDir);
const PAGE_URL = 'http://fakehost/test/page.html';

/**
 * Every 4th page of the suite (alphabetically): 30-odd real pages of every kind (news, blogs, wikis,
 * non-English) keep the run under a few seconds; the whole suite gives the same rate (measured).
 */
const pageNames = exists
  ? readdirSync(pagesDir)
      .filter((name) => existsSync(path.join(pagesDir, name, 'source.html')))
      .sort()
      .filter((_, i) => i % 4 === 0)
  : [];

const collapse = (value: string) =>
  value
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface PageOutcome {
  sentences: number;
  exact: number;
  found: number;
  misses: string[];
}

function anchorPage(name: string): PageOutcome | null {
  const doc = parseHtmlDocument(readFileSync(path.join(pagesDir, name, 'source.html'), 'utf8'), PAGE_URL);
  const result = extractArticle(doc);
  if (!result.ok) return null;
  const text = readPageText(doc.body);
  const outcome: PageOutcome = { sentences: 0, exact: 0, found: 0, misses: [] };
  for (const { anchor } of result.article.sentences) {
    outcome.sentences++;
    const match = matchQuote(text.text, anchor);
    const range = match ? rangeFor(text, match.start, match.end) : null;
    if (range) outcome.found++;
    if (range && collapse(range.toString()) === collapse(anchor.quote)) outcome.exact++;
    else outcome.misses.push(anchor.quote.slice(0, 80));
  }
  return outcome;
}

describe.skipIf(!exists)(
  exists
    ? 'anchoring on Mozilla Readability’s test pages'
    : 'anchoring on readability pages (skipped: ../shared/data not present)',
  () => {
    test('at least 99% of extracted sentences anchor back to exactly their text in the page', () => {
      let sentences = 0;
      let exact = 0;
      let found = 0;
      const worst: string[] = [];
      for (const name of pageNames) {
        const outcome = anchorPage(name);
        if (!outcome) continue;
        sentences += outcome.sentences;
        exact += outcome.exact;
        found += outcome.found;
        if (outcome.misses.length > 0)
          worst.push(`${name}: ${outcome.misses.length} (${JSON.stringify(outcome.misses[0])})`);
      }
      console.info(
        `anchoring: ${pageNames.length} pages, ${sentences} sentences, ${exact} exact, ${found} found; misses: ${worst.join('; ')}`,
      );
      expect(sentences).toBeGreaterThan(1000);
      expect(exact / sentences).toBeGreaterThanOrEqual(0.99);
      expect(found / sentences).toBeGreaterThanOrEqual(0.995);
    }, 120_000);
  },
);
