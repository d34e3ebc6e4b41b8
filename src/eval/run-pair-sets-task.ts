/**
 * `pairs` without `--input`, and the pairs section of the full run: the judge on the validation side of
 * every public sentence-pair set (src/eval/pair-sets.ts), one table per set and a summary across sets.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluatePairs, type PairJudge, type PairRun } from './evaluate-pairs';
import { hasPairSet, PAIR_SET_NAMES, readPairSet, type LabelledPair, type PairSetName } from './pair-sets';
import { formatPairTsv } from './pair-tsv';
import { conflictF1, ms, pairRunFigures, pairRunLines } from './pairs-report';
import type { ProgressSink, TaskOutcome } from './task-outcome';
import { rate, textTable } from './text-table';

/** Inputs of a run over the sets; `judge` defaults to the extension's `judge` at sentence grain. */
export interface PairSetsTaskOptions {
  dataDir: string;
  /** Default every set, in PAIR_SET_NAMES order. */
  sets?: readonly PairSetName[];
  /** Judge only the first `limit` validation pairs of each set. */
  limit?: number;
  /** Writes each set's judged pairs as `<exportDir>/<set>.tsv`, readable again by `pairs --input`. */
  exportDir?: string;
  judge?: PairJudge;
  progress?: ProgressSink;
}

/** `--sets a,b` as set names; an unknown name is an error listing the known ones. */
export function parsePairSetNames(list: string): PairSetName[] | Error {
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(PAIR_SET_NAMES as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0)
    return new Error(
      `--sets: unknown set(s) ${unknown.join(', ') || '(none given)'}; known: ${PAIR_SET_NAMES.join(', ')}`,
    );
  return [...new Set(names)] as PairSetName[];
}

/** Reads every present set before judging any, so a broken file fails the run at once. */
function readSets(
  dataDir: string,
  names: readonly PairSetName[],
): { read: Map<PairSetName, LabelledPair[]>; missing: PairSetName[] } | Error {
  const read = new Map<PairSetName, LabelledPair[]>();
  const missing: PairSetName[] = [];
  for (const name of names) {
    if (!hasPairSet(dataDir, name)) {
      missing.push(name);
      continue;
    }
    try {
      read.set(
        name,
        readPairSet(dataDir, name).pairs.filter((pair) => pair.split === 'validation'),
      );
    } catch (error) {
      return new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { read, missing };
}

function summaryTable(runs: ReadonlyArray<{ name: PairSetName; run: PairRun }>): string[] {
  const rows = runs.map(({ name, run }) => {
    const f1 = conflictF1(run);
    return [
      name,
      String(run.metrics.pairs),
      rate(run.metrics.accuracy),
      rate(run.metrics.macroF1),
      f1 === null ? '—' : rate(f1),
      run.calibration ? rate(run.calibration.ece) : '—',
      ms(run.ms.median),
      ms(run.ms.mean),
    ];
  });
  return textTable([['set', 'pairs', 'accuracy', 'macro-F1', 'conflict F1', 'ECE', 'ms/pair median', 'mean'], ...rows]);
}

/** Runs the sets present in `dataDir`; skipped as a whole only when none of the asked sets is there. */
export function runPairSetsTask(options: PairSetsTaskOptions): TaskOutcome {
  const names = options.sets ?? PAIR_SET_NAMES;
  const sets = readSets(options.dataDir, names);
  if (sets instanceof Error) return { status: 'failed', reason: sets.message };
  if (sets.read.size === 0)
    return { status: 'skipped', reason: `no pair set folder (${names.join(', ')}) in ${options.dataDir}` };
  if (options.exportDir) mkdirSync(options.exportDir, { recursive: true });

  const lines: string[] = [];
  const figures: Record<string, unknown> = {};
  const runs: Array<{ name: PairSetName; run: PairRun }> = [];
  for (const name of names) {
    const validation = sets.read.get(name);
    if (!validation) {
      lines.push(`pairs ${name}: skipped (no ${name} folder in ${options.dataDir})`, '');
      figures[name] = { skipped: `no ${name} folder in ${options.dataDir}` };
      continue;
    }
    const pairs = validation.slice(0, options.limit);
    if (options.exportDir) writeFileSync(resolve(options.exportDir, `${name}.tsv`), formatPairTsv(pairs));
    const run = evaluatePairs(pairs, options.judge, {
      onProgress: (done, total) => options.progress?.(`pairs ${name}: ${done}/${total}`),
    });
    runs.push({ name, run });
    const limited = pairs.length < validation.length ? ` (first ${pairs.length} of ${validation.length})` : '';
    lines.push(`pairs ${name}: validation split${limited}`, ...pairRunLines(run), '');
    figures[name] = { validationPairs: validation.length, ...pairRunFigures(run) };
  }
  lines.push('pairs: summary (validation splits; conflict F1 — where a set has no conflicts)', ...summaryTable(runs));
  if (options.exportDir) lines.push(`each set's judged pairs written to ${options.exportDir}/<set>.tsv`);
  return {
    status: 'done',
    lines,
    figures: {
      dataDir: options.dataDir,
      sets: figures,
      ...(options.exportDir ? { exportDir: options.exportDir } : {}),
    },
  };
}
