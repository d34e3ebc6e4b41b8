/** `npm test` sets itself up (issue 16, point 1): a missing Chromium is installed, or named with the command. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const run = (chromePath: string, firefoxPath = process.execPath) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/test-setup.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CHROME_PATH: chromePath, FIREFOX_PATH: firefoxPath },
  });

describe('scripts/test-setup.ts', () => {
  test('with the browser present it does nothing and lets the tests run', () => {
    const result = run(process.execPath);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  test('a browser that is not there stops the run before any test, naming the command that installs it', () => {
    const result = run('/nonexistent/chromium');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^npm test needs Chromium at \/nonexistent\/chromium for the real-browser tests\. Install it with: (sudo )?apt-get install -y chromium/,
    );
  });

  test('so does a missing Firefox, and both at once are named in one command', () => {
    expect(run(process.execPath, '/nonexistent/firefox').stderr).toMatch(
      /needs Firefox ESR \(\/nonexistent\/firefox\).*apt-get install -y firefox-esr/,
    );
    const both = run('/nonexistent/chromium', '/nonexistent/firefox');
    expect(both.status).toBe(1);
    expect(both.stderr).toMatch(
      /needs Chromium at \/nonexistent\/chromium and Firefox ESR \(\/nonexistent\/firefox\).*apt-get install -y chromium firefox-esr/,
    );
  });
});
