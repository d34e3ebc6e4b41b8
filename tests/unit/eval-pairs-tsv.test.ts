import { describe, expect, test } from 'vitest';
import { formatPairPredictions, formatPairTsv, readPairTsv } from '../../src/eval/pair-tsv';

describe('readPairTsv', () => {
  test('finds the columns by header name, in any order, and ignores extra columns', () => {
    const text = 'gold\tnote\tpassage\tid\tclaim\nconflicts\tx\tThe US denied it.\tp1\tThe US confirmed it.\n';
    expect(readPairTsv(text)).toEqual({
      ok: true,
      pairs: [{ id: 'p1', claim: 'The US confirmed it.', passage: 'The US denied it.', gold: 'conflicts' }],
    });
  });

  test('tolerates a byte-order mark, CRLF line ends and blank lines', () => {
    // The passage comes last, so a kept carriage return would end up in its text.
    const text = '\uFEFFid\tclaim\tgold\tpassage\r\n\r\na\tOne.\tcorroborates\tUno.\r\n   \nb\tTwo.\tneither\tDos.\r\n';
    const read = readPairTsv(text);
    if (!read.ok) throw new Error(read.reason);
    expect(read.pairs.map((pair) => [pair.id, pair.passage, pair.gold])).toEqual([
      ['a', 'Uno.', 'corroborates'],
      ['b', 'Dos.', 'neither'],
    ]);
  });

  test.each([
    [
      'a line with a missing field',
      'id\tclaim\tpassage\tgold\na\tOne.\tUno.\tneither\nb\tTwo.\tneither\n',
      'line 3: 3 tab-separated fields, the header has 4',
    ],
    [
      'a line with an extra tab',
      'id\tclaim\tpassage\tgold\n\na\tOne.\tUno.\tmore\tneither\n',
      'line 3: 5 tab-separated fields, the header has 4',
    ],
    [
      'an unknown gold label',
      'id\tclaim\tpassage\tgold\na\tOne.\tUno.\tneither\nb\tTwo.\tDos.\trelated\n',
      'line 3: unknown gold label "related"',
    ],
    ['an empty field', 'id\tclaim\tpassage\tgold\na\t \tUno.\tneither\n', 'line 2: empty claim'],
    [
      'a repeated id',
      'id\tclaim\tpassage\tgold\na\tOne.\tUno.\tneither\na\tTwo.\tDos.\tneither\n',
      'line 3: id a already used on line 2',
    ],
    ['a missing column', 'id\tclaim\ttext\tgold\na\tOne.\tUno.\tneither\n', 'line 1: missing column(s) passage'],
    ['an empty file', '\uFEFF\n\n', 'the file is empty'],
  ])('%s is an error naming its line', (_, text, reason) => {
    const read = readPairTsv(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toContain(reason);
  });
});

describe('writing pairs and predictions', () => {
  const pairs = [
    {
      id: 's:1',
      claim: 'A man plays a guitar.',
      passage: 'A man is\tplaying\r\nguitar.',
      gold: 'corroborates' as const,
    },
    { id: 's:2', claim: 'Nobody is dancing.', passage: 'A woman dances.', gold: 'conflicts' as const },
  ];

  test('a pairs file reads back as the same pairs; tabs and line breaks inside a field become a space', () => {
    const text = formatPairTsv(pairs);
    expect(text.split('\n')[0]).toBe('id\tclaim\tpassage\tgold');
    expect(readPairTsv(text)).toEqual({
      ok: true,
      pairs: [{ ...pairs[0], passage: 'A man is playing guitar.' }, pairs[1]],
    });
  });

  test('predictions: a header, then id, three-way relation and score, one line a pair in input order', () => {
    const text = formatPairPredictions([
      { id: 's:1', relation: 'neither', score: 0.25 },
      { id: 's:2', relation: 'conflicts', score: 1 },
    ]);
    expect(text).toBe('id\trelation\tscore\ns:1\tneither\t0.25\ns:2\tconflicts\t1\n');
  });
});
