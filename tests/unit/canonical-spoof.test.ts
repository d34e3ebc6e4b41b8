/**
 * Issue 17, point 3: a page writes its own `<link rel="canonical">`, so a URL is never evidence that the
 * page is one of the dataset's sources. A page naming a source's URL as its canonical keeps that source
 * in its report (before, the source was dropped as "the page itself").
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDataset } from '../../src/claims/validate-dataset';
import { createAnalyzer } from '../../src/engine/analyzer';
import { extractArticle } from '../../src/extract/extract-article';
import { parseHtmlDocument } from '../../src/node/html-document';

const root = resolve(import.meta.dirname, '../..');
const parsed = parseDataset(readFileSync(resolve(root, 'tests/fixtures/datasets/restated-seed-000.json'), 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const dataset = parsed.dataset;
const page = readFileSync(resolve(root, 'tests/fixtures/seed-000.html'), 'utf8');

function sourcesInReport(canonical: string | null): Set<string> {
  const html = canonical
    ? page.replace(/<head[^>]*>/i, (head) => `${head}<link rel="canonical" href="${canonical}">`)
    : page;
  const extracted = extractArticle(parseHtmlDocument(html, 'https://news.example/story'));
  if (!extracted.ok) throw new Error(extracted.message);
  expect(extracted.article.meta.url).toBe(canonical ?? 'https://news.example/story');
  const report = createAnalyzer([dataset]).analyze(extracted.article);
  const ids = new Set<string>();
  for (const claim of report.claims)
    for (const match of [...claim.corroborating, ...claim.conflicting, ...claim.related]) ids.add(match.sourceId);
  return ids;
}

describe('a canonical URL cannot drop a source from the report', () => {
  test('every source linked without the spoof is still linked with the page claiming each source’s URL', () => {
    const honest = sourcesInReport(null);
    expect(honest.size).toBeGreaterThan(0);
    for (const source of dataset.sources.filter((s) => honest.has(s.id))) {
      expect(sourcesInReport(source.url), source.id).toContain(source.id);
    }
  });
});
