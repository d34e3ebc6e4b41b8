import { describe, expect, test } from 'vitest';
import { DATASET_VERSION } from '../../src/claims/dataset';
import { DATASET_LIMITS, parseDataset } from '../../src/claims/validate-dataset';

/** A small valid dataset; each test breaks one thing in a fresh copy. */
function sample(): Record<string, any> {
  return {
    format: 'provenance-dataset',
    version: 1,
    id: 'test',
    name: 'Test dataset',
    description: null,
    sources: [
      {
        id: 'a',
        outlet: 'Outlet A',
        author: 'Ann Author',
        publishedTime: '2025-08-16',
        url: 'https://example.org/a',
        title: 'A',
        claims: [
          { id: 'a#1', text: 'The US proposed security guarantees for Ukraine.', attribution: 'a diplomatic source' },
          { id: 'a#2', text: 'Trump ruled out NATO membership for Ukraine.', attribution: null },
        ],
      },
      {
        id: 'b',
        outlet: 'Outlet B',
        author: null,
        publishedTime: null,
        url: null,
        title: null,
        claims: [{ id: 'b#1', text: 'Troops would not be sent.', attribution: null }],
      },
    ],
  };
}

function errorsOf(input: unknown): string[] {
  const result = parseDataset(input);
  return result.ok ? [] : result.errors;
}

describe('parseDataset accepts', () => {
  test('a valid dataset, as a parsed value and as JSON text (with a byte-order mark)', () => {
    for (const input of [sample(), JSON.stringify(sample()), `\uFEFF${JSON.stringify(sample(), null, 2)}`]) {
      const result = parseDataset(input);
      expect(result).toMatchObject({ ok: true, warnings: [] });
      if (result.ok) expect(result.dataset.sources[0]!.claims[0]!.attribution).toBe('a diplomatic source');
    }
  });

  test('a result that shares no object with the input', () => {
    const input = sample();
    const result = parseDataset(input);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset).not.toBe(input);
    expect(result.dataset.sources[0]).not.toBe(input.sources[0]);
    input.sources[0].claims[0].text = 'changed';
    expect(result.dataset.sources[0]!.claims[0]!.text).toBe('The US proposed security guarantees for Ukraine.');
  });

  test('missing optional fields as null', () => {
    const input = sample();
    delete input.description;
    delete input.sources[1].author;
    delete input.sources[1].claims[0].attribution;
    const result = parseDataset(input);
    expect(result.ok && result.dataset.description).toBeNull();
    expect(result.ok && result.dataset.sources[1]!.author).toBeNull();
    expect(result.ok && result.dataset.sources[1]!.claims[0]!.attribution).toBeNull();
  });
});

describe("a claim's antecedent", () => {
  test('is kept when given, and absent (not null) when not, so datasets without it keep their bytes', () => {
    const input = sample();
    input.sources[0].claims[1].antecedent = 'The proposed deal';
    const result = parseDataset(input);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.sources[0]!.claims[1]!.antecedent).toBe('The proposed deal');
    expect(Object.keys(result.dataset.sources[0]!.claims[0]!)).not.toContain('antecedent');
    expect(result.warnings).toEqual([]);
  });

  test('that is not a string is an error', () => {
    const input = sample();
    input.sources[0].claims[1].antecedent = 5;
    expect(errorsOf(input).join('\n')).toContain('sources[0].claims[1].antecedent: expected a string or null');
  });
});

describe('parseDataset repairs with a warning', () => {
  test.each([
    ['a javascript: link', 'url', 'javascript:alert(1)', 'sources[0].url: only http and https links are allowed'],
    [
      'a data: link',
      'url',
      'data:text/html,<script>x</script>',
      'sources[0].url: only http and https links are allowed',
    ],
    ['a relative link', 'url', '/news/a', 'sources[0].url: only http and https links are allowed'],
    [
      'a date that is not ISO 8601',
      'publishedTime',
      'Aug 16, 2025',
      'sources[0].publishedTime: "Aug 16, 2025" is not an ISO 8601 date',
    ],
    [
      'an impossible date',
      'publishedTime',
      '2025-13-45',
      'sources[0].publishedTime: "2025-13-45" is not an ISO 8601 date',
    ],
  ])('%s', (_name, field, value, warning) => {
    const input = sample();
    input.sources[0][field] = value;
    const result = parseDataset(input);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.dataset.sources[0]![field as 'url']).toBeNull();
    expect(result.warnings.join('\n')).toContain(warning);
  });

  test('unknown fields are left out and named', () => {
    const input = sample();
    input.sources[0].athor = 'typo';
    const result = parseDataset(input);
    expect(result.ok && result.warnings).toEqual(['sources[0]: ignored unknown field "athor"']);
    expect(result.ok && Object.keys(result.dataset.sources[0]!)).not.toContain('athor');
  });
});

describe('parseDataset rejects', () => {
  test.each<[string, (d: Record<string, any>) => unknown, string]>([
    [
      'a wrong format',
      (d) => ({ ...d, format: 'something-else' }),
      'format: expected "provenance-dataset", found a string ("something-else"): this file is not a Provenance dataset',
    ],
    [
      'a missing format',
      (d) => ({ ...d, format: undefined }),
      'format: expected "provenance-dataset", found no "format" field',
    ],
    ['a missing version', (d) => ({ ...d, version: undefined }), 'version: missing'],
    ['a version given as text', (d) => ({ ...d, version: '1' }), 'version: expected a whole number from 1 up'],
    [
      'a version from a newer Provenance',
      (d) => ({ ...d, version: DATASET_VERSION + 1 }),
      'version: this dataset was made by a newer Provenance',
    ],
    ['a top-level list', () => [], '(the whole file): expected a JSON object'],
    [
      'missing sources',
      (d) => ({ ...d, sources: undefined }),
      'sources: expected a list of sources, found nothing (the field is missing)',
    ],
    [
      'a claim text that is a number',
      (d) => {
        d.sources[1].claims[0].text = 5;
        return d;
      },
      'sources[1].claims[0].text: expected a non-empty string, found a number (5)',
    ],
    [
      'an empty claim text',
      (d) => {
        d.sources[0].claims[1].text = '  ';
        return d;
      },
      'sources[0].claims[1].text: expected a non-empty string',
    ],
    [
      'a missing outlet',
      (d) => {
        delete d.sources[1].outlet;
        return d;
      },
      'sources[1].outlet: expected a non-empty string, found nothing (the field is missing)',
    ],
    [
      'an author that is not a string',
      (d) => {
        d.sources[0].author = ['x'];
        return d;
      },
      'sources[0].author: expected a string or null, found a list',
    ],
    [
      'an attribution that is an object',
      (d) => {
        d.sources[0].claims[0].attribution = {};
        return d;
      },
      'sources[0].claims[0].attribution: expected a string or null, found an object',
    ],
    [
      'a claim that is not an object',
      (d) => {
        d.sources[0].claims[1] = 'text';
        return d;
      },
      'sources[0].claims[1]: expected a claim object',
    ],
    [
      'claims that are not a list',
      (d) => {
        d.sources[0].claims = {};
        return d;
      },
      'sources[0].claims: expected a list of claims, found an object',
    ],
    [
      'a duplicate source id',
      (d) => {
        d.sources[1].id = 'a';
        return d;
      },
      'sources[1].id: duplicate source id "a" (already used at sources[0].id)',
    ],
    [
      'a duplicate claim id across sources',
      (d) => {
        d.sources[1].claims[0].id = 'a#2';
        return d;
      },
      'sources[1].claims[0].id: duplicate claim id "a#2" (already used at sources[0].claims[1].id)',
    ],
    [
      'an over-long claim',
      (d) => {
        d.sources[0].claims[0].text = 'x'.repeat(DATASET_LIMITS.claimChars + 1);
        return d;
      },
      'sources[0].claims[0].text: too long (5,001 characters; the limit is 5,000)',
    ],
    [
      'an over-long outlet',
      (d) => {
        d.sources[0].outlet = 'x'.repeat(10_000);
        return d;
      },
      'sources[0].outlet: too long',
    ],
  ])('%s', (_name, breakIt, expected) => {
    const errors = errorsOf(breakIt(sample()));
    expect(errors.join('\n')).toContain(expected);
  });

  test.each([
    [
      'a missing comma',
      '{\n  "format": "provenance-dataset"\n  "version": 1\n}',
      'the file is not valid JSON at line 3, column 3',
    ],
    ['a trailing comma', '{"format": "provenance-dataset",}', 'the file is not valid JSON at line 1, column 33'],
    ['text cut short', '{"format": ', 'the file is not valid JSON at line 1, column 12'],
    ['an empty file', '\uFEFF  ', 'the file is empty'],
  ])('JSON with %s, located by line and column', (_name, text, expected) => {
    expect(errorsOf(text)[0]).toContain(expected);
  });

  test('more claims than the cap, with a clear error', () => {
    const input = sample();
    input.sources[0].claims = Array.from({ length: DATASET_LIMITS.claims + 1 }, (_, i) => ({
      id: `c${i}`,
      text: 'x',
      attribution: null,
    }));
    expect(errorsOf(input)).toEqual([
      'sources[0].claims: the dataset has more than 200,000 claims, the most Provenance can check against; split it into smaller datasets',
    ]);
  });

  test('a long list of problems is cut to a readable length', () => {
    const input = sample();
    input.sources[0].claims = Array.from({ length: 500 }, () => ({ id: 7, text: null }));
    const errors = errorsOf(input);
    expect(errors.length).toBeLessThanOrEqual(51);
    expect(errors.at(-1)).toBe('…and possibly more errors: reading stopped after the first 50');
  });
});

describe('parseDataset keeps prototypes clean', () => {
  const hostile =
    '{"format":"provenance-dataset","version":1,"id":"x","name":"x","__proto__":{"polluted":"yes"},' +
    '"constructor":{"prototype":{"polluted":"yes"}},"sources":[{"id":"a","outlet":"o","__proto__":{"polluted":"yes"},' +
    '"claims":[{"id":"a#1","text":"A claim of six words here.","__proto__":{"polluted":"yes"},"prototype":{"polluted":"yes"}}]}]}';

  test('__proto__, constructor and prototype keys are ignored', () => {
    const result = parseDataset(hostile);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((result.dataset as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect((result.dataset.sources[0] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.dataset)).toBe(Object.prototype);
    expect(Object.keys(result.dataset.sources[0]!.claims[0]!)).toEqual(['id', 'text', 'attribution']);
  });

  test('inherited fields do not count as present', () => {
    const inherited = Object.create(sample()) as object;
    expect(errorsOf(inherited)[0]).toContain('format: expected "provenance-dataset", found no "format" field');
  });

  test('a getter that throws is reported, not thrown', () => {
    const input = sample();
    Object.defineProperty(input.sources[0], 'outlet', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(errorsOf(input)[0]).toContain('could not be read: boom');
  });
});
