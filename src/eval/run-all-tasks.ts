/** The no-argument run: every task on the shared corpora's validation splits, plus the seeds. */
import { resolve } from 'node:path';
import { corpusPaths } from './eval-paths';
import { runCheckThatCandidatesTask } from './run-checkthat-candidates-task';
import { runCheckThatTask } from './run-checkthat-task';
import { runParaphraseCandidatesTask } from './run-paraphrase-candidates-task';
import { runDistractorsTask } from './run-distractors-task';
import { runFncTask } from './run-fnc-task';
import { runPairSetsTask } from './run-pair-sets-task';
import { runPostsTask } from './run-posts-task';
import { runSeedsTask } from './run-seeds-task';
import type { ProgressSink, TaskOutcome } from './task-outcome';

/** Each task's outcome under its name, in the order they ran. */
export type AllOutcomes = Array<{ task: string; outcome: TaskOutcome }>;

/**
 * FNC-1 and ARC on the validation side of their topic splits, CheckThat! on dev, seeds on the
 * fixtures, CheckThat!'s tweets each as a page (posts), seed and news pages among CheckThat!'s claims
 * (distractors), the sentence judge on the
 * validation side of every sentence-pair set (pairs). A corpus that is absent is skipped with a message;
 * the seeds need nothing outside the repo.
 */
export function runAllTasks(options: {
  dataDir: string;
  limit?: number;
  progress?: ProgressSink;
  onOutcome?: (task: string, outcome: TaskOutcome) => void;
  /** Wraps each task, e.g. to turn a thrown error into a failed outcome so the other tasks still run. */
  guard?: (run: () => TaskOutcome) => TaskOutcome;
}): AllOutcomes {
  const paths = corpusPaths(options.dataDir);
  const tasks: Array<[string, () => TaskOutcome]> = [
    ['seeds', () => runSeedsTask()],
    ['checkthat', () => runCheckThatTask({ ...paths.checkthat, limit: options.limit, skipWhenAbsent: true })],
    [
      'checkthat-candidates',
      () => runCheckThatCandidatesTask({ ...paths.checkthat, limit: options.limit, skipWhenAbsent: true }),
    ],
    ['paraphrase-candidates', () => runParaphraseCandidatesTask(options.dataDir)],
    ['posts', () => runPostsTask({ ...paths.checkthat, limit: options.limit, skipWhenAbsent: true })],
    [
      'distractors',
      () =>
        runDistractorsTask({
          vclaims: paths.checkthat.vclaims,
          pages: resolve(options.dataDir, 'readability-pages'),
          skipWhenAbsent: true,
        }),
    ],
    [
      'arc',
      () =>
        runFncTask({
          name: 'arc',
          ...paths.arc,
          split: 'validation',
          limit: options.limit,
          skipWhenAbsent: true,
          progress: options.progress,
        }),
    ],
    [
      'fnc1',
      () =>
        runFncTask({
          name: 'fnc1',
          ...paths.fnc1,
          split: 'validation',
          limit: options.limit,
          skipWhenAbsent: true,
          progress: options.progress,
        }),
    ],
    ['pairs', () => runPairSetsTask({ dataDir: options.dataDir, limit: options.limit, progress: options.progress })],
  ];
  const outcomes: AllOutcomes = [];
  for (const [task, run] of tasks) {
    const outcome = options.guard ? options.guard(run) : run();
    options.onOutcome?.(task, outcome);
    outcomes.push({ task, outcome });
  }
  return outcomes;
}
