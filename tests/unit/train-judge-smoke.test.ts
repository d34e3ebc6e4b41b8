/**
 * A smoke run of `npm run train` (the learned sentence judge; the full run takes minutes and stays out of
 * npm test): a small table from every pair set, a few boosting rounds, twice. The asset it writes loads
 * in the extension's evaluator, gives the trainer's probabilities, and is the same bytes both times.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPairModel, predictPair, type PairModelAsset } from '../../src/stance/pair-model';

const root = resolve(import.meta.dirname, '../..');
const data = resolve(root, '../shared/data');
const hasData = existsSync(resolve(data, 'sick/SICK_train.txt'));
const hasSklearn = spawnSync('/usr/bin/python3', ['-c', 'import sklearn, numpy'], { stdio: 'ignore' }).status === 0;
const why = !hasData
  ? ' — skipped: ../shared/data not present'
  : !hasSklearn
    ? ' — skipped: Debian’s python3-sklearn not installed (apt-get install python3-sklearn)'
    : '';

function trainSmall(dir: string, name: string) {
  const table = join(dir, `${name}.jsonl`);
  const dump = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/train/dump-pair-features.ts',
      '--limit',
      '40',
      '--sets',
      'emergent,sick,mrpc,sts-b,vitaminc',
      '--out',
      table,
    ],
    { cwd: root, encoding: 'utf8', timeout: 120_000 },
  );
  expect(dump.status, dump.stderr).toBe(0);
  const out = join(dir, `${name}.json`);
  const parity = join(dir, `${name}.parity.json`);
  const fit = spawnSync(
    '/usr/bin/python3',
    ['scripts/train/train_judge.py', '--table', table, '--out', out, '--parity', parity, '--rounds', '5'],
    { cwd: root, encoding: 'utf8', timeout: 120_000 },
  );
  expect(fit.status, fit.stderr).toBe(0);
  return {
    asset: readFileSync(out, 'utf8'),
    parity: JSON.parse(readFileSync(parity, 'utf8')) as Array<{ features: number[]; probabilities: number[] }>,
    stdout: fit.stdout,
  };
}

describe.skipIf(why !== '')(`npm run train (smoke)${why}`, () => {
  test('a small run writes an asset the extension loads, with the trainer’s probabilities, the same bytes twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'provenance-train-'));
    const first = trainSmall(dir, 'first');
    const second = trainSmall(dir, 'second');
    expect(second.asset).toBe(first.asset);
    expect(first.stdout).toMatch(/"linkThresholds"/);
    const model = loadPairModel(JSON.parse(first.asset) as PairModelAsset);
    for (const row of first.parity)
      predictPair(model, Float32Array.from(row.features)).forEach((p, c) =>
        expect(p).toBeCloseTo(row.probabilities[c]!, 6),
      );
  }, 300_000);
});
