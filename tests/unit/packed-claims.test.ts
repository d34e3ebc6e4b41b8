/**
 * The claims as a waking worker reads them: packed beside their merged index, structured-cloned as
 * IndexedDB stores them, and decoded only where the analysis reads them. The report over them must be the
 * report over the datasets themselves, reviews and the page's own source included.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import type { Dataset, Source } from '../../src/claims/dataset';
import { defaultDataset } from '../../src/claims/default-dataset';
import { createAnalyzer, openStoredAnalyzer } from '../../src/engine/analyzer';
import { defaultSentenceEncoder } from '../../src/match/default-sentence-encoder';
import { isPackedClaims, openPackedClaims, packClaims, type PackedClaims } from '../../src/engine/packed-claims';
import { extractArticle } from '../../src/extract/extract-article';
import { articleFromText } from '../../src/extract/from-text';
import { datasetRecords } from '../../src/match/claim-records';
import { mergeClaimIndexes, packClaimIndex, type PackedClaimIndex } from '../../src/match/pack-claim-index';
import { parseHtmlDocument } from '../../src/node/html-document';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

function seedArticle(page: string, url = `http://127.0.0.1/${page}.html`) {
  const html = readFileSync(resolve(FIXTURES, `${page}.html`), 'utf8');
  const result = extractArticle(parseHtmlDocument(html, url));
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

const REVIEW = { rating: 'False', reviewer: 'Example Fact Check', url: 'https://check.example/1', date: null };

/** seed-004's source republished at a URL, and a reviewed claim on another subject. */
const seed004 = defaultDataset.sources.find((source) => source.id === 'seed-004')!;
const OTHER: Dataset = {
  format: 'provenance-dataset',
  version: 1,
  id: 'other',
  name: 'other',
  description: null,
  sources: [
    { ...seed004, id: 'other/mirror', outlet: 'Mirror', url: 'https://mirror.example/seed-4' },
    {
      id: 'other/troops',
      outlet: 'Wire Weekly',
      author: null,
      publishedTime: null,
      url: null,
      title: null,
      claims: [
        {
          id: 'other/troops#1',
          text: 'Germany will not send ground troops to Ukraine, the chancellor said on Monday.',
          attribution: null,
          review: REVIEW,
        },
      ],
    },
  ],
};
const DATASETS = [defaultDataset, OTHER];

/**
 * What the background stores for `datasets`: their merged index (each packed with the claims' vectors by
 * meaning, as imports and the build pack them) and packed claims, through a structured clone.
 */
function stored(datasets: readonly Dataset[]): { claims: PackedClaims; index: PackedClaimIndex } {
  const index = mergeClaimIndexes(datasets.map((dataset) => packClaimIndex([dataset], defaultSentenceEncoder())));
  return deserialize(serialize({ claims: packClaims(datasets), index }));
}

describe('claims packed beside their merged index', () => {
  const { claims, index } = stored(DATASETS);

  test('decode to the datasets’ own claims and sources, each where the index numbers it', () => {
    expect(isPackedClaims(claims)).toBe(true);
    const packed = openPackedClaims(claims);
    const held = datasetRecords(DATASETS);
    expect([packed.claimCount, packed.sourceCount]).toEqual([held.claimCount, held.sourceCount]);
    expect(packed.firstCopy).toEqual(held.firstCopy);
    expect(packed.claimStarts).toEqual(held.claimStarts);
    for (const doc of [0, 1, held.claimCount - 1]) expect(packed.claim(doc)).toEqual(held.claim(doc));
    for (const i of [0, held.sourceCount - 2, held.sourceCount - 1])
      expect(JSON.parse(JSON.stringify(packed.source(i)))).toEqual(held.source(i));
  });

  test.each([
    ['a seed page', () => seedArticle('seed-004')],
    ['the page at a stored source’s URL', () => seedArticle('seed-004', 'https://www.mirror.example/seed-4/')],
  ])('%s gets the same report as from the datasets', (_name, article) => {
    const page = article();
    const fromDatasets = createAnalyzer(DATASETS).analyze(page);
    const fromStored = openStoredAnalyzer(claims, index).analyze(page);
    expect({ ...fromStored, elapsedMs: 0 }).toEqual({ ...fromDatasets, elapsedMs: 0 });
    expect(fromStored.claims.some((claim) => claim.corroborating.length > 0)).toBe(true);
  });

  test('the page at the mirror’s URL excludes the mirror', () => {
    const report = openStoredAnalyzer(claims, index).analyze(seedArticle('seed-004', 'https://mirror.example/seed-4'));
    expect(report.excludedSourceIds).toContain('other/mirror');
  });

  test('a shown match of a reviewed claim carries its text, source and fact-checker’s verdict', () => {
    const page = articleFromText(
      'Germany will not send ground troops to Ukraine, the chancellor said on Monday. Talks went on in Brussels.',
      { lang: 'en' },
    );
    const matches = openStoredAnalyzer(claims, index)
      .analyze(page)
      .claims.flatMap((claim) => [...claim.corroborating, ...claim.conflicting]);
    const match = matches.find((m) => m.claimId === 'other/troops#1');
    expect(match).toMatchObject({
      text: OTHER.sources[1]!.claims[0]!.text,
      outlet: 'Wire Weekly',
      sourceId: 'other/troops',
      review: REVIEW,
    });
  });

  test('a stored form that is not one is told apart', () => {
    expect(isPackedClaims(null)).toBe(false);
    expect(isPackedClaims({ ...claims, firstCopy: new Uint32Array(1) })).toBe(false);
    expect(isPackedClaims({ ...claims, format: 'other' })).toBe(false);
    expect(isPackedClaims({ ...claims, urls: undefined })).toBe(false);
  });
});

describe('sources read whole', () => {
  test('a decoded source’s claims are the same objects as the claims decoded one by one', () => {
    const packed = openPackedClaims(packClaims([OTHER]));
    const mirror: Source = packed.source(0);
    expect(mirror.claims[2]).toBe(packed.claim(2));
    expect(mirror.claims).toHaveLength(seed004.claims.length);
  });
});
