import { describe, expect, test } from 'vitest';
import { readFncStances } from '../../src/eval/fnc-data';
import { formatFncPredictions } from '../../src/eval/fnc-predictions';
import { formatTrecRun } from '../../src/eval/trec-run';

describe('FNC predictions writer', () => {
  const pairs = [
    { headline: 'Plain headline', bodyId: '12' },
    { headline: 'Comma, "quotes" and\na line break', bodyId: '7' },
  ];

  test('writes the official header and quotes what must be quoted', () => {
    expect(formatFncPredictions(pairs, ['agree', 'unrelated'])).toBe(
      'Headline,Body ID,Stance\nPlain headline,12,agree\n"Comma, ""quotes"" and\na line break",7,unrelated\n',
    );
  });

  test('what it writes reads back in input order', () => {
    const read = readFncStances(formatFncPredictions(pairs, ['discuss', 'disagree']));
    expect(read).toEqual({
      ok: true,
      labelled: true,
      pairs: [
        { ...pairs[0], stance: 'discuss' },
        { ...pairs[1], stance: 'disagree' },
      ],
    });
  });
});

describe('TREC run writer', () => {
  test('qid Q0 docid rank score run, ranks from 1, one line per hit', () => {
    const run = formatTrecRun(
      [
        {
          qid: 'tweet-1',
          hits: [
            { id: 'vclaim-a', score: 12.5 },
            { id: 'vclaim-b', score: 3 },
          ],
        },
        { qid: 'tweet-2', hits: [] },
        { qid: 'tweet-3', hits: [{ id: 'vclaim-c', score: 0.1234567 }] },
      ],
      'bm25',
    );
    expect(run).toBe(
      'tweet-1\tQ0\tvclaim-a\t1\t12.500000\tbm25\ntweet-1\tQ0\tvclaim-b\t2\t3.000000\tbm25\ntweet-3\tQ0\tvclaim-c\t1\t0.123457\tbm25\n',
    );
  });

  test('a run name with spaces would break the columns and is refused', () => {
    expect(() => formatTrecRun([], 'my run')).toThrow(RangeError);
  });
});
