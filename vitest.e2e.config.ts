import { defineConfig } from 'vitest/config';

/**
 * E2E: Playwright drives Chromium with the e2e build (.output/chrome-mv3-e2e) over tests/fixtures/.
 * Files run one after another: each launches a browser, and two at once on a 2-core machine only
 * make both slower and flakier.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
