/**
 * Property-based tests over dataset parsing: any JSON value, any text, any valid dataset with one thing
 * broken. `parseDataset` never throws, answers with a dataset or a non-empty list of messages, never
 * pollutes a prototype; the syntax-error locator agrees with `JSON.parse` on what is valid; and the
 * line numbers in messages point at the field they name.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { linesOfPaths } from '../../src/claims/dataset-lines';
import { jsonErrorOffset } from '../../src/claims/json-error-offset';
import { withoutInvisible } from '../../src/claims/display-text';
import { parseDataset } from '../../src/claims/validate-dataset';

function checkAnswer(input: unknown): void {
  const result = parseDataset(input);
  if (result.ok) {
    expect(Object.getPrototypeOf(result.dataset)).toBe(Object.prototype);
    expect(result.warnings.every((warning) => typeof warning === 'string')).toBe(true);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.every((error) => typeof error === 'string' && error.length > 0)).toBe(true);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** A well-formed dataset, generated. */
const claim = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }).filter((id) => id.trim() !== ''),
  text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).filter((text) => text.trim() !== ''),
  attribution: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
});
const source = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }).filter((id) => id.trim() !== ''),
  outlet: fc.string({ minLength: 1, maxLength: 30 }).filter((outlet) => outlet.trim() !== ''),
  url: fc.option(fc.webUrl(), { nil: null }),
  claims: fc.array(claim, { minLength: 1, maxLength: 4 }),
});
const dataset = fc.record({
  format: fc.constant('provenance-dataset'),
  version: fc.constant(1),
  id: fc.constant('fuzz'),
  name: fc.constant('Fuzz'),
  sources: fc.array(source, { minLength: 1, maxLength: 4 }),
});

/** Keys a hostile file uses to reach prototypes, mixed into random objects. */
const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'polluted',
  'format',
  'sources',
  'claims',
  'id',
  'text',
);

describe('parseDataset answers every input without throwing', () => {
  test('any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => checkAnswer(value)),
      { numRuns: 300 },
    );
  });

  test('any JavaScript value, with hostile keys', () => {
    const hostile = fc.dictionary(hostileKey, fc.anything({ maxDepth: 3 }), { maxKeys: 5 });
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 4 }), hostile), (value) => checkAnswer(value)),
      { numRuns: 300 },
    );
  });

  test('any text, and JSON text with a __proto__ key anywhere', () => {
    const protoText = fc
      .jsonValue()
      .map((value) =>
        JSON.stringify({ __proto__: { polluted: 1 }, value }).replace('"value"', '"__proto__":{"polluted":2},"value"'),
      );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json(), protoText), (text) =>
        checkAnswer(text),
      ),
      { numRuns: 300 },
    );
  });

  test('a valid dataset with one field replaced by anything', () => {
    const fields = [
      'format',
      'version',
      'id',
      'name',
      'sources',
      'sources.0',
      'sources.0.id',
      'sources.0.outlet',
      'sources.0.url',
      'sources.0.claims',
      'sources.0.claims.0',
      'sources.0.claims.0.id',
      'sources.0.claims.0.text',
      'sources.0.claims.0.attribution',
    ];
    fc.assert(
      fc.property(dataset, fc.constantFrom(...fields), fc.anything({ maxDepth: 2 }), (value, path, replacement) => {
        const keys = path.split('.');
        let target: Record<string, unknown> = value as unknown as Record<string, unknown>;
        for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
        target[keys.at(-1)!] = replacement;
        checkAnswer(value);
        checkAnswer(JSON.stringify(value, null, 2) ?? '');
      }),
      { numRuns: 300 },
    );
  });

  test('generated valid datasets load (the properties above are not vacuous)', () => {
    fc.assert(
      fc.property(dataset, (value) => {
        // Ids are compared as the reader keeps them (invisible characters out, trimmed): "A" and " A" are one.
        const kept = (id: string) => withoutInvisible(id).trim();
        const ids = value.sources.flatMap((s) => s.claims.map((c) => kept(c.id)));
        const sourceIds = value.sources.map((s) => kept(s.id));
        fc.pre(new Set(ids).size === ids.length && new Set(sourceIds).size === sourceIds.length);
        expect(parseDataset(JSON.stringify(value)).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('jsonErrorOffset', () => {
  test('agrees with JSON.parse on what is valid, for random text and for JSON with one character changed', () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '"', '{', '}', '[', ']', ':', 'x', '0', '-', '\\', '\n', ' ', 'tru', '1e', '.5'),
      )
      .map(([json, at, insert]) => {
        const i = json.length === 0 ? 0 : at % json.length;
        return json.slice(0, i) + insert + json.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string({ maxLength: 40 })), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const offset = jsonErrorOffset(text);
        expect(offset === null).toBe(valid);
        if (offset !== null) expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('linesOfPaths', () => {
  test('finds each claim text on the line that holds it, in any pretty-printed dataset', () => {
    fc.assert(
      fc.property(dataset, (value) => {
        const text = JSON.stringify(value, null, 2);
        const lines = text.split('\n');
        const wanted = value.sources.flatMap((s, i) => s.claims.map((_, j) => `sources[${i}].claims[${j}].text`));
        const found = linesOfPaths(text, new Set(wanted));
        value.sources.forEach((s, i) =>
          s.claims.forEach((c, j) => {
            const line = found.get(`sources[${i}].claims[${j}].text`)!;
            expect(lines[line - 1]).toBe(`          "text": ${JSON.stringify(c.text)},`);
          }),
        );
      }),
      { numRuns: 200 },
    );
  });
});
