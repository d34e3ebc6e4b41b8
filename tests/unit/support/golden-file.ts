/**
 * Golden files for importer and builder output: the test fails on any difference, and
 * `UPDATE_GOLDEN=1` rewrites the file instead, so a deliberate change is reviewed as a diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Compares `actual` (as pretty JSON) with the golden file at `path`. */
export function expectGoldenJson(actual: unknown, path: string): void {
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    writeFileSync(path, text);
    if (process.env.UPDATE_GOLDEN !== '1')
      throw new Error(`wrote missing golden file ${path}: review it and run again`);
    return;
  }
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}
