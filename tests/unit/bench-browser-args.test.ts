/** `npm run bench:browser`'s pure parts: its command line and how each figure is printed. */
import { describe, expect, test } from 'vitest';
import { DEFAULT_ARGS, parseBrowserBenchArgs } from '../../bench/browser-args';
import { formatSpread, spread } from '../../bench/timing';

describe('parseBrowserBenchArgs', () => {
  test.each([
    [[], DEFAULT_ARGS],
    [['--runs', '2', '--pages', '2'], { runs: 2, pages: 2, datasets: ['builtin', 'checkthat', '100k'] }],
    [['--datasets', '100k,builtin'], { runs: 5, pages: 5, datasets: ['builtin', '100k'] }],
  ])('%j', (argv, expected) => {
    expect(parseBrowserBenchArgs(argv)).toEqual(expected);
  });

  test.each([
    [['--runs', '0'], '--runs takes a whole number of at least 1, not "0"'],
    [['--pages'], '--pages takes a whole number of at least 1, not ""'],
    [['--datasets', 'builtin,fever'], '--datasets takes a list of builtin, checkthat, 100k; not "builtin,fever"'],
    [['--fast'], 'unknown argument "--fast"'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseBrowserBenchArgs(argv)).toThrow(message);
  });
});

describe('spread and formatSpread', () => {
  test.each([
    [[152.4, 140, 170.6, 151, 160], '152 ms (140–171)'],
    [[1234.5], '1,235 ms (1,235–1,235)'],
    [[], 'n/a'],
  ])('%j → %s', (values, text) => {
    expect(formatSpread(spread(values))).toBe(text);
  });
});
