import { describe, expect, test } from 'vitest';
import { formatCsvField, formatCsvRow, parseCsv } from '../../src/eval/csv';
import { readCsvTable } from '../../src/eval/table';

describe('parseCsv', () => {
  test.each([
    [
      'plain fields',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF records',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['quoted comma', '"Hello, world",7\n', [['Hello, world', '7']]],
    ['doubled quotes', '"She said ""no"", twice",x\n', [['She said "no", twice', 'x']]],
    [
      'line breaks inside quotes',
      '"line one\nline two\r\n\nline four",9\n',
      [['line one\nline two\r\n\nline four', '9']],
    ],
    ['empty fields and an empty quoted field', ',"",\n', [['', '', '']]],
    ['a byte-order mark', '\uFEFFBody ID,articleBody\n', [['Body ID', 'articleBody']]],
    ['a quote inside an unquoted field is text', 'it"s,ok\n', [['it"s', 'ok']]],
    ['only a quoted field with a comma on the last line', '"a,b"', [['a,b']]],
  ])('%s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual({ ok: true, rows });
  });

  test('an unterminated quote is an error naming the line it opened on', () => {
    expect(parseCsv('a,b\n1,"never closed\n2,3\n')).toEqual({
      ok: false,
      reason: 'a quoted field is never closed',
      line: 2,
    });
  });

  test('text after a closing quote is an error', () => {
    const parsed = parseCsv('"a"b,c\n');
    expect(parsed.ok).toBe(false);
  });
});

describe('formatCsvField / formatCsvRow', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['', ''],
  ])('%j → %s', (field, formatted) => {
    expect(formatCsvField(field)).toBe(formatted);
  });

  test('rows round-trip through the parser', () => {
    const rows = [
      ['Headline', 'Body ID', 'Stance'],
      ['Spider "burrowed", then\nleft', '1923', 'disagree'],
      ['', ' 7 ', 'agree'],
    ];
    expect(parseCsv(rows.map(formatCsvRow).join(''))).toEqual({ ok: true, rows });
  });
});

describe('readCsvTable', () => {
  test('rows are keyed by header and blank lines are skipped', () => {
    expect(readCsvTable('Headline,Body ID\nA,1\n\nB,2\n', ['Headline'])).toEqual({
      ok: true,
      columns: ['Headline', 'Body ID'],
      rows: [
        { Headline: 'A', 'Body ID': '1' },
        { Headline: 'B', 'Body ID': '2' },
      ],
    });
  });

  test('a missing column and a short record are errors', () => {
    expect(readCsvTable('Headline\nA\n', ['Headline', 'Body ID'])).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Body ID'),
    });
    expect(readCsvTable('Headline,Body ID\nA\n', ['Headline'])).toMatchObject({
      ok: false,
      reason: expect.stringContaining('record 1'),
    });
  });
});
