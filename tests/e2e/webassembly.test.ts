/**
 * The worker's search by meaning runs on its WebAssembly module (src/match/int8-dots.wat) in the real
 * browser: the extension's policy allows compiling WebAssembly ('wasm-unsafe-eval') and Chromium runs its
 * SIMD. The e2e build's worker records whether its own code compiled the module; DevTools evaluations are
 * exempt from the policy, so the test reads that record instead of compiling anything itself.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { WEBASSEMBLY_GLOBAL } from '../../src/platform/phase-timings';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('the worker compiles its WebAssembly module under the extension’s policy', async () => {
  const worker = await browser.worker();
  expect(await worker.evaluate((name) => (globalThis as Record<string, unknown>)[name], WEBASSEMBLY_GLOBAL)).toBe(true);
});
