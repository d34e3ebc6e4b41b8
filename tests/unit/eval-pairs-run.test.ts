/** The `pairs` runners with an injected judge: what they score, write, skip and export. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { PairJudge } from '../../src/eval/evaluate-pairs';
import { readPairTsv } from '../../src/eval/pair-tsv';
import { parsePairSetNames, runPairSetsTask } from '../../src/eval/run-pair-sets-task';
import { runPairsTask } from '../../src/eval/run-pairs-task';
import type { TaskOutcome } from '../../src/eval/task-outcome';

const alwaysCorroborates: PairJudge = () => ({ relation: 'corroborates', score: 0.5 });

/** Corroborates when the claim's first word is in the passage, else unrelated: decided by the text, so runs repeat. */
const firstWordJudge: PairJudge = (claim, passage) =>
  passage.toLowerCase().includes(claim.split(/\W+/)[0]!.toLowerCase())
    ? { relation: 'corroborates', score: 0.9 }
    : { relation: 'unrelated', score: 0.1 };

function done(outcome: TaskOutcome) {
  if (outcome.status !== 'done') throw new Error(JSON.stringify(outcome));
  return outcome;
}

/** Figures without the timings, which differ run to run. */
function untimed(figures: Record<string, unknown>) {
  const { msPerPair: _ms, input: _input, validationPairs: _all, ...rest } = figures;
  return rest;
}

const dir = mkdtempSync(join(tmpdir(), 'eval-pairs-'));
const pairsFile = join(dir, 'pairs.tsv');
writeFileSync(
  pairsFile,
  'claim\tgold\tid\tpassage\n' +
    'Rain fell in Paris.\tcorroborates\tp1\tRain fell over Paris.\n' +
    'Rain fell in Paris.\tconflicts\tp2\tParis stayed dry.\n' +
    'Snow fell in Oslo.\tneither\tp3\tThe museum opened.\n' +
    'Snow fell in Oslo.\tcorroborates\tp4\tSnow covered Oslo.\n',
);

describe('runPairsTask (one file)', () => {
  test('a judge that always says corroborates scores the share of corroborations', () => {
    const outcome = done(runPairsTask({ input: pairsFile, judge: alwaysCorroborates }));
    expect(outcome.figures).toMatchObject({
      pairs: 4,
      accuracy: 0.5,
      confusion: [
        [2, 0, 0],
        [1, 0, 0],
        [1, 0, 0],
      ],
    });
    expect(outcome.lines.join('\n')).toMatch(/accuracy 0\.500/);
  });

  test('related and unrelated count as neither; the predictions file holds each verdict and its score', () => {
    const out = join(dir, 'predictions.tsv');
    const outcome = done(runPairsTask({ input: pairsFile, predictions: out, judge: firstWordJudge }));
    expect(readFileSync(out, 'utf8')).toBe(
      'id\trelation\tscore\np1\tcorroborates\t0.9\np2\tneither\t0.1\np3\tneither\t0.1\np4\tcorroborates\t0.9\n',
    );
    expect(outcome.figures).toMatchObject({
      accuracy: 0.75,
      confusion: [
        [2, 0, 0],
        [0, 0, 1],
        [0, 0, 1],
      ],
    });
  });

  test('--limit judges the first pairs only, and the judge gets the claim first', () => {
    const seen: string[] = [];
    const outcome = done(
      runPairsTask({
        input: pairsFile,
        limit: 2,
        judge: (claim, passage) => {
          seen.push(`${claim} | ${passage}`);
          return { relation: 'conflicts', score: 1 };
        },
      }),
    );
    expect(outcome.figures).toMatchObject({ pairs: 2, accuracy: 0.5 });
    expect(seen.slice(-2)).toEqual([
      'Rain fell in Paris. | Rain fell over Paris.',
      'Rain fell in Paris. | Paris stayed dry.',
    ]);
  });

  test('an absent or malformed file fails, naming the line', () => {
    expect(runPairsTask({ input: join(dir, 'none.tsv'), judge: alwaysCorroborates })).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('not found'),
    });
    const bad = join(dir, 'bad.tsv');
    writeFileSync(bad, 'id\tclaim\tpassage\tgold\np1\tA.\tB.\tagrees\n');
    expect(runPairsTask({ input: bad, judge: alwaysCorroborates })).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('line 2: unknown gold label "agrees"'),
    });
  });
});

/** A data directory with two small sets in their real formats, and the others absent. */
function makeDataDir(): string {
  const data = mkdtempSync(join(tmpdir(), 'eval-pair-sets-'));
  mkdirSync(join(data, 'sick'));
  writeFileSync(join(data, 'sick', 'SICK_train.txt'), '1\tA dog runs.\tA dog is running.\t4.5\tENTAILMENT\n');
  // Validation (trial): 2 entailments, 1 contradiction, 1 neutral, 1 neutral of low relatedness (unrelated).
  writeFileSync(
    join(data, 'sick', 'SICK_trial.txt'),
    [
      '10\tA man plays a guitar.\tA man is playing a guitar.\t4.8\tENTAILMENT',
      '11\tA woman slices an onion.\tSomeone is cutting an onion.\t4.2\tENTAILMENT',
      '12\tA cat sleeps.\tThere is no cat sleeping.\t3.9\tCONTRADICTION',
      '13\tA boy jumps.\tA boy is jumping into a pool.\t3.5\tNEUTRAL',
      '14\tA car drives.\tA chef cooks pasta.\t1.1\tNEUTRAL',
    ].join('\n'),
  );
  mkdirSync(join(data, 'fever-symmetric'));
  writeFileSync(
    join(data, 'fever-symmetric', 'dev.jsonl'),
    [
      { id: 1, claim: 'Paris is in France .', evidence: 'Paris is the capital of France .', gold_label: 'SUPPORTS' },
      { id: 2, claim: 'Oslo is in Spain .', evidence: 'Oslo is the capital of Norway .', gold_label: 'REFUTES' },
    ]
      .map((row) => JSON.stringify(row))
      .join('\n'),
  );
  return data;
}

describe('runPairSetsTask (the pair sets)', () => {
  const data = makeDataDir();

  test('judges each present set on its validation side only, skips an absent one, and sums up', () => {
    const outcome = done(
      runPairSetsTask({ dataDir: data, sets: ['sick', 'mrpc', 'fever-symmetric'], judge: alwaysCorroborates }),
    );
    const sets = outcome.figures.sets as Record<string, Record<string, unknown>>;
    expect(sets.sick).toMatchObject({
      validationPairs: 5,
      pairs: 5,
      accuracy: 0.4,
      confusion: [
        [2, 0, 0],
        [1, 0, 0],
        [2, 0, 0],
      ],
    });
    expect(sets['fever-symmetric']).toMatchObject({
      pairs: 2,
      accuracy: 0.5,
      macroF1Classes: ['corroborates', 'conflicts'],
    });
    expect(sets.mrpc).toEqual({ skipped: expect.stringContaining('no mrpc folder') });
    const text = outcome.lines.join('\n');
    expect(text).toMatch(/^pairs mrpc: skipped \(no mrpc folder in /m);
    expect(text).toMatch(/^set\s+pairs\s+accuracy\s+macro-F1\s+conflict F1/m);
    expect(text).toMatch(/^sick\s+5\s+0\.400\s/m);
  });

  test('with no set present the run is skipped; an unreadable set fails the run before any judging', () => {
    expect(runPairSetsTask({ dataDir: data, sets: ['mrpc', 'sts-b'], judge: alwaysCorroborates })).toMatchObject({
      status: 'skipped',
    });
    const broken = makeDataDir();
    mkdirSync(join(broken, 'emergent'));
    writeFileSync(
      join(broken, 'emergent', 'url-versions-2015-06-14-clean-train.csv'),
      ',claimHeadline\n0,"unterminated\n',
    );
    let calls = 0;
    const outcome = runPairSetsTask({
      dataDir: broken,
      judge: () => {
        calls++;
        return { relation: 'unrelated', score: 0 };
      },
    });
    expect(outcome).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^emergent: /) });
    expect(calls).toBe(0);
  });

  test('--export writes each set in the input format, and the file scores the same through --input', () => {
    const exportDir = join(dir, 'export');
    const sets = done(runPairSetsTask({ dataDir: data, sets: ['sick'], limit: 4, exportDir, judge: firstWordJudge }));
    const file = join(exportDir, 'sick.tsv');
    const read = readPairTsv(readFileSync(file, 'utf8'));
    if (!read.ok) throw new Error(read.reason);
    expect(read.pairs.map((pair) => pair.id)).toEqual(['sick:10', 'sick:11', 'sick:12', 'sick:13']);
    expect(read.pairs[2]).toEqual({
      id: 'sick:12',
      claim: 'There is no cat sleeping.',
      passage: 'A cat sleeps.',
      gold: 'conflicts',
    });
    const again = done(runPairsTask({ input: file, judge: firstWordJudge }));
    expect(untimed(again.figures)).toEqual(
      untimed((sets.figures.sets as Record<string, Record<string, unknown>>).sick!),
    );
  });

  test('--sets names are checked against the known sets', () => {
    expect(parsePairSetNames('sick, mrpc,sick')).toEqual(['sick', 'mrpc']);
    expect(parsePairSetNames('sick,snli')).toMatchObject({ message: expect.stringContaining('unknown set(s) snli') });
    expect(parsePairSetNames(',')).toBeInstanceOf(Error);
  });
});
