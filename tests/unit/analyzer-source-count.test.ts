/**
 * How claims are grouped into sources changes nothing the analyzer finds when the grouping carries no
 * meaning: the same claims, with the same outlets, as 20 sources or as 2,000 (one claim each), give the
 * same report sentence for sentence, source ids aside. What a source's grouping does mean — office-holders
 * named elsewhere in the same article, a page holding three of an article's claims being that article,
 * two dated sources of one day — is left out of these claims and this page on purpose.
 */
import { expect, test } from 'vitest';
import type { Dataset } from '../../src/claims/dataset';
import { defaultDataset } from '../../src/claims/default-dataset';
import type { Report } from '../../src/engine/report';
import { createAnalyzer } from '../../src/engine/analyzer';
import { articleFromText } from '../../src/extract/from-text';
import { restatingPageLines, syntheticDataset } from '../../bench/synthetic-claims';

const CLAIMS = 2_000;

/** `dataset` with every claim in a source of its own, which keeps its article's outlet, URL and title. */
function oneClaimPerSource(dataset: Dataset): { dataset: Dataset; parentOf: Map<string, string> } {
  const parentOf = new Map<string, string>();
  const sources = dataset.sources.flatMap((source) =>
    source.claims.map((claim) => {
      const id = `${source.id}/${claim.id}`;
      parentOf.set(id, source.id);
      return { ...source, id, claims: [claim] };
    }),
  );
  return { dataset: { ...dataset, sources }, parentOf };
}

/** The page: claims restated with an attribution (corroborations) and with another number (conflicts). */
const page = () =>
  articleFromText(restatingPageLines([3, 250, 777, 1_234, 1_999]).join('\n'), {
    url: 'https://news3.example/archive/3',
    lang: 'en',
  });

/** `report` with every match's source named by its article, and without the time it took. */
function byArticle(report: Report, parentOf: ReadonlyMap<string, string>): unknown {
  const rename = <T extends { sourceId: string }>(match: T): T => ({
    ...match,
    sourceId: parentOf.get(match.sourceId) ?? match.sourceId,
  });
  return {
    ...report,
    elapsedMs: 0,
    claims: report.claims.map((claim) => ({
      ...claim,
      corroborating: claim.corroborating.map(rename),
      conflicting: claim.conflicting.map(rename),
      related: claim.related.map(rename),
    })),
  };
}

test('2,000 claims as 2,000 sources give the report they give as 20, beside the built-in dataset', () => {
  const few = syntheticDataset(CLAIMS, 20);
  // No dates: the earliest of two sources of one day is none, and splitting an article makes such ties.
  for (const source of few.sources) source.publishedTime = null;
  const many = oneClaimPerSource(few);
  expect(many.dataset.sources).toHaveLength(CLAIMS);
  const article = page();
  const fewReport = createAnalyzer([defaultDataset, few]).analyze(article);
  const manyReport = createAnalyzer([defaultDataset, many.dataset]).analyze(article);
  // A report that finds nothing would pass for the wrong reason.
  const found = (report: Report, key: 'corroborating' | 'conflicting') =>
    report.claims.filter((claim) => claim[key].length > 0).length;
  expect(found(fewReport, 'corroborating')).toBeGreaterThanOrEqual(5);
  expect(found(fewReport, 'conflicting')).toBeGreaterThanOrEqual(5);
  expect(byArticle(manyReport, many.parentOf)).toEqual(byArticle(fewReport, new Map()));
});
