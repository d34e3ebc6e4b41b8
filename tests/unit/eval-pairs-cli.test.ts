/** `npm run eval -- pairs` as a user runs it, with the real judge: readable tables, then one JSON line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/eval/eval-paths';
import { hasPairSet } from '../../src/eval/pair-sets';
import { runEval } from './support/run-eval';

describe('npm run eval -- pairs --input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-pairs-cli-'));

  test('scores a file with the real judge', () => {
    const file = join(dir, 'pairs.tsv');
    writeFileSync(
      file,
      'id\tclaim\tpassage\tgold\n' +
        'a\tNATO said Ukraine would receive 40 Patriot systems in 2025.\tNATO said Ukraine would receive 40 Patriot systems in 2025.\tcorroborates\n' +
        'b\tRain fell in Paris on Monday.\tA chef cooked pasta in Rome.\tneither\n',
    );
    const { status, stdout, json } = runEval(['pairs', '--input', file]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/confusion matrix/);
    // The same specific sentence corroborates; a sentence on nothing it mentions is neither.
    expect(json).toMatchObject({
      task: 'pairs',
      pairs: 2,
      accuracy: 1,
      confusion: [
        [1, 0, 0],
        [0, 0, 0],
        [0, 0, 1],
      ],
    });
  });

  test('a malformed file exits 2 and the JSON line names the line', () => {
    const file = join(dir, 'bad.tsv');
    writeFileSync(file, 'id\tclaim\tpassage\tgold\na\tOne.\tTwo.\n');
    const { status, json } = runEval(['pairs', '--input', file], { expectFailure: true });
    expect(status).toBe(2);
    expect(json).toMatchObject({ task: 'pairs', error: expect.stringContaining('line 2') });
  });
});

const smokeSets = ['emergent', 'sick'] as const;
const haveSets = smokeSets.every((name) => hasPairSet(DEFAULT_DATA_DIR, name));

describe.skipIf(!haveSets)(
  haveSets ? 'npm run eval -- pairs on the real sets' : `skipped: ${DEFAULT_DATA_DIR} (emergent, sick) not present`,
  () => {
    test('--sets emergent,sick --limit 30: a table per set, a summary and per-set figures', () => {
      const { status, stdout, json } = runEval(['pairs', '--sets', smokeSets.join(','), '--limit', '30']);
      expect(status).toBe(0);
      expect(stdout).toMatch(/^pairs emergent: validation split \(first 30 of \d+\)$/m);
      expect(stdout).toMatch(/^pairs: summary/m);
      const sets = json.sets as Record<string, Record<string, unknown>>;
      expect(Object.keys(sets)).toEqual([...smokeSets]);
      for (const name of smokeSets) {
        const figures = sets[name]!;
        expect(figures).toMatchObject({ pairs: 30, macroF1Classes: ['corroborates', 'conflicts', 'neither'] });
        expect((figures.confusion as number[][]).flat().reduce((a, b) => a + b, 0)).toBe(30);
        expect(figures.accuracy).toBeGreaterThan(0);
        expect(figures.accuracy).toBeLessThanOrEqual(1);
        expect((figures.msPerPair as { median: number }).median).toBeGreaterThan(0);
      }
    });
  },
);
