/** Issue 16, point 7: ClaimReview out. A fact-checker's file imports, exports and imports again unchanged. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/claims/dataset';
import { defaultDataset } from '../../src/claims/default-dataset';
import { exportClaimReview } from '../../src/claims/export-claimreview';
import { importClaimReview } from '../../src/claims/import-claimreview';
import { importJsonLines } from '../../src/claims/import-jsonl';
import { jsonFile } from '../../src/claims/serialize-dataset';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'datasets');
const imported = (name: string, text = readFileSync(join(DIR, name), 'utf8')): Dataset => {
  const result = importClaimReview(text, { fileName: name });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.dataset;
};

describe('exporting ClaimReview JSON-LD', () => {
  test.each(['claimreview-single.json', 'claimreview-feed.json', 'claimreview-graph.json'])(
    '%s: imported, exported and imported again, the dataset is the same',
    (name) => {
      const first = imported(name);
      const exported = exportClaimReview(first);
      expect(exported.leftOut).toBe(0);
      expect(exported.written).toBe(first.sources.reduce((sum, source) => sum + source.claims.length, 0));
      const again = imported(name, exported.json);
      expect(again.sources).toEqual(first.sources);
    },
  );

  test('the document is JSON-LD any ClaimReview reader takes: a schema.org context and a graph of ClaimReview objects with their verdicts', () => {
    const document = JSON.parse(exportClaimReview(imported('claimreview-feed.json')).json);
    expect(document['@context']).toBe('https://schema.org');
    for (const review of document['@graph']) {
      expect(review).toMatchObject({
        '@type': 'ClaimReview',
        claimReviewed: expect.any(String),
        publisher: { '@type': 'Organization', name: expect.any(String) },
      });
      expect(review.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: expect.any(String) });
    }
  });

  test('claims no fact-checker reviewed are left out, and counted, rather than written as if reviewed', () => {
    const seeds = exportClaimReview(defaultDataset);
    expect(seeds.written).toBe(0);
    expect(seeds.leftOut).toBe(defaultDataset.sources.reduce((sum, source) => sum + source.claims.length, 0));
    const lines = importJsonLines(readFileSync(join(DIR, 'claims-sample.jsonl'), 'utf8'), {
      fileName: 'claims-sample.jsonl',
    });
    if (!lines.ok) throw new Error(lines.errors.join('\n'));
    const mixed: Dataset = {
      ...lines.dataset,
      sources: [
        ...lines.dataset.sources,
        { ...defaultDataset.sources[0]!, claims: defaultDataset.sources[0]!.claims.slice(0, 2) },
      ],
    };
    const out = exportClaimReview(mixed);
    expect(out).toMatchObject({ written: 4, leftOut: 2 });
  });
});

describe('an export always imports again', () => {
  test('indented while that fits the import limit, compact when indenting alone would pass it', () => {
    const value = { sources: [{ id: 'a', claims: ['one', 'two'] }] };
    expect(jsonFile(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
    const compact = `${JSON.stringify(value)}\n`;
    expect(jsonFile(value, compact.length + 5)).toBe(compact);
    expect(jsonFile(value, compact.length + 5).length).toBeLessThanOrEqual(compact.length + 5);
  });
});
