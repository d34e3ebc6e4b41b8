/**
 * Convention test: src/extract runs in the content script and in Node alike, so it may not reach for
 * extension APIs (wxt, the polyfill, `browser.*`, `chrome.*`) nor for Node-only code (jsdom, src/node).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const extractDir = fileURLToPath(new URL('../../src/extract', import.meta.url));
const files = readdirSync(extractDir).filter((name) => name.endsWith('.ts'));

const FORBIDDEN_IMPORT =
  /from\s+['"](?:wxt(?:\/[^'"]*)?|@wxt-dev\/[^'"]+|webextension-polyfill|jsdom|node:[^'"]+|(?:\.\.\/)+node\/[^'"]*)['"]/;
const EXTENSION_GLOBAL = /\b(?:browser|chrome)\s*\.\s*\w/;

describe('src/extract stays portable', () => {
  test('there are files to check', () => {
    expect(files).toContain('extract-article.ts');
  });

  test.each(files)('%s imports no extension or Node-only module and uses no browser/chrome global', (name) => {
    const code = readFileSync(path.join(extractDir, name), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(FORBIDDEN_IMPORT);
    expect(code).not.toMatch(EXTENSION_GLOBAL);
  });
});
