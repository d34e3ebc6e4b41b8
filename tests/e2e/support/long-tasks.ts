/** The longest main-thread task of a page, as Chromium reports them (PerformanceObserver 'longtask', 50 ms and up). */
import type { Page } from 'playwright-core';

/** Starts watching `page`'s long tasks; the answer reads the longest since, in ms (0: none of 50 ms or more). */
export async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const watch = globalThis as unknown as { longestTask: number };
    watch.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.longestTask = Math.max(watch.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (globalThis as unknown as { longestTask: number }).longestTask);
}
