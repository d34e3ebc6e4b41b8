/** ClaimReview JSON-LD → dataset: golden files for each container shape, and the mapping field by field. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importClaimReview, ratingOf } from '../../src/claims/import-claimreview';
import { expectGoldenJson } from './support/golden-file';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'datasets');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');

describe('ClaimReview import, golden files', () => {
  test.each(['claimreview-single.json', 'claimreview-graph.json', 'claimreview-feed.json'])('%s', (name) => {
    expectGoldenJson(
      importClaimReview(read(name), { fileName: name }),
      join(DIR, name.replace(/\.json$/, '.expected.json')),
    );
  });
});

describe('ClaimReview fields', () => {
  test('claimReviewed is the claim, itemReviewed.author who made it, the review author the outlet, the rating the reviewer’s verdict', () => {
    const result = importClaimReview(read('claimreview-single.json'), { fileName: 'claimreview-single.json' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [source] = result.dataset.sources;
    expect(source).toMatchObject({
      outlet: 'Example Fact Check',
      author: null,
      publishedTime: '2024-03-12',
      url: 'https://factcheck.example.org/2024/03/lemon-water-coronavirus',
      title: 'No, hot lemon water does not cure the coronavirus',
    });
    expect(source!.claims).toEqual([
      {
        id: 'review-1#1',
        text: 'Drinking hot water with lemon kills the coronavirus in the throat.',
        attribution: 'A viral Facebook post',
        review: {
          rating: 'False',
          reviewer: 'Example Fact Check',
          url: 'https://factcheck.example.org/2024/03/lemon-water-coronavirus',
          date: '2024-03-12',
        },
      },
    ]);
  });

  test('a publisher is the fact-checker and a Person author the byline; several claimants are listed together', () => {
    const result = importClaimReview(read('claimreview-graph.json'), { fileName: 'g.json' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const bridge = result.dataset.sources[0]!;
    expect([bridge.outlet, bridge.author]).toEqual(['Checkers Network', 'Sam Checker']);
    expect(bridge.claims[0]!.attribution).toBe('Councillor Jane Roe, Millbrook Gazette');
    expect(bridge.claims[0]!.review?.rating).toBe('2 on a scale of 1 to 5');
  });

  test('bad links and dates are left out and reviews without a claim or a fact-checker are skipped, each named by its line and path', () => {
    const result = importClaimReview(read('claimreview-graph.json'), { fileName: 'g.json' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.skipped).toBe(2);
    expect(result.dataset.sources.flatMap((s) => s.claims.map((c) => c.text))).toEqual([
      'The Millbrook bridge will close for two years starting in April.',
      'Tap water in Millbrook contains dangerous levels of lead.',
    ]);
    expect(result.dataset.sources[1]!.url).toBeNull();
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^line 17: @graph\[2\]\.url: only http and https links are allowed/),
        expect.stringMatching(/^line 18: @graph\[2\]\.datePublished: "last Tuesday" is not a date/),
        expect.stringMatching(/^line 26: @graph\[3\]\.claimReviewed: expected a non-empty string/),
        // A missing field is located at its object.
        expect.stringMatching(/^line 30: @graph\[4\]\.author: expected the fact-checker’s name/),
      ]),
    );
  });

  test('reviews of one fact-check article (same url) are one source; a DataFeed item may be an object or a list', () => {
    const result = importClaimReview(read('claimreview-feed.json'), { fileName: 'feed.json' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.sources.map((s) => [s.url, s.claims.length])).toEqual([
      ['https://truthmeter.example.com/article/2023/solar-subsidy', 2],
      ['https://truthmeter.example.com/article/2023/wind-farms', 1],
    ]);
    expect(result.dataset.sources[1]!.claims[0]!.attribution).toBe('An online petition');
  });

  test.each([
    [{ alternateName: 'Mostly False', ratingValue: 2 }, 'Mostly False'],
    [{ ratingValue: 4, bestRating: 5, worstRating: 1 }, '4 on a scale of 1 to 5'],
    [{ ratingValue: '3' }, '3'],
    [{ '@type': 'Rating' }, null],
    ['False', null],
  ])('rating %j reads as %j', (rating, expected) => {
    expect(ratingOf(rating)).toBe(expected);
  });

  test.each([
    ['not JSON', '{"@type": "ClaimReview",', /^the file is not valid JSON/],
    ['no ClaimReview', '{"@type": "NewsArticle", "headline": "x"}', /no ClaimReview found/],
    [
      'only unusable reviews',
      '[{"@type": "ClaimReview", "author": {"name": "X"}}]',
      /^line 1: \[0\]\.claimReviewed: expected a non-empty string, found nothing/,
    ],
  ])('%s is refused with a reason', (_, text, reason) => {
    const result = importClaimReview(text, { fileName: 'x.json' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(reason);
  });
});
