/**
 * Every limit a dataset can meet says its number when it refuses, so the reader knows how far over it is
 * and what to split or shorten. A limit added without a case here fails the typecheck.
 */
import { describe, expect, test } from 'vitest';
import { datasetTooLarge, MAX_DATASET_CHARS } from '../../src/claims/dataset-json';
import { DATASET_LIMITS, parseDataset } from '../../src/claims/validate-dataset';
import { REVIEW_LIMITS } from '../../src/claims/validate-review';

type Sample = Record<string, any>;

function sample(): Sample {
  return {
    format: 'provenance-dataset',
    version: 1,
    id: 'test',
    name: 'Test',
    description: null,
    sources: [
      {
        id: 'a',
        outlet: 'Outlet A',
        claims: [{ id: 'a#1', text: 'The bridge will open in 2027.', review: { reviewer: 'Checks', rating: 'False' } }],
      },
    ],
  };
}

const over = (limit: number) => 'x'.repeat(limit + 1);
const source = (d: Sample) => d.sources[0];
const claim = (d: Sample) => d.sources[0].claims[0];

/** How to go one past each limit. */
const EXCEED: { [K in keyof typeof DATASET_LIMITS]: (d: Sample, limit: number) => void } = {
  sources: (d, limit) => (d.sources = Array.from({ length: limit + 1 }, () => ({}))),
  claims: (d, limit) => (source(d).claims = Array.from({ length: limit + 1 }, () => ({}))),
  publishedTimeChars: (d, limit) => (source(d).publishedTime = over(limit)),
  idChars: (d, limit) => (source(d).id = over(limit)),
  nameChars: (d, limit) => (source(d).outlet = over(limit)),
  titleChars: (d, limit) => (source(d).title = over(limit)),
  descriptionChars: (d, limit) => (d.description = over(limit)),
  claimChars: (d, limit) => (claim(d).text = over(limit)),
  attributionChars: (d, limit) => (claim(d).attribution = over(limit)),
  antecedentChars: (d, limit) => (claim(d).antecedent = over(limit)),
  urlChars: (d, limit) => (source(d).url = `https://example.org/${over(limit)}`),
};

const EXCEED_REVIEW: { [K in keyof typeof REVIEW_LIMITS]: (review: Sample, limit: number) => void } = {
  rating: (review, limit) => (review.rating = over(limit)),
  reviewer: (review, limit) => (review.reviewer = over(limit)),
  url: (review, limit) => (review.url = `https://example.org/${over(limit)}`),
  date: (review, limit) => (review.date = over(limit)),
};

function errorsWith(change: (d: Sample) => void): string[] {
  const d = sample();
  change(d);
  const result = parseDataset(d);
  return result.ok ? [] : result.errors;
}

describe('each limit names its number', () => {
  test.each(Object.keys(EXCEED) as Array<keyof typeof DATASET_LIMITS>)('dataset: %s', (key) => {
    const limit = DATASET_LIMITS[key];
    const errors = errorsWith((d) => EXCEED[key](d, limit));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(limit.toLocaleString('en'));
  });

  test.each(Object.keys(EXCEED_REVIEW) as Array<keyof typeof REVIEW_LIMITS>)('review: %s', (key) => {
    const limit = REVIEW_LIMITS[key];
    const errors = errorsWith((d) => EXCEED_REVIEW[key](claim(d).review, limit));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`the limit is ${limit.toLocaleString('en')}`);
  });

  test('file size', () => {
    expect(datasetTooLarge(MAX_DATASET_CHARS)).toBeNull();
    expect(datasetTooLarge(MAX_DATASET_CHARS + 1)).toBe(
      `the file is too large (96 MB; the limit is ${MAX_DATASET_CHARS / 2 ** 20} MB)`,
    );
  });

  test('at each count limit exactly, nothing is refused for it: 200,000 sources of one claim each', () => {
    expect(DATASET_LIMITS.sources).toBe(DATASET_LIMITS.claims);
    const d = sample();
    d.sources = Array.from({ length: DATASET_LIMITS.sources }, (_, i) => ({
      id: `s${i}`,
      outlet: 'O',
      claims: [{ id: `c${i}`, text: `Claim ${i}.` }],
    }));
    expect(parseDataset(d)).toMatchObject({ ok: true, warnings: [] });
  });
});
