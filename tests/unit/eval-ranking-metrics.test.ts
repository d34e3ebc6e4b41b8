import { describe, expect, test } from 'vitest';
import { evaluateCheckThat } from '../../src/eval/evaluate-checkthat';
import { averagePrecisionAt, meanOverQueries, recallAt } from '../../src/eval/ranking-metrics';

const ranked = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('average precision at k', () => {
  test.each<[number, string[], number]>([
    [5, ['c'], 1 / 3],
    [1, ['c'], 0],
    [1, ['a'], 1],
    [5, ['f'], 0],
    [6, ['f'], 1 / 6],
    [5, ['a', 'd'], (1 / 1 + 2 / 4) / 2],
    [3, ['a', 'd'], 1 / 2],
    [5, ['z'], 0],
  ])('AP@%i with relevant %j', (k, relevant, expected) => {
    expect(averagePrecisionAt(k, ranked, new Set(relevant))).toBeCloseTo(expected, 12);
  });

  test('a repeated id is credited once', () => {
    expect(averagePrecisionAt(5, ['a', 'a', 'b'], new Set(['a', 'b']))).toBeCloseTo((1 + 2 / 3) / 2, 12);
  });
});

describe('recall at k', () => {
  test.each<[number, string[], number]>([
    [5, ['c'], 1],
    [2, ['c'], 0],
    [3, ['a', 'd'], 0.5],
    [5, ['a', 'd'], 1],
  ])('recall@%i with relevant %j', (k, relevant, expected) => {
    expect(recallAt(k, ranked, new Set(relevant))).toBe(expected);
  });
});

describe('means over queries', () => {
  test('a judged query with no ranking counts as 0', () => {
    const qrels = new Map([
      ['q1', new Set(['a'])],
      ['q2', new Set(['x'])],
    ]);
    const rankings = new Map([['q1', ['b', 'a']]]);
    expect(meanOverQueries(qrels, rankings, (r, rel) => averagePrecisionAt(5, r, rel))).toBeCloseTo(0.25, 12);
  });

  test('evaluateCheckThat with a fixed ranker: MAP@1, MAP@5, recall@5 by hand', () => {
    const results: Record<string, string[]> = {
      'q1 text': ['c1', 'c2'],
      'q2 text': ['c9', 'c8', 'c3'],
      'q3 text': ['c7', 'c6', 'c5', 'c4', 'c3', 'c2'],
    };
    const ranker = {
      search: (query: string, limit: number) =>
        (results[query] ?? []).slice(0, limit).map((id, i) => ({ id, score: 10 - i })),
    };
    const queries = [
      { id: 'q1', text: 'q1 text' },
      { id: 'q2', text: 'q2 text' },
      { id: 'q3', text: 'q3 text' },
    ];
    const qrels = new Map([
      ['q1', new Set(['c1'])],
      ['q2', new Set(['c3'])],
      ['q3', new Set(['c2'])],
    ]);
    const result = evaluateCheckThat(queries, qrels, ranker, { depth: 10 });
    expect(result.map1).toBeCloseTo(1 / 3, 12);
    expect(result.map5).toBeCloseTo((1 + 1 / 3 + 0) / 3, 12);
    expect(result.recall5).toBeCloseTo(2 / 3, 12);
    expect(result.map10).toBeCloseTo((1 + 1 / 3 + 1 / 6) / 3, 12);
    expect(result.rankings.map((r) => r.qid)).toEqual(['q1', 'q2', 'q3']);
  });

  test('a --limit run is scored only on the queries it asked', () => {
    const ranker = { search: () => [{ id: 'c1', score: 1 }] };
    const qrels = new Map([
      ['q1', new Set(['c1'])],
      ['q2', new Set(['c2'])],
    ]);
    const result = evaluateCheckThat([{ id: 'q1', text: 'x' }], qrels, ranker);
    expect(result.judgedQueries).toBe(1);
    expect(result.map5).toBe(1);
  });
});
