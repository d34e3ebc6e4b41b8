/** The `pairs --input FILE.tsv` task: judge every labelled sentence pair of one file and score it. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { evaluatePairs, type PairJudge } from './evaluate-pairs';
import { formatPairPredictions, readPairTsv } from './pair-tsv';
import { pairRunFigures, pairRunLines } from './pairs-report';
import type { ProgressSink, TaskOutcome } from './task-outcome';

/** Inputs of one file run; `judge` defaults to the extension's `judge` at sentence grain. */
export interface PairsTaskOptions {
  input: string;
  predictions?: string;
  /** Judge only the first `limit` pairs of the file. */
  limit?: number;
  judge?: PairJudge;
  progress?: ProgressSink;
}

/** Runs one file; an absent or malformed file comes back as a failed outcome naming the line. */
export function runPairsTask(options: PairsTaskOptions): TaskOutcome {
  if (!existsSync(options.input)) return { status: 'failed', reason: `${options.input} not found` };
  const read = readPairTsv(readFileSync(options.input, 'utf8'));
  if (!read.ok) return { status: 'failed', reason: `${options.input}: ${read.reason}` };
  const pairs = read.pairs.slice(0, options.limit);
  const run = evaluatePairs(pairs, options.judge, {
    onProgress: (done, total) => options.progress?.(`pairs: ${done}/${total}`),
  });
  if (options.predictions) writeFileSync(options.predictions, formatPairPredictions(run.predictions));
  const lines = [
    `pairs: ${options.input}${pairs.length < read.pairs.length ? ` (first ${pairs.length} of ${read.pairs.length})` : ''}`,
    ...pairRunLines(run),
  ];
  if (options.predictions) lines.push(`predictions written to ${options.predictions}`);
  return { status: 'done', lines, figures: { input: options.input, ...pairRunFigures(run) } };
}
