/** Timing helpers shared by the benchmarks. */

/** The middle value (upper middle for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median milliseconds of `runs` calls of `fn`, each after an untimed `prepare` whose result it gets. */
export function timeFresh<T>(prepare: () => T, fn: (prepared: T) => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const prepared = prepare();
    const started = performance.now();
    fn(prepared);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Median milliseconds of `runs` calls of `fn`, after one untimed warm-up call when `warmUp`. */
export function time(fn: () => unknown, runs = 3, warmUp = true): number {
  if (warmUp) fn();
  return timeFresh(() => undefined, fn, runs);
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Whether garbage collection can be forced (node --expose-gc, as `npm run bench` runs): memory figures need it. */
export function canCollect(): boolean {
  return gc !== undefined;
}

/** Bytes in use: JavaScript heap plus array buffers (where typed arrays keep theirs), after a collection when allowed. */
export function memoryInUse(): number {
  // Twice: array buffers freed by the first collection are only released by a later one.
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** The median, least and greatest of a set of timings: what every figure of `bench:browser` prints. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** The spread of `values` (all zeros for none). */
export function spread(values: readonly number[]): Spread {
  return {
    median: median(values),
    min: values.length ? Math.min(...values) : 0,
    max: values.length ? Math.max(...values) : 0,
    runs: values.length,
  };
}

/** "152 ms (140–170)": the median, then min–max, rounded to whole milliseconds; "n/a" for no runs. */
export function formatSpread(figure: Spread): string {
  if (figure.runs === 0) return 'n/a';
  const ms = (value: number) => Math.round(value).toLocaleString('en');
  return `${ms(figure.median)} ms (${ms(figure.min)}–${ms(figure.max)})`;
}
