/**
 * The phases an import reports (src/imports/import-job.ts and what it calls), in the order they run, and
 * a table of their medians over runs: shared by `npm run bench:import` in Chromium and in Node.
 */
import type { Page } from 'playwright-core';
import type { PhaseTotal } from '../src/match/phase-clock';
import { IMPORT_PHASES_GLOBAL } from '../src/platform/phase-timings';
import { formatSpread, spread } from './timing';

/**
 * Every phase in the order an import runs them; `page:…` are the options page's (`page:import` is the
 * whole of it, from the file's choice to the list shown again), the rest the worker's (`job` all of them
 * up to the save).
 */
export const IMPORT_PHASES = [
  'page:vectors',
  'read',
  'check',
  'encoder',
  'meaning:send',
  'meaning:encoder',
  'pack:analyze',
  'meaning:encode',
  'pack:bm25',
  'pack:postings',
  'meaning:kmeans',
  'meaning:assign',
  'meaning:codes-fit',
  'meaning:codes-assign',
  'meaning:wait',
  'save:list',
  'save',
  'job',
  'page:worker',
  'page:import',
  // A large dataset's part by meaning, after the page listed it (src/imports/meaning-later.ts): packed,
  // added to the stored index, the worker's whole job to then, and the page's from the import's start.
  'later:pack',
  'later:save',
  'later',
  'page:meaning',
] as const;

/** One run: each phase's total milliseconds, and the whole import as the reader waited for it. */
export interface ImportRun {
  phases: PhaseTotal[];
  totalMs: number;
}

/** `phase`'s milliseconds in `run` (0 when it was not timed). */
const phaseMs = (run: ImportRun, phase: string) =>
  run.phases.filter((record) => record.phase === phase).reduce((sum, record) => sum + record.ms, 0);

/** Markdown rows `| phase | median (min–max) |` for every phase some run timed, then the total. */
export function phaseTable(runs: readonly ImportRun[], heading: string): string[] {
  const named = new Set(runs.flatMap((run) => run.phases.map((record) => record.phase)));
  const order = [
    ...IMPORT_PHASES.filter((phase) => named.has(phase)),
    ...[...named].filter((p) => !IMPORT_PHASES.includes(p as never)),
  ];
  return [
    `| phase | ${heading} |`,
    '|---|---|',
    ...order.map((phase) => `| ${phase} | ${formatSpread(spread(runs.map((run) => phaseMs(run, phase))))} |`),
    `| **whole import** | ${formatSpread(spread(runs.map((run) => run.totalMs)))} |`,
  ];
}

/**
 * Waits until the options page's last import is wholly stored: a large dataset's part by meaning follows
 * the import (src/imports/meaning-later.ts), its row saying so until the page records `page:meaning`. A
 * build without it, or an import below the threshold, shows no such row and returns at once.
 */
export async function waitForMeaningStored(options: Page, timeout = 900_000): Promise<void> {
  await options.waitForFunction(
    (global) =>
      document.querySelector('.dataset-meaning') === null ||
      ((globalThis as Record<string, unknown>)[global] as PhaseTotal[] | undefined)?.some(
        (total) => total.phase === 'page:meaning',
      ) === true,
    IMPORT_PHASES_GLOBAL,
    { timeout, polling: 100 },
  );
}
