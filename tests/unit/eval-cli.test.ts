/** Smoke runs of `npm run eval` as a user runs it: the readable report, then exactly one JSON line. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/eval/csv';
import { corpusPaths, DEFAULT_DATA_DIR } from '../../src/eval/eval-paths';
import { runEval } from './support/run-eval';

describe('npm run eval -- seeds', () => {
  test('prints precision and recall of both relations and ends with the figures', () => {
    const { status, stdout, json } = runEval(['seeds']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/corroborates: precision/);
    expect(json).toMatchObject({ task: 'seeds', staleGolden: 0 });
    // The hard lines: never the opposite relation, no link from a sentence no source speaks to.
    expect(json.opposite).toBe(0);
    expect(json.fromNoLink).toBe(0);
    expect((json.corroborates as Record<string, number>).recall).toBeGreaterThan(0);
    for (const relation of ['corroborates', 'conflicts'] as const) {
      const figures = json[relation] as Record<string, number>;
      expect(figures.recall).toBeLessThanOrEqual(1);
      expect(figures.precision).toBeGreaterThanOrEqual(0);
      expect(figures.precision).toBeLessThanOrEqual(1);
    }
  });

  test('a usage error still ends with one JSON line and a non-zero exit', () => {
    const { status, json } = runEval(['fnc1', '--bodies', 'x.csv'], { expectFailure: true });
    expect(status).toBe(2);
    expect(json).toMatchObject({ task: 'fnc1', error: expect.stringContaining('--stances') });
  });
});

const fnc1 = corpusPaths(DEFAULT_DATA_DIR).fnc1;
const haveData = existsSync(fnc1.bodies) && existsSync(fnc1.stances);

describe.skipIf(!haveData)(
  haveData ? 'npm run eval -- fnc1 on the real data' : 'skipped: ../shared/data not present',
  () => {
    test('--split validation --limit 200 scores 200 pairs and writes them in the official format', () => {
      const out = join(mkdtempSync(join(tmpdir(), 'eval-cli-')), 'predictions.csv');
      const { status, json } = runEval([
        'fnc1',
        '--bodies',
        fnc1.bodies,
        '--stances',
        fnc1.stances,
        '--split',
        'validation',
        '--limit',
        '200',
        '--predictions',
        out,
      ]);
      expect(status).toBe(0);
      expect(json).toMatchObject({
        task: 'fnc1',
        pairs: 200,
        scored: true,
        splitSummary: { sharedHeadlines: 0, sharedRelatedBodies: 0 },
      });
      expect(json.fncScore).toBeGreaterThan(0);
      expect(json.fncScore).toBeLessThanOrEqual(100);
      const confusion = json.confusion as number[][];
      expect(confusion.flat().reduce((a, b) => a + b, 0)).toBe(200);
      const written = parseCsv(readFileSync(out, 'utf8'));
      if (!written.ok) throw new Error(written.reason);
      expect(written.rows[0]).toEqual(['Headline', 'Body ID', 'Stance']);
      expect(written.rows).toHaveLength(201);
    });
  },
);
