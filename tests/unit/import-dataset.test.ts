/** The import entry point: format recognition, our own format with reviews, and the messages for files it cannot read. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectFormat, importDataset } from '../../src/claims/import-dataset';
import { parseDataset } from '../../src/claims/validate-dataset';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'datasets');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');

describe('format recognition', () => {
  test.each([
    ['provenance-v1.json', 'provenance'],
    ['claimreview-single.json', 'claimreview'],
    ['claimreview-graph.json', 'claimreview'],
    ['claimreview-feed.json', 'claimreview'],
    ['claims-sample.jsonl', 'jsonl'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(read(name))).toBe(format);
  });

  test('a one-line JSON Lines file is JSON Lines, and a list of ClaimReviews is ClaimReview', () => {
    expect(detectFormat('{"vclaim": "Cats can see in total darkness."}')).toBe('jsonl');
    expect(detectFormat('[{"@type": "http://schema.org/ClaimReview", "claimReviewed": "x"}]')).toBe('claimreview');
  });

  test.each([['{"hello": 1}'], ['[1, 2, 3]']])('%s is no known format', (text) => {
    expect(detectFormat(text)).toBeNull();
    const result = importDataset(text, 'auto', { fileName: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^this file is in no format Provenance imports/);
  });

  test.each([
    ['plain text', 'the file is not valid JSON at line 1, column 1'],
    ['{\n  "format": "provenance-dataset",\n  "version": one\n}', 'the file is not valid JSON at line 3, column 14'],
  ])('%j, recognised automatically, is refused with where its JSON breaks', (text, expected) => {
    expect(detectFormat(text, 'broken.json')).toBeNull();
    const result = importDataset(text, 'auto', { fileName: 'broken.json' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.stringContaining(expected)]);
  });

  test('an explicit format is used as given: a ClaimReview file read as JSON Lines fails on its lines', () => {
    const result = importDataset(read('claimreview-single.json'), 'jsonl', { fileName: 'x.json' });
    expect(result.ok).toBe(false);
  });

  test('an empty file says so', () => {
    expect(importDataset('  \n', 'auto', { fileName: 'x' })).toEqual({
      ok: false,
      format: null,
      errors: ['the file is empty'],
    });
  });
});

describe('our own format', () => {
  test('a version 1 file imports with its own id and name, and reviews survive', () => {
    const result = importDataset(read('provenance-v1.json'), 'auto', { fileName: 'renamed.json', id: 'ignored' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect([result.dataset.id, result.dataset.name]).toEqual(['fixture-v1', 'Format version 1 fixture']);
    expect(result.dataset).toEqual(JSON.parse(read('provenance-v1.json')));
    expect(result.warnings).toEqual([]);
  });

  test('claims without a review have no review key, so a dataset without reviews keeps its bytes', () => {
    const result = importDataset(read('provenance-v1.json'), 'provenance', { fileName: 'x.json' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(Object.keys(result.dataset.sources[0]!.claims[0]!)).toEqual(['id', 'text', 'attribution']);
  });

  test.each([
    [{ reviewer: '', rating: 'False' }, /claims\[0\]\.review\.reviewer: expected a non-empty string/],
    [{ reviewer: 'X', rating: 3 }, /claims\[0\]\.review\.rating: expected a string or null/],
    ['False', /claims\[0\]\.review: expected an object/],
  ])('a malformed review %j is an error naming it', (review, message) => {
    const dataset = JSON.parse(read('provenance-v1.json')) as {
      sources: Array<{ claims: Array<Record<string, unknown>> }>;
    };
    dataset.sources[0]!.claims[0]!.review = review;
    const result = parseDataset(dataset);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });

  test('a review link that is not http(s) and a date that is not ISO are dropped with warnings', () => {
    const dataset = JSON.parse(read('provenance-v1.json')) as {
      sources: Array<{ claims: Array<Record<string, unknown>> }>;
    };
    dataset.sources[0]!.claims[0]!.review = {
      reviewer: 'X',
      rating: null,
      url: 'javascript:alert(1)',
      date: 'yesterday',
    };
    const result = parseDataset(dataset);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.sources[0]!.claims[0]!.review).toEqual({
      reviewer: 'X',
      rating: null,
      url: null,
      date: null,
    });
    expect(result.warnings).toHaveLength(2);
  });
});
