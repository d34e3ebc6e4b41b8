/**
 * Datasets are files strangers write. Each hostile file below is refused or cleaned with a message that
 * names the field (and, for a file, its line), without a stack overflow, and without touching
 * any prototype. Storage of imported datasets does not exist yet; these are the parse-level guarantees.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { DATASET_VERSION } from '../../src/claims/dataset';
import { lineOf, linesOfPaths } from '../../src/claims/dataset-lines';
import { DATASET_LIMITS, parseDataset } from '../../src/claims/validate-dataset';

/** A valid dataset as pretty-printed text, one field per line, like a hand-edited file. */
function datasetText(change: (dataset: Record<string, any>) => void = () => {}): string {
  const dataset: Record<string, any> = {
    format: 'provenance-dataset',
    version: DATASET_VERSION,
    id: 'hostile',
    name: 'Hostile dataset',
    sources: [
      {
        id: 'a',
        outlet: 'Outlet A',
        url: 'https://example.org/a',
        claims: [
          { id: 'a#1', text: 'The council voted to build a bridge over the river.', attribution: null },
          { id: 'a#2', text: 'The bridge will open in 2027.', attribution: 'the mayor' },
        ],
      },
      { id: 'b', outlet: 'Outlet B', claims: [{ id: 'b#1', text: 'The bridge will cost ten million euros.' }] },
    ],
  };
  change(dataset);
  return JSON.stringify(dataset, null, 2);
}

/** The 1-based line of the first line of `text` containing `needle` (after `after`, if given). */
function lineContaining(text: string, needle: string, after = ''): number {
  const lines = text.split('\n');
  const start = after ? lines.findIndex((line) => line.includes(after)) : 0;
  return lines.findIndex((line, i) => i >= start && line.includes(needle)) + 1;
}

function errorsOf(input: unknown): string[] {
  const result = parseDataset(input);
  return result.ok ? [] : result.errors;
}

afterEach(() => {
  // However a test ended, no dataset may have reached Object.prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('broken files', () => {
  test.each([
    [
      'an HTML page saved as .json',
      '<!doctype html><title>x</title>',
      'the file is not valid JSON at line 1, column 1',
    ],
    [
      'a string cut off mid-line',
      '{\n  "format": "provenance-dataset",\n  "name": "unterminated\n}',
      'the file is not valid JSON at line 3',
    ],
    [
      'two documents back to back',
      '{"format":"provenance-dataset"}\n{"format":"provenance-dataset"}',
      'the file is not valid JSON at line 2, column 1',
    ],
    ['NUL bytes', '\u0000\u0000{}', 'the file is not valid JSON at line 1, column 1'],
    [
      'a stray word',
      '{\n  "format": "provenance-dataset",\n  "version": one\n}',
      'the file is not valid JSON at line 3, column 14',
    ],
    ['single quotes', "{\n  'format': 'provenance-dataset'\n}", 'the file is not valid JSON at line 2, column 3:'],
    [
      'a comment',
      '{\n  "format": "provenance-dataset", // the format\n  "version": 1\n}',
      'the file is not valid JSON at line 2, column 35:',
    ],
  ])('%s is refused with its line and column', (_name, text, expected) => {
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(expected);
  });

  test('a byte-order mark is ignored, and lines are still counted from the first line', () => {
    expect(parseDataset(`\uFEFF${datasetText()}`).ok).toBe(true);
    const text = `\uFEFF${datasetText((d) => {
      d.sources[0].claims[1].text = 42;
    })}`;
    expect(errorsOf(text)).toEqual([
      `sources[0].claims[1].text (line ${lineContaining(text, '"text": 42')}): expected a non-empty string, found a number (42)`,
    ]);
  });
});

describe('deep nesting does not overflow the stack', () => {
  test.each([
    [
      '100,000 nested lists as the file',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      '(the whole file): expected a JSON object',
    ],
    [
      '100,000 nested lists as the sources',
      datasetText().replace(/"sources": \[[\s\S]*\]\n}$/, `"sources": ${'['.repeat(100_000)}${']'.repeat(100_000)}\n}`),
      'sources[0] (line 6): expected a source object, found a list',
    ],
    [
      '100,000 nested objects in a claim',
      datasetText().replace(
        '"text": "The bridge will open in 2027."',
        `"text": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
      ),
      'sources[0].claims[1].text',
    ],
  ])('%s', (_name, text, expected) => {
    const errors = errorsOf(text);
    expect(errors.join('\n')).toContain(expected);
  });
});

describe('sheer size is refused by the caps, before any work on it', () => {
  test('a million claims', () => {
    const claims = Array.from({ length: 1_000_000 }, (_, i) => `{"id":"c${i}","text":"Claim ${i}."}`).join(',\n');
    const text = `{"format":"provenance-dataset","version":1,"id":"x","name":"x","sources":[\n{"id":"a","outlet":"o","claims":[\n${claims}]}]}`;
    expect(errorsOf(text)).toEqual([
      'sources[0].claims (line 2): the dataset has more than 200,000 claims, the most Provenance can check against; split it into smaller datasets',
    ]);
  });

  test('a million sources', () => {
    const sources = Array.from({ length: 1_000_000 }, () => '{}').join(',');
    expect(errorsOf(`{"format":"provenance-dataset","version":1,"id":"x","name":"x","sources":[${sources}]}`)).toEqual([
      'sources (line 1): the dataset has 1,000,000 sources, more than the 200,000 Provenance accepts (one for each claim it can hold); split it into smaller datasets',
    ]);
  });

  test('a file over the size limit is refused before parsing', () => {
    expect(errorsOf(' '.repeat(97 * 1024 * 1024))[0]).toMatch(/^the file is too large \(97 MB; the limit is 96 MB\)$/);
  });
});

describe('duplicate ids name both places', () => {
  test('sources and claims, with the line of the repeat', () => {
    const text = datasetText((d) => {
      d.sources[1].id = 'a';
      d.sources[1].claims[0].id = 'a#2';
    });
    expect(errorsOf(text)).toEqual([
      `sources[1].id (line ${lineContaining(text, '"id": "a"', '"outlet": "Outlet A"')}): duplicate source id "a" (already used at sources[0].id)`,
      `sources[1].claims[0].id (line ${lineContaining(text, '"id": "a#2"', '"outlet": "Outlet B"')}): duplicate claim id "a#2" (already used at sources[0].claims[1].id)`,
    ]);
  });
});

describe('prototype keys', () => {
  test.each(['__proto__', 'constructor', 'prototype'])(
    'a "%s" key at every level changes no prototype and is named in a warning',
    (key) => {
      const payload = `"${key}": {"polluted": "yes", "prototype": {"polluted": "yes"}}`;
      const text = datasetText()
        .replace('"name": "Hostile dataset",', `"name": "Hostile dataset", ${payload},`)
        .replace('"outlet": "Outlet B",', `"outlet": "Outlet B", ${payload},`)
        .replace('"id": "a#1",', `"id": "a#1", ${payload},`);
      const result = parseDataset(text);
      if (!result.ok) throw new Error(result.errors.join('\n'));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      for (const value of [result.dataset, result.dataset.sources[1], result.dataset.sources[0]!.claims[0]]) {
        expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
        expect((value as unknown as Record<string, unknown>).polluted).toBeUndefined();
      }
      expect(result.warnings).toEqual([
        `(top level): ignored unknown field "${key}"`,
        `sources[0].claims[0] (line ${lineContaining(text, '"id": "a#1"') - 1}): ignored unknown field "${key}"`,
        `sources[1] (line ${lineContaining(text, '"id": "b"') - 1}): ignored unknown field "${key}"`,
      ]);
    },
  );
});

describe('links and markup', () => {
  test.each([
    'javascript:alert(1)',
    ' JavaScript:alert(document.domain)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    'chrome-extension://abc/popup.html',
  ])('the link %j is dropped with a warning on its line', (url) => {
    const text = datasetText((d) => {
      d.sources[0].url = url;
    });
    const result = parseDataset(text);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.sources[0]!.url).toBeNull();
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      new RegExp(
        `^sources\\[0\\]\\.url \\(line ${lineContaining(text, '"url"')}\\): only http and https links are allowed`,
      ),
    );
  });

  test('HTML in every text field is kept as the literal characters (the UI shows text, never markup)', () => {
    const markup = '<img src=x onerror="window.polluted=1"><script>alert(1)</script>';
    const result = parseDataset(
      datasetText((d) => {
        d.name = markup;
        d.sources[0].outlet = markup;
        d.sources[0].author = markup;
        d.sources[0].title = markup;
        d.sources[0].claims[0].text = markup;
        d.sources[0].claims[0].attribution = markup;
      }),
    );
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const source = result.dataset.sources[0]!;
    expect([
      result.dataset.name,
      source.outlet,
      source.author,
      source.title,
      source.claims[0]!.text,
      source.claims[0]!.attribution,
    ]).toEqual(Array(6).fill(markup));
  });

  test('text-direction overrides and control characters that could disguise an outlet are removed, with a warning', () => {
    const result = parseDataset(
      datasetText((d) => {
        d.sources[0].outlet = 'Reuters\u202E moc.live\u202C';
        d.sources[0].author = 'Ann\u0000 Author\u2066';
      }),
    );
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.sources[0]!.outlet).toBe('Reuters moc.live');
    expect(result.dataset.sources[0]!.author).toBe('Ann Author');
    expect(result.warnings.join('\n')).toMatch(
      /sources\[0\]\.outlet \(line \d+\): removed 2 invisible control or text-direction characters/,
    );
  });

  test('right-to-left text without control characters is kept as is', () => {
    const result = parseDataset(
      datasetText((d) => {
        d.sources[0].outlet = 'الجزيرة';
        d.sources[0].author = 'דנה לוי';
      }),
    );
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  test('a field that is only invisible characters counts as empty', () => {
    expect(
      errorsOf(
        datasetText((d) => {
          d.sources[0].outlet = '\u202E\u202C';
        }),
      )[0],
    ).toMatch(/^sources\[0\]\.outlet \(line \d+\): expected a non-empty string, found only invisible characters/);
  });
});

describe('schema versions', () => {
  test.each<[string, unknown, RegExp]>([
    [
      'newer',
      DATASET_VERSION + 1,
      /^version \(line 3\): this dataset was made by a newer Provenance \(format version 2; this one reads up to version 1\)\. Update Provenance to load it$/,
    ],
    ['far newer', 1e300, /^version \(line 3\): this dataset was made by a newer Provenance/],
    ['older than any', 0, /^version \(line 3\): expected a whole number from 1 up, such as 1, found a number \(0\)$/],
    ['negative', -1, /^version \(line 3\): expected a whole number from 1 up/],
    ['fractional', 1.5, /^version \(line 3\): expected a whole number from 1 up/],
    ['text', '1', /^version \(line 3\): expected a whole number from 1 up, such as 1, found a string \("1"\)$/],
  ])('%s (%j) is refused, naming the line', (_name, version, expected) => {
    const errors = errorsOf(
      datasetText((d) => {
        d.version = version;
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(expected);
  });

  test('missing is refused', () => {
    expect(
      errorsOf(
        datasetText((d) => {
          delete d.version;
        }),
      ),
    ).toEqual(['version: missing: a dataset must say which format version it uses (this Provenance reads version 1)']);
  });
});

describe('linesOfPaths', () => {
  test('is not fooled by brackets, commas, quotes and escapes inside strings, and counts a repeated key last', () => {
    const text = '{\n"a": "x,[{\\"]}",\n"b\\u0022": 1,\n"c": [\n  {"d": "}"},\n  {"d": null}\n],\n"a": 2\n}';
    const lines = linesOfPaths(text, new Set(['a', 'b"', 'c', 'c[1]', 'c[1].d', 'c[0].d']));
    expect(Object.fromEntries(lines)).toEqual({ a: 8, 'b"': 3, c: 4, 'c[0].d': 5, 'c[1]': 6, 'c[1].d': 6 });
  });

  test('a missing field is placed on the line of the object that lacks it', () => {
    const lines = linesOfPaths('{"s": [\n{},\n{"x": 1}]}', new Set(['s', 's[1]', 's[1].outlet']));
    expect(lineOf('s[1].outlet', lines)).toBe(3);
    expect(lineOf('missing', lines)).toBeNull();
  });

  test('limits stay far above real datasets', () => {
    expect(DATASET_LIMITS.claims).toBeGreaterThanOrEqual(100_000);
  });
});
