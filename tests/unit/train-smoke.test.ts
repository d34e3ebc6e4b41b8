/**
 * Smoke runs of `npm run train:body` (the article-body model; the full run is minutes long and stays out of npm test): a small
 * `--limit` run trains, reports held-out figures as one JSON line, writes no asset, and is reproducible.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const data = resolve(root, '../shared/data');
const hasData = existsSync(resolve(data, 'fnc-1/train_stances.csv'));

function train(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const last = run.stdout.trimEnd().split('\n').at(-1) ?? '';
  return { status: run.status, stderr: run.stderr, json: JSON.parse(last) as Record<string, unknown> };
}

describe.skipIf(!hasData)(`npm run train (smoke)${hasData ? '' : ' — skipped: ../shared/data not present'}`, () => {
  test('a small stance run reports validation figures, is reproducible and leaves the shipped model alone', () => {
    const before = readFileSync(resolve(root, 'assets/stance-model.json'), 'utf8');
    const args = ['--task', 'stance', '--limit', '150', '--epochs', '2', '--members', '1', '--no-arc'];
    const first = train(args);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/held out by topic/);
    const validation = (first.json.validation as Record<string, { fncScore: number; macroF1: number }>).fnc1!;
    expect(validation.fncScore).toBeGreaterThan(0);
    expect(validation.fncScore).toBeLessThanOrEqual(100);
    expect(validation.macroF1).toBeGreaterThan(0);
    expect(train(args).json).toEqual(first.json);
    expect(readFileSync(resolve(root, 'assets/stance-model.json'), 'utf8')).toBe(before);
  }, 240_000);
});
