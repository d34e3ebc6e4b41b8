/**
 * Convention: every content script is injected on demand and never announces itself to the page (WXT
 * would otherwise window.postMessage the extension id at each start, letting any page detect and track
 * Provenance).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const dir = resolve(import.meta.dirname, '../../entrypoints');
const scripts = readdirSync(dir).filter((name) => name.endsWith('.content.ts'));

describe('content scripts', () => {
  test('there are some', () => expect(scripts.length).toBeGreaterThan(0));

  test.each(scripts)('%s is registered at run time and silent to the page', (name) => {
    const source = readFileSync(resolve(dir, name), 'utf8');
    expect(source).toMatch(/registration:\s*'runtime'/);
    expect(source).toMatch(/noScriptStartedPostMessage:\s*true/);
  });
});
