/**
 * A dataset with as many sources as claims (a fact-check feed has a source per review, a newsroom archive
 * one per article) is accepted at the scale the figures are measured at, in every import format, and
 * what the options page lists of it is the same as a full sort would give.
 */
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/claims/dataset';
import { summariseDataset } from '../../src/claims/dataset-summary';
import { importDataset } from '../../src/claims/import-dataset';
import { syntheticClaimText } from '../../bench/synthetic-claims';

const SOURCES = 100_000;
const indexes = Array.from({ length: SOURCES }, (_, i) => i);

/** 100,000 sources of one claim each, as our format's text (built as text: compact, and quick to make). */
const provenanceText = [
  '{"format":"provenance-dataset","version":1,"id":"archive","name":"Archive","sources":[',
  indexes
    .map(
      (i) =>
        `{"id":"s${i}","outlet":"Outlet ${i % 40}","url":"https://news.example/a/${i}","claims":[{"id":"c${i}","text":"${syntheticClaimText(i)}"}]}`,
    )
    .join(',\n'),
  ']}',
].join('\n');

function expectOneClaimPerSource(result: ReturnType<typeof importDataset>): Dataset {
  if (!result.ok) throw new Error(result.errors.join('\n'));
  expect(result.dataset.sources).toHaveLength(SOURCES);
  expect(result.dataset.sources.every((source) => source.claims.length === 1)).toBe(true);
  expect(result.warnings).toEqual([]);
  return result.dataset;
}

let imported: Dataset | null = null;
/** The text imported (validated), once for the tests that need it. */
function archive(): Dataset {
  return (imported ??= expectOneClaimPerSource(importDataset(provenanceText, 'auto', { fileName: 'archive.json' })));
}

describe('100,000 claims in 100,000 sources', () => {
  test('import as Provenance JSON: validated, every field read', () => {
    expect(archive().sources[SOURCES - 1]).toEqual({
      id: `s${SOURCES - 1}`,
      outlet: 'Outlet 39',
      author: null,
      publishedTime: null,
      url: `https://news.example/a/${SOURCES - 1}`,
      title: null,
      claims: [{ id: `c${SOURCES - 1}`, text: syntheticClaimText(SOURCES - 1), attribution: null }],
    });
  });

  test('import as JSON Lines: a source per author, 100,000 authors', () => {
    const lines = indexes
      .map((i) => JSON.stringify({ vclaim: syntheticClaimText(i), author: `Reporter ${i}` }))
      .join('\n');
    const dataset = expectOneClaimPerSource(importDataset(lines, 'auto', { fileName: 'archive.jsonl' }));
    expect(dataset.sources[SOURCES - 1]).toMatchObject({
      id: `author-reporter-${SOURCES - 1}`,
      author: `Reporter ${SOURCES - 1}`,
    });
  });

  test('import as a ClaimReview feed: a source per review', () => {
    const review = (i: number) => ({
      '@type': 'ClaimReview',
      url: `https://checks.example/${i}`,
      claimReviewed: syntheticClaimText(i),
      author: { '@type': 'Organization', name: 'Checks' },
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
    });
    const feed = JSON.stringify({
      '@type': 'DataFeed',
      dataFeedElement: indexes.map((i) => ({ '@type': 'DataFeedItem', item: review(i) })),
    });
    const dataset = expectOneClaimPerSource(importDataset(feed, 'claimreview', { fileName: 'feed.json' }));
    expect(dataset.sources[SOURCES - 1]).toMatchObject({
      id: `review-${SOURCES}`,
      outlet: 'Checks',
      url: `https://checks.example/${SOURCES - 1}`,
    });
  });

  test('the options page lists the 12 outlets with the most claims, as sorting every outlet would, and counts the rest', () => {
    // An outlet per source, with claim counts that tie and names that sort otherwise than they come.
    const sources = archive().sources.map((source, i) => ({
      ...source,
      outlet: `Outlet ${(i * 7_919) % SOURCES}`,
      claims: source.claims.concat(i % 1_000 === 0 ? source.claims : []),
    }));
    const summary = summariseDataset(
      { ...archive(), sources },
      { fileName: null, importFormat: null, importedAt: null },
    );
    const sorted = sources
      .map((source) => ({ outlet: source.outlet, claims: source.claims.length }))
      .sort((a, b) => b.claims - a.claims || a.outlet.localeCompare(b.outlet));
    expect(summary).toMatchObject({
      sourceCount: SOURCES,
      claimCount: SOURCES + 100,
      outlets: sorted.slice(0, 12),
      moreOutlets: SOURCES - 12,
    });
  });
});
