import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluateFnc, missingBodyIds } from '../../src/eval/evaluate-fnc';
import { readFncBodies, readFncStances } from '../../src/eval/fnc-data';
import { runFncTask } from '../../src/eval/run-fnc-task';
import type { StanceJudge } from '../../src/eval/stance-judge';

const bodiesCsv =
  'Body ID,articleBody\n1,"A spider, they said, ""burrowed"" in.\nSecond paragraph."\n2,Nothing to see here.\n';
const stancesCsv =
  'Headline,Body ID,Stance\nSpider burrowed into tourist,1,agree\n"Spider story, again",1,disagree\nCat elected mayor,2,unrelated\n';
const testInputCsv = 'Headline,Body ID\nSpider burrowed into tourist,1\nCat elected mayor,2\n';

/** Says "corroborates" when the claim's first word is in the passage. */
const firstWordJudge: StanceJudge = (claim, passage) => ({
  relation: passage.toLowerCase().includes(claim.split(/\W+/)[0]!.toLowerCase()) ? 'corroborates' : 'unrelated',
});

describe('reading FNC-format files', () => {
  test('bodies with quoted commas, quotes and line breaks', () => {
    const read = readFncBodies(bodiesCsv);
    if (!read.ok) throw new Error(read.reason);
    expect(read.bodies.get('1')).toBe('A spider, they said, "burrowed" in.\nSecond paragraph.');
  });

  test('a file without a Stance column is unlabelled; an unknown stance is an error', () => {
    expect(readFncStances(testInputCsv)).toMatchObject({
      ok: true,
      labelled: false,
      pairs: [{ headline: 'Spider burrowed into tourist', bodyId: '1' }, { bodyId: '2' }],
    });
    expect(readFncStances('Headline,Body ID,Stance\nx,1,agreed\n')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('agreed'),
    });
  });
});

describe('evaluateFnc', () => {
  const bodies = (readFncBodies(bodiesCsv) as { ok: true; bodies: Map<string, string> }).bodies;

  test('maps relations to FNC labels and scores labelled pairs', () => {
    const read = readFncStances(stancesCsv);
    if (!read.ok) throw new Error(read.reason);
    const result = evaluateFnc(read.pairs, bodies, firstWordJudge);
    expect(result.predictions).toEqual(['agree', 'agree', 'unrelated']);
    // agree/agree 1.0, disagree→agree 0.25, unrelated/unrelated 0.25, out of 2.25.
    expect(result.metrics?.fncScore.percent).toBeCloseTo((100 * 1.5) / 2.25, 10);
  });

  test('unlabelled pairs get predictions and no metrics; a missing body is named', () => {
    const read = readFncStances(testInputCsv);
    if (!read.ok) throw new Error(read.reason);
    const result = evaluateFnc(read.pairs, bodies, firstWordJudge);
    expect(result.metrics).toBeNull();
    expect(result.predictions).toEqual(['agree', 'unrelated']);
    expect(missingBodyIds([...read.pairs, { headline: 'x', bodyId: '99' }], bodies)).toEqual(['99']);
  });
});

describe('runFncTask', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-fnc-'));
  const files = {
    bodies: join(dir, 'bodies.csv'),
    stances: join(dir, 'stances.csv'),
    testInput: join(dir, 'test.csv'),
    out: join(dir, 'out.csv'),
  };
  writeFileSync(files.bodies, bodiesCsv);
  writeFileSync(files.stances, stancesCsv);
  writeFileSync(files.testInput, testInputCsv);

  test('scores a labelled file and writes predictions in input order', () => {
    const outcome = runFncTask({
      name: 'fnc1',
      bodies: files.bodies,
      stances: files.stances,
      split: 'all',
      predictions: files.out,
      judge: firstWordJudge,
    });
    if (outcome.status !== 'done') throw new Error(JSON.stringify(outcome));
    expect(outcome.figures).toMatchObject({
      pairs: 3,
      scored: true,
      fncScore: 66.67,
      confusion: [
        [1, 0, 0, 0],
        [1, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 1],
      ],
    });
    expect(readFileSync(files.out, 'utf8')).toBe(
      'Headline,Body ID,Stance\nSpider burrowed into tourist,1,agree\n"Spider story, again",1,agree\nCat elected mayor,2,unrelated\n',
    );
  });

  test('an unlabelled file still gets predictions and says scoring was skipped', () => {
    const outcome = runFncTask({
      name: 'fnc1',
      bodies: files.bodies,
      stances: files.testInput,
      split: 'all',
      predictions: files.out,
      judge: firstWordJudge,
    });
    if (outcome.status !== 'done') throw new Error(JSON.stringify(outcome));
    expect(outcome.figures).toMatchObject({ pairs: 2, scored: false });
    expect(outcome.lines.join('\n')).toMatch(/scoring skipped/);
    expect(readFileSync(files.out, 'utf8').trim().split('\n')).toHaveLength(3);
  });

  test('absent files fail, or are skipped when the caller says so', () => {
    expect(
      runFncTask({ name: 'fnc1', bodies: join(dir, 'none.csv'), stances: files.stances, split: 'all' }),
    ).toMatchObject({ status: 'failed' });
    expect(
      runFncTask({
        name: 'fnc1',
        bodies: join(dir, 'none.csv'),
        stances: files.stances,
        split: 'all',
        skipWhenAbsent: true,
      }),
    ).toMatchObject({ status: 'skipped' });
  });
});
