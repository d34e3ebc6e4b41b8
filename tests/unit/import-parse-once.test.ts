/**
 * A file is parsed once, however many steps read it (recognising the format, migrating, validating): a
 * 17 MB Provenance file used to be parsed three times (docs/scale.md). Its errors still name their line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { importDataset } from '../../src/claims/import-dataset';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'datasets');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');

afterEach(() => vi.restoreAllMocks());

test.each([
  ['provenance-v1.json', 'auto'],
  ['provenance-v1.json', 'provenance'],
  ['claimreview-single.json', 'auto'],
] as const)('%s read as %s is parsed once', (name, format) => {
  const text = read(name);
  const parse = vi.spyOn(JSON, 'parse');
  const result = importDataset(text, format, { fileName: name });
  expect(result.ok).toBe(true);
  expect(parse.mock.calls.filter(([parsed]) => parsed === text || parsed === text.replace(/^\uFEFF/, ''))).toHaveLength(
    1,
  );
});

test('an invalid claim in a Provenance file is still reported at its line', () => {
  const text = JSON.stringify(
    {
      format: 'provenance-dataset',
      version: 1,
      id: 'invented',
      name: 'Invented',
      sources: [{ id: 's', name: 'S', claims: [{ id: 'c', text: 7 }] }],
    },
    null,
    2,
  );
  const result = importDataset(text, 'auto', { fileName: 'invented.json' });
  expect(result.ok).toBe(false);
  expect(result.ok ? '' : result.errors.join(' ')).toMatch(/line \d+/);
});
