/** The longest main-thread task of a page, as Chromium reports them (PerformanceObserver 'longtask', 50 ms and up). */
import type { Page } from 'playwright-core';

/**
 * Starts watching `page`'s long tasks once it has settled: no long task for `quietMs` (at most 10 s).
 * The first page of a freshly started browser runs tasks of ~100 ms for a second after it shows
 * (compiling and laying out, measured with nothing else going on), which are not what a test of an
 * action on it is after. The answer reads the longest task since, in ms (0: none of 50 ms or more).
 */
export async function watchLongTasks(page: Page, quietMs = 1_000): Promise<() => Promise<number>> {
  await page.evaluate(async (quiet) => {
    const watch = globalThis as unknown as { longestTask: number };
    let last = performance.now();
    const settling = new PerformanceObserver(() => (last = performance.now()));
    settling.observe({ type: 'longtask', buffered: true });
    const started = performance.now();
    while (performance.now() - last < quiet && performance.now() - started < 10_000)
      await new Promise((wake) => setTimeout(wake, 100));
    settling.disconnect();
    watch.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.longestTask = Math.max(watch.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  }, quietMs);
  return () => page.evaluate(() => (globalThis as unknown as { longestTask: number }).longestTask);
}
