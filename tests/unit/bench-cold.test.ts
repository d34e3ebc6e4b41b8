/** The bench's cold measurement: one analysis in a fresh process against a stored index prints its time. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, expect, test } from 'vitest';
import type { Dataset } from '../../src/claims/dataset';
import { defaultDataset } from '../../src/claims/default-dataset';
import { packClaimIndex } from '../../src/match/pack-claim-index';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'provenance-cold-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('bench/cold-analysis.ts analyzes a stored page once and prints the milliseconds', () => {
  const extra: Dataset = { ...defaultDataset, id: 'extra', name: 'Extra', sources: defaultDataset.sources.slice(0, 2) };
  writeFileSync(join(dir, 'index.bin'), serialize(packClaimIndex([defaultDataset, extra])));
  writeFileSync(join(dir, 'dataset.bin'), serialize(extra));
  copyFileSync(resolve(root, 'tests/fixtures/seed-000.html'), join(dir, 'page.html'));
  const output = execFileSync(process.execPath, ['--import', 'tsx', resolve(root, 'bench/cold-analysis.ts'), dir], {
    cwd: root,
    encoding: 'utf8',
  });
  const ms = Number(output.trim());
  expect(Number.isFinite(ms)).toBe(true);
  expect(ms).toBeGreaterThan(0);
}, 60_000);
