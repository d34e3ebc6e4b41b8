/**
 * Where a long job's time goes, phase by phase (an import's packing: `npm run bench:import`). The clock is
 * optional everywhere it is taken: without one nothing is timed, so the production paths pay nothing.
 * `performance.now()` exists in Node, pages and workers alike.
 */

/** Is told each timed phase and its milliseconds; a phase timed several times is told each time. */
export type PhaseClock = (phase: string, ms: number) => void;

/** `run()`, timed as `phase` on `clock` when there is one (also when it throws). */
export function timePhase<T>(clock: PhaseClock | undefined, phase: string, run: () => T): T {
  if (!clock) return run();
  const started = performance.now();
  try {
    return run();
  } finally {
    clock(phase, performance.now() - started);
  }
}

/** The same for asynchronous work. */
export async function timePhaseAsync<T>(clock: PhaseClock | undefined, phase: string, run: () => Promise<T>) {
  if (!clock) return run();
  const started = performance.now();
  try {
    return await run();
  } finally {
    clock(phase, performance.now() - started);
  }
}

/** One phase's total: every time it was timed, added up, in the order phases were first timed. */
export interface PhaseTotal {
  phase: string;
  ms: number;
}

/** A clock that adds up each phase's times, and the totals it has so far. */
export function phaseTotals(): { clock: PhaseClock; totals(): PhaseTotal[] } {
  const sums = new Map<string, number>();
  return {
    clock: (phase, ms) => sums.set(phase, (sums.get(phase) ?? 0) + ms),
    totals: () => [...sums].map(([phase, ms]) => ({ phase, ms })),
  };
}
